import { DEFAULT_BYLAWS } from '../shared/bylaws';
import { foldEvents } from '../shared/decider';
import { deciderSpec } from '../shared/decider-spec';
import { effectiveBylaws, organizationDecider } from './organization.decider';
import type { OrganizationEvent } from './organization.events';
import {
  InvalidBylawsSetting,
  InvalidOrganizationTermDates,
  OrganizationAlreadyRegistered,
  OrganizationNotRegistered,
  OrganizationTermTooLong,
  PartyUnitAlreadyFounded,
  RegulationAlreadyAdopted,
  RegulationCountNotPositive,
  RegulationSetInvalid,
  TermNumberNotNext,
  TermNumberNotPositive,
  TermStartsBeforePrevious,
  YearlyReportAlreadyIssued,
  YearlyReportIssuedTooEarly,
} from './organization.errors';
import { toOrganizationStreamId } from './organization.stream';

const given = deciderSpec(organizationDecider);
const registered: OrganizationEvent = {
  type: 'OrganizationRegistered',
  data: {
    occurredOn: '2023-01-01',
    name: '四川省医院协会',
    kind: 'association',
    supervisingBody: '四川省卫生健康委员会',
    registrationAuthority: '四川省民政厅',
    timeZone: 'Asia/Shanghai',
  },
};
const fourthTerm: OrganizationEvent = {
  type: 'TermStarted',
  data: { occurredOn: '2021-06-18', termNumber: 4, startedOn: '2021-06-18', endsOn: '2026-06-18' },
};
const fourYearTerms: OrganizationEvent = { type: 'BylawsAdopted', data: { occurredOn: '2023-02-01', settings: { maxTermYears: 4 } } };

