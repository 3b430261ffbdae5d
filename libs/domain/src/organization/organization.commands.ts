import type { DomainCommand } from '../shared/decider';
import type { IsoDate } from '../shared/values';
import type { BylawsSettings, OrganizationKind, PartyUnitKind, RegulationMode } from './organization.events';

export type RegisterOrganization = DomainCommand<
  'RegisterOrganization',
  {
    name: string;
    kind: OrganizationKind;
    registeredOn: IsoDate;
    supervisingBody?: string;
    registrationAuthority?: string;
    /** IANA time zone; Asia/Shanghai when not given. */
    timeZone?: string;
  }
>;
export type AdoptBylaws = DomainCommand<'AdoptBylaws', { adoptedOn: IsoDate; settings: BylawsSettings; documentNumber?: string }>;
export type StartTerm = DomainCommand<
  'StartTerm',
  {
    /** The previous term's number + 1; any positive number for the first term recorded. */
    termNumber: number;
    startedOn: IsoDate;
    /** At most startedOn + the bylaws' maxTermYears, which is the default. */
    endsOn?: IsoDate;
  }
>;
export type AdoptRegulation = DomainCommand<
  'AdoptRegulation',
  { regulationId: string; title: string; mode: RegulationMode; adoptedOn: IsoDate; count?: number; approximate?: boolean; set?: string }
>;
export type FoundPartyUnit = DomainCommand<
  'FoundPartyUnit',
  { unitId: string; name: string; kind: PartyUnitKind; foundedOn: IsoDate; count?: number }
>;

/** 印发年度工作总结: the year's report goes out under a 文号 (川医协发〔2023〕267号). */
export type IssueYearlyReport = DomainCommand<
  'IssueYearlyReport',
  { year: number; documentNumber: string; /** 印发日期, when the document states it. */ issuedOn?: IsoDate }
>;

export type OrganizationCommand = RegisterOrganization | AdoptBylaws | StartTerm | AdoptRegulation | FoundPartyUnit | IssueYearlyReport;
