import { unreachable, type Decider } from '../shared/decider';
import { DEFAULT_BYLAWS, type Bylaws } from '../shared/bylaws';
import { addYears } from '../shared/values';
import { mergeBylaws, validBylawsSettings } from './organization.bylaws';
import type { OrganizationCommand } from './organization.commands';
import type { OrganizationEvent, OrganizationKind, OrganizationTerm } from './organization.events';
import {
  InvalidOrganizationTermDates,
  OrganizationAlreadyRegistered,
  OrganizationNotRegistered,
  OrganizationTermTooLong,
  PartyUnitAlreadyFounded,
  PartyUnitCountNotPositive,
  RegulationAlreadyAdopted,
  RegulationCountNotPositive,
  RegulationSetInvalid,
  MAX_REGULATION_SET_LENGTH,
  TermNumberNotNext,
  TermNumberNotPositive,
  TermStartsBeforePrevious,
  YearlyReportAlreadyIssued,
  YearlyReportIssuedTooEarly,
} from './organization.errors';

export type OrganizationState =
  | { status: 'unknown' }
  | {
      status: 'registered';
      name: string;
      kind: OrganizationKind;
      timeZone: string;
      /** The defaults, with the registered time zone, merged with every adopted setting in order. */
      bylaws: Readonly<Bylaws>;
      /** The current term, or null until one is started or declared. */
      term: OrganizationTerm | null;
      /** Ids adopted (not only revised): a regulation is adopted once. */
      regulationIds: string[];
      partyUnitIds: string[];
      /** 文号 of each year's issued work summary, by year. */
      yearlyReports: Readonly<Record<number, string>>;
    };

type Registered = Extract<OrganizationState, { status: 'registered' }>;

/** The bylaws in force: the defaults until the organization is registered and adopts its own. */
export function effectiveBylaws(state: OrganizationState): Readonly<Bylaws> {
  return state.status === 'registered' ? state.bylaws : DEFAULT_BYLAWS;
}

function requireRegistered(state: OrganizationState, command: string): Registered {
  if (state.status !== 'registered') throw new OrganizationNotRegistered(command);
  return state;
}

function termOf(state: Registered, termNumber: number, startedOn: string, endsOn?: string): OrganizationTerm {
  if (state.term) {
    if (termNumber !== state.term.number + 1) throw new TermNumberNotNext(state.term.number + 1, termNumber);
    if (startedOn <= state.term.startedOn) throw new TermStartsBeforePrevious(startedOn, state.term.startedOn);
  } else if (!Number.isInteger(termNumber) || termNumber < 1) {
    throw new TermNumberNotPositive(termNumber);
  }
  const { maxTermYears } = state.bylaws;
  const latest = addYears(startedOn, maxTermYears);
  const end = endsOn ?? latest;
  if (end <= startedOn) throw new InvalidOrganizationTermDates(startedOn, end);
  if (end > latest) throw new OrganizationTermTooLong(end, latest, maxTermYears);
  return { number: termNumber, startedOn, endsOn: end };
}