describe('Organization decider', () => {
  it('has one profile stream per tenant', () => expect(toOrganizationStreamId('scha')).toBe('organization-scha.profile'));

  describe('RegisterOrganization', () => {
    it('registers the organization, in Asia/Shanghai by default', () =>
      given([])
        .when({
          type: 'RegisterOrganization',
          data: {
            name: '四川省医院协会',
            kind: 'association',
            registeredOn: '2023-01-01',
            supervisingBody: '四川省卫生健康委员会',
            registrationAuthority: '四川省民政厅',
          },
        })
        .then([registered]));

    it('keeps a time zone given', () =>
      given([])
        .when({
          type: 'RegisterOrganization',
          data: { name: 'X医院', kind: 'hospital', registeredOn: '2023-01-01', timeZone: 'Asia/Urumqi' },
        })
        .then([
          { type: 'OrganizationRegistered', data: { occurredOn: '2023-01-01', name: 'X医院', kind: 'hospital', timeZone: 'Asia/Urumqi' } },
        ]));

    it('is registered once', () =>
      given([registered])
        .when({ type: 'RegisterOrganization', data: { name: 'again', kind: 'other', registeredOn: '2023-02-01' } })
        .thenThrows(OrganizationAlreadyRegistered, /registered once/));
  });

  describe('before registration', () => {
    it.each([
      { type: 'AdoptBylaws', data: { adoptedOn: '2023-01-01', settings: {} } },
      { type: 'StartTerm', data: { termNumber: 1, startedOn: '2023-01-01' } },
      { type: 'AdoptRegulation', data: { regulationId: 'r', title: 't', mode: 'adopted', adoptedOn: '2023-01-01' } },
      { type: 'FoundPartyUnit', data: { unitId: 'u', name: '党支部', kind: 'branch', foundedOn: '2023-01-01' } },
    ] as const)('refuses $type', (command) =>
      given([])
        .when(command)
        .thenThrows(OrganizationNotRegistered, /register the organization first/),
    );
  });

  describe('AdoptBylaws', () => {
    it('records the settings the charter overrides, merged over the defaults', () => {
      given([registered])
        .when({
          type: 'AdoptBylaws',
          data: {
            adoptedOn: '2023-02-01',
            settings: { maxTermYears: 4, presidentOfficeIntervalMonths: 3 },
            documentNumber: '川医协发〔2023〕1号',
          },
        })
        .then([
          {
            type: 'BylawsAdopted',
            data: {
              occurredOn: '2023-02-01',
              settings: { maxTermYears: 4, presidentOfficeIntervalMonths: 3 },
              documentNumber: '川医协发〔2023〕1号',
            },
          },
        ]);
      const second: OrganizationEvent = { type: 'BylawsAdopted', data: { occurredOn: '2024-01-01', settings: { councilQuorum: 0.5 } } };
      const state = foldEvents(organizationDecider, [registered, fourYearTerms, second]);
      expect(effectiveBylaws(state)).toEqual({ ...DEFAULT_BYLAWS, maxTermYears: 4, councilQuorum: 0.5 });
    });

    it('uses the defaults, with the registered time zone, until bylaws are adopted', () => {
      expect(effectiveBylaws(organizationDecider.initialState())).toEqual(DEFAULT_BYLAWS);
      const hospital: OrganizationEvent = {
        type: 'OrganizationRegistered',
        data: { occurredOn: '2023-01-01', name: 'H', kind: 'hospital', timeZone: 'Asia/Urumqi' },
      };
      expect(effectiveBylaws(foldEvents(organizationDecider, [hospital]))).toEqual({ ...DEFAULT_BYLAWS, timeZone: 'Asia/Urumqi' });
    });

    it('drops settings left undefined', () =>
      given([registered])
        .when({ type: 'AdoptBylaws', data: { adoptedOn: '2023-02-01', settings: { maxTermYears: 3, councilQuorum: undefined } } })
        .then([{ type: 'BylawsAdopted', data: { occurredOn: '2023-02-01', settings: { maxTermYears: 3 } } }]));

    it.each([
      [{ maxTermYears: 6 }, /maxTermYears must be a whole number of years from 1 to 5/],
      [{ maxTermYears: 0 }, /maxTermYears/],
      [{ maxTermYears: 2.5 }, /maxTermYears/],
      [{ maxRenewalPostponementYears: 2 }, /maxRenewalPostponementYears must be 0 or 1 year/],
      [{ councilQuorum: 0 }, /councilQuorum must be a share above 0 and at most 1/],
      [{ generalAssemblyQuorum: 1.5 }, /generalAssemblyQuorum/],
      [{ generalAssemblyNoticeDays: -1 }, /generalAssemblyNoticeDays must be a whole number of days, 0 or more/],
      [{ councilMaxIntervalMonths: 0 }, /councilMaxIntervalMonths must be a positive whole number of months/],
      [{ standingCouncilMaxIntervalMonths: -6 }, /standingCouncilMaxIntervalMonths/],
      [{ presidentOfficeIntervalMonths: 0 }, /presidentOfficeIntervalMonths/],
      [{ renewalPreparationMonths: 0 }, /renewalPreparationMonths/],
      [{ yearlyReportDueToSupervisor: '02-30' }, /yearlyReportDueToSupervisor must be a month and day MM-DD/],
      [{ yearlyReportDueToRegistrar: '5-31' }, /yearlyReportDueToRegistrar/],
      [{ timeZone: 'UTC' }, /timeZone must be one of the settings the bylaws may override/],
    ])('refuses %j', (settings, message) =>
      given([registered])
        .when({ type: 'AdoptBylaws', data: { adoptedOn: '2023-02-01', settings: settings as never } })
        .thenThrows(InvalidBylawsSetting, message),
    );

    it('accepts the edges of each range', () =>
      given([registered])
        .when({
          type: 'AdoptBylaws',
          data: {
            adoptedOn: '2023-02-01',
            settings: {
              maxTermYears: 1,
              maxRenewalPostponementYears: 0,
              councilQuorum: 1,
              generalAssemblyNoticeDays: 0,
              presidentOfficeIntervalMonths: null,
              yearlyReportDueToSupervisor: '12-31',
            },
          },
        })
        .then([
          {
            type: 'BylawsAdopted',
            data: {
              occurredOn: '2023-02-01',
              settings: {
                maxTermYears: 1,
                maxRenewalPostponementYears: 0,
                councilQuorum: 1,
                generalAssemblyNoticeDays: 0,
                presidentOfficeIntervalMonths: null,
                yearlyReportDueToSupervisor: '12-31',
              },
            },
          },
        ]));
  });

  describe('StartTerm', () => {
    it('declares the term the organization stands in when it starts recording mid-term', () =>
      given([registered])
        .when({ type: 'StartTerm', data: { termNumber: 4, startedOn: '2021-06-18' } })
        .then([fourthTerm]));

    it('starts the next term, numbered after the previous one', () =>
      given([registered, fourthTerm])
        .when({ type: 'StartTerm', data: { termNumber: 5, startedOn: '2026-06-10', endsOn: '2031-06-01' } })
        .then([{ type: 'TermStarted', data: { occurredOn: '2026-06-10', termNumber: 5, startedOn: '2026-06-10', endsOn: '2031-06-01' } }]));

    it('keeps the current term in the state', () =>
      expect(foldEvents(organizationDecider, [registered, fourthTerm])).toMatchObject({ term: { number: 4, endsOn: '2026-06-18' } }));

    it('refuses a number out of sequence', () =>
      given([registered, fourthTerm])
        .when({ type: 'StartTerm', data: { termNumber: 6, startedOn: '2026-06-10' } })
        .thenThrows(TermNumberNotNext, /expected term 5, got 6/));

    it('refuses a first term number below 1', () =>
      given([registered])
        .when({ type: 'StartTerm', data: { termNumber: 0, startedOn: '2021-06-18' } })
        .thenThrows(TermNumberNotPositive));

    it('refuses a term starting before the previous one', () =>
      given([registered, fourthTerm])
        .when({ type: 'StartTerm', data: { termNumber: 5, startedOn: '2021-06-18' } })
        .thenThrows(TermStartsBeforePrevious));

    it('refuses an end beyond the default five years', () =>
      given([registered])
        .when({ type: 'StartTerm', data: { termNumber: 1, startedOn: '2023-01-01', endsOn: '2028-01-02' } })
        .thenThrows(OrganizationTermTooLong, /at most 5 years/));

    it('takes its default length and its limit from the adopted bylaws', () => {
      given([registered, fourYearTerms])
        .when({ type: 'StartTerm', data: { termNumber: 1, startedOn: '2023-03-01' } })
        .then([{ type: 'TermStarted', data: { occurredOn: '2023-03-01', termNumber: 1, startedOn: '2023-03-01', endsOn: '2027-03-01' } }]);
      given([registered, fourYearTerms])
        .when({ type: 'StartTerm', data: { termNumber: 1, startedOn: '2023-03-01', endsOn: '2028-03-01' } })
        .thenThrows(OrganizationTermTooLong, /at most 4 years/);
    });

    it('refuses an end not after the start', () =>
      given([registered])
        .when({ type: 'StartTerm', data: { termNumber: 1, startedOn: '2023-01-01', endsOn: '2023-01-01' } })
        .thenThrows(InvalidOrganizationTermDates));
  });

  describe('AdoptRegulation', () => {
    const rules: OrganizationEvent = {
      type: 'RegulationAdopted',
      data: { occurredOn: '2023-03-01', regulationId: 'finance', title: '财务管理制度', mode: 'adopted', count: 1 },
    };

    it('adopts one regulation by default', () =>
      given([registered])
        .when({
          type: 'AdoptRegulation',
          data: { regulationId: 'finance', title: '财务管理制度', mode: 'adopted', adoptedOn: '2023-03-01' },
        })
        .then([rules]));

    it('records a batch stated only by its count ("制定了工作制度24个")', () =>
      given([registered])
        .when({
          type: 'AdoptRegulation',
          data: { regulationId: 'work-rules-2023', title: '工作制度', mode: 'adopted', adoptedOn: '2023-12-31', count: 24 },
        })
        .then([
          {
            type: 'RegulationAdopted',
            data: { occurredOn: '2023-12-31', regulationId: 'work-rules-2023', title: '工作制度', mode: 'adopted', count: 24 },
          },
        ]));

    it('revises an adopted regulation, or one adopted before recording started, as often as needed', () => {
      const revision = {
        type: 'AdoptRegulation',
        data: { regulationId: 'finance', title: '财务管理制度', mode: 'revised', adoptedOn: '2024-03-01' },
      } as const;
      const revised: OrganizationEvent = {
        type: 'RegulationAdopted',
        data: { occurredOn: '2024-03-01', regulationId: 'finance', title: '财务管理制度', mode: 'revised', count: 1 },
      };
      given([registered, rules]).when(revision).then([revised]);
      given([registered, rules, revised]).when(revision).then([revised]);
      given([registered]).when(revision).then([revised]);
    });

    it('adopts a regulation once', () =>
      given([registered, rules])
        .when({ type: 'AdoptRegulation', data: { regulationId: 'finance', title: 'x', mode: 'adopted', adoptedOn: '2024-01-01' } })
        .thenThrows(RegulationAlreadyAdopted, /adopted once/));

    it("keeps the named set a document states apart (各类应急制度90余项 of the year's 107余)", () =>
      given([registered])
        .when({
          type: 'AdoptRegulation',
          data: {
            regulationId: 'emergency-rules',
            title: '各类制度',
            mode: 'adopted',
            adoptedOn: '2020-12-31',
            count: 90,
            approximate: true,
            set: ' 应急管理制度 ',
          },
        })
        .then([
          {
            type: 'RegulationAdopted',
            data: {
              occurredOn: '2020-12-31',
              regulationId: 'emergency-rules',
              title: '各类制度',
              mode: 'adopted',
              count: 90,
              approximate: true,
              set: '应急管理制度',
            },
          },
        ]));

    it.each(['', '  ', 'x'.repeat(31)])('refuses a set named %p', (set) =>
      given([registered])
        .when({ type: 'AdoptRegulation', data: { regulationId: 'b', title: 'x', mode: 'adopted', adoptedOn: '2024-01-01', set } })
        .thenThrows(RegulationSetInvalid, /regulation set is a name of 1 to 30/),
    );

    it.each([0, -2, 1.5])('refuses a count of %p', (count) =>
      given([registered])
        .when({ type: 'AdoptRegulation', data: { regulationId: 'b', title: 'x', mode: 'adopted', adoptedOn: '2024-01-01', count } })
        .thenThrows(RegulationCountNotPositive),
    );
  });

  describe('FoundPartyUnit', () => {
    const unit: OrganizationEvent = {
      type: 'PartyUnitFounded',
      data: { occurredOn: '2023-05-01', unitId: 'general', name: '机关党总支', kind: 'general-branch' },
    };

    it('founds a party unit', () =>
      given([registered])
        .when({ type: 'FoundPartyUnit', data: { unitId: 'general', name: '机关党总支', kind: 'general-branch', foundedOn: '2023-05-01' } })
        .then([unit]));

    it('keeps unit ids unique within the organization', () =>
      given([registered, unit])
        .when({ type: 'FoundPartyUnit', data: { unitId: 'general', name: '第一党支部', kind: 'branch', foundedOn: '2023-06-01' } })
        .thenThrows(PartyUnitAlreadyFounded, /unique within the organization/));
  });

  describe('IssueYearlyReport', () => {
    const issue = {
      type: 'IssueYearlyReport',
      data: { year: 2023, documentNumber: '川医协发〔2023〕267号', issuedOn: '2023-12-29' },
    } as const;
    const issued: OrganizationEvent = {
      type: 'YearlyReportIssued',
      data: { occurredOn: '2023-12-29', year: 2023, documentNumber: '川医协发〔2023〕267号', issuedOn: '2023-12-29' },
    };

    it("issues the year's report under its 文号, and the state keeps it by year", () => {
      given([registered]).when(issue).then([issued]);
      const state = foldEvents(organizationDecider, [registered, issued]);
      expect(state.status === 'registered' && state.yearlyReports).toEqual({ 2023: '川医协发〔2023〕267号' });
    });

    it('takes the same 文号 again as a no-op, so a retried import appends nothing', () => given([registered, issued]).when(issue).then([]));

    it('refuses a second 文号 for the same year', () =>
      given([registered, issued])
        .when({ ...issue, data: { ...issue.data, documentNumber: '川医协发〔2024〕1号' } })
        .thenThrows(YearlyReportAlreadyIssued, /川医协发〔2023〕267号.*issued once/));

    it("issues a year's report in a later year (广中医发〔2021〕9号 for 2020), never before the year", () => {
      given([registered])
        .when({ type: 'IssueYearlyReport', data: { year: 2020, documentNumber: '广中医发〔2021〕9号', issuedOn: '2021-01-15' } })
        .then([
          {
            type: 'YearlyReportIssued',
            data: { occurredOn: '2021-01-15', year: 2020, documentNumber: '广中医发〔2021〕9号', issuedOn: '2021-01-15' },
          },
        ]);
      given([registered])
        .when({ ...issue, data: { ...issue.data, issuedOn: '2022-12-31' } })
        .thenThrows(YearlyReportIssuedTooEarly, /before its year/);
    });

    it("takes a 文号 without a date when the document gives none (鲁医协发〔2026〕1号), placed at the year's end", () =>
      given([registered])
        .when({ type: 'IssueYearlyReport', data: { year: 2025, documentNumber: '鲁医协发〔2026〕1号' } })
        .then([{ type: 'YearlyReportIssued', data: { occurredOn: '2025-12-31', year: 2025, documentNumber: '鲁医协发〔2026〕1号' } }]));

    it('needs a registered organization', () => given([]).when(issue).thenThrows(OrganizationNotRegistered));
  });
});
