import { unreachable, type Decider } from '../shared/decider';
import { isIsoDate, type Count } from '../shared/values';
import type { MembershipCommand } from './membership.commands';
import type { MembershipEvent, MembershipFigures, SourceRef } from './membership.events';
import {
  InvalidMembershipCount,
  InvalidMembershipYear,
  MembershipTotalsAlreadyRecorded,
  MembershipTotalsEmpty,
  MembershipTotalsNeedSource,
  MembershipTotalsNotRecorded,
} from './membership.errors';

export type MembershipState = { status: 'unknown' } | ({ status: 'recorded'; year: number; source: SourceRef } & MembershipFigures);

/** Checks the figures and keeps only those stated. */
function figuresOf(c: MembershipFigures & { year: number; source: SourceRef }): MembershipFigures {
  if (!isIsoDate(`${c.year}-12-31`)) throw new InvalidMembershipYear(c.year);
  if (!c.source?.document?.trim()) throw new MembershipTotalsNeedSource();
  const figures: MembershipFigures = {};
  for (const key of ['joined', 'activeAtYearEnd'] as const) {
    const count = c[key];
    if (!count) continue;
    if (!Number.isInteger(count.value) || count.value < 0) throw new InvalidMembershipCount(key, count.value);
    figures[key] = { value: count.value, approximate: count.approximate };
  }
  if (!figures.joined && !figures.activeAtYearEnd) throw new MembershipTotalsEmpty();
  return figures;
}

const sourceOf = (s: SourceRef): SourceRef => ({ document: s.document, section: s.section });
const sameCount = (a?: Count, b?: Count) => a?.value === b?.value && a?.approximate === b?.approximate;

export function decide(command: MembershipCommand, state: MembershipState): MembershipEvent[] {
  switch (command.type) {
    case 'RecordMembershipTotals': {
      const c = command.data;
      if (state.status === 'recorded') throw new MembershipTotalsAlreadyRecorded(c.year);
      const figures = figuresOf(c);
      return [
        { type: 'MembershipTotalsRecorded', data: { occurredOn: `${c.year}-12-31`, year: c.year, ...figures, source: sourceOf(c.source) } },
      ];
    }
    case 'CorrectMembershipTotals': {
      const c = command.data;
      if (state.status !== 'recorded') throw new MembershipTotalsNotRecorded(c.year);
      const figures = figuresOf(c);
      const unchanged =
        sameCount(figures.joined, state.joined) &&
        sameCount(figures.activeAtYearEnd, state.activeAtYearEnd) &&
        c.source.document === state.source.document &&
        c.source.section === state.source.section;
      if (unchanged) return [];
      const previous: MembershipFigures = {
        ...(state.joined ? { joined: state.joined } : {}),
        ...(state.activeAtYearEnd ? { activeAtYearEnd: state.activeAtYearEnd } : {}),
      };
      return [
        {
          type: 'MembershipTotalsCorrected',
          data: {
            occurredOn: `${c.year}-12-31`,
            year: c.year,
            ...figures,
            source: sourceOf(c.source),
            ...(c.reason ? { reason: c.reason } : {}),
            previous,
          },
        },
      ];
    }
    default:
      return unreachable(command);
  }
}

export function evolve(state: MembershipState, event: MembershipEvent): MembershipState {
  switch (event.type) {
    case 'MembershipTotalsRecorded':
    case 'MembershipTotalsCorrected': {
      const e = event.data;
      return {
        status: 'recorded',
        year: e.year,
        source: e.source,
        ...(e.joined ? { joined: e.joined } : {}),
        ...(e.activeAtYearEnd ? { activeAtYearEnd: e.activeAtYearEnd } : {}),
      };
    }
    default:
      return unreachable(event);
  }
}

export const initialState = (): MembershipState => ({ status: 'unknown' });

export const membershipDecider: Decider<MembershipCommand, MembershipEvent, MembershipState> = { decide, evolve, initialState };