export function decide(command: OrganizationCommand, state: OrganizationState): OrganizationEvent[] {
  switch (command.type) {
    case 'RegisterOrganization': {
      const c = command.data;
      if (state.status === 'registered') throw new OrganizationAlreadyRegistered(state.name);
      return [
        {
          type: 'OrganizationRegistered',
          data: {
            occurredOn: c.registeredOn,
            name: c.name,
            kind: c.kind,
            ...(c.supervisingBody ? { supervisingBody: c.supervisingBody } : {}),
            ...(c.registrationAuthority ? { registrationAuthority: c.registrationAuthority } : {}),
            timeZone: c.timeZone ?? DEFAULT_BYLAWS.timeZone,
          },
        },
      ];
    }
    case 'AdoptBylaws': {
      const c = command.data;
      requireRegistered(state, command.type);
      const settings = validBylawsSettings(c.settings);
      return [
        {
          type: 'BylawsAdopted',
          data: { occurredOn: c.adoptedOn, settings, ...(c.documentNumber ? { documentNumber: c.documentNumber } : {}) },
        },
      ];
    }
    case 'StartTerm': {
      const c = command.data;
      const term = termOf(requireRegistered(state, command.type), c.termNumber, c.startedOn, c.endsOn);
      return [
        { type: 'TermStarted', data: { occurredOn: c.startedOn, termNumber: term.number, startedOn: term.startedOn, endsOn: term.endsOn } },
      ];
    }
    case 'AdoptRegulation': {
      const c = command.data;
      const org = requireRegistered(state, command.type);
      const count = c.count ?? 1;
      if (!Number.isInteger(count) || count < 1) throw new RegulationCountNotPositive(count);
      if (c.mode === 'adopted' && org.regulationIds.includes(c.regulationId)) throw new RegulationAlreadyAdopted(c.regulationId);
      if (c.set !== undefined && (typeof c.set !== 'string' || !c.set.trim() || c.set.trim().length > MAX_REGULATION_SET_LENGTH))
        throw new RegulationSetInvalid(c.set);
      return [
        {
          type: 'RegulationAdopted',
          data: {
            occurredOn: c.adoptedOn,
            regulationId: c.regulationId,
            title: c.title,
            mode: c.mode,
            count,
            ...(c.approximate ? { approximate: true } : {}),
            ...(c.set !== undefined ? { set: c.set.trim() } : {}),
          },
        },
      ];
    }
    case 'FoundPartyUnit': {
      const c = command.data;
      const org = requireRegistered(state, command.type);
      if (org.partyUnitIds.includes(c.unitId)) throw new PartyUnitAlreadyFounded(c.unitId);
      if (c.count !== undefined && (!Number.isInteger(c.count) || c.count < 1)) throw new PartyUnitCountNotPositive(c.count);
      return [
        {
          type: 'PartyUnitFounded',
          data: {
            occurredOn: c.foundedOn,
            unitId: c.unitId,
            name: c.name,
            kind: c.kind,
            ...(c.count !== undefined && c.count !== 1 ? { count: c.count } : {}),
          },
        },
      ];
    }
    case 'IssueYearlyReport': {
      const c = command.data;
      const org = requireRegistered(state, command.type);
      const issued = org.yearlyReports[c.year];
      if (issued === c.documentNumber) return [];
      if (issued !== undefined) throw new YearlyReportAlreadyIssued(c.year, issued);
      if (c.issuedOn === undefined) {
        return [{ type: 'YearlyReportIssued', data: { occurredOn: `${c.year}-12-31`, year: c.year, documentNumber: c.documentNumber } }];
      }
      if (Number(c.issuedOn.slice(0, 4)) < c.year) throw new YearlyReportIssuedTooEarly(c.year, c.issuedOn);
      return [
        {
          type: 'YearlyReportIssued',
          data: { occurredOn: c.issuedOn, year: c.year, documentNumber: c.documentNumber, issuedOn: c.issuedOn },
        },
      ];
    }
    default:
      return unreachable(command);
  }
}

export function evolve(state: OrganizationState, event: OrganizationEvent): OrganizationState {
  switch (event.type) {
    case 'OrganizationRegistered': {
      const e = event.data;
      return {
        status: 'registered',
        name: e.name,
        kind: e.kind,
        timeZone: e.timeZone,
        bylaws: Object.freeze({ ...DEFAULT_BYLAWS, timeZone: e.timeZone }),
        term: null,
        regulationIds: [],
        partyUnitIds: [],
        yearlyReports: {},
      };
    }
    case 'BylawsAdopted':
      return state.status === 'registered' ? { ...state, bylaws: mergeBylaws(state.bylaws, event.data.settings) } : state;
    case 'TermStarted': {
      const e = event.data;
      return state.status === 'registered' ? { ...state, term: { number: e.termNumber, startedOn: e.startedOn, endsOn: e.endsOn } } : state;
    }
    case 'RegulationAdopted': {
      const e = event.data;
      if (state.status !== 'registered' || e.mode !== 'adopted' || state.regulationIds.includes(e.regulationId)) return state;
      return { ...state, regulationIds: [...state.regulationIds, e.regulationId] };
    }
    case 'PartyUnitFounded':
      return state.status === 'registered' ? { ...state, partyUnitIds: [...state.partyUnitIds, event.data.unitId] } : state;
    case 'YearlyReportIssued': {
      const e = event.data;
      if (state.status !== 'registered' || state.yearlyReports[e.year] !== undefined) return state;
      return { ...state, yearlyReports: { ...state.yearlyReports, [e.year]: e.documentNumber } };
    }
    default:
      return unreachable(event);
  }
}

export const initialState = (): OrganizationState => ({ status: 'unknown' });

export const organizationDecider: Decider<OrganizationCommand, OrganizationEvent, OrganizationState> = { decide, evolve, initialState };
