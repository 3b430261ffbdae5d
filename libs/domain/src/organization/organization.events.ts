import type { DomainEvent } from '../shared/decider';
import type { Bylaws } from '../shared/bylaws';
import type { IsoDate } from '../shared/values';

/** 协会, or a hospital using the same engine. */
export type OrganizationKind = 'association' | 'hospital' | 'other';
/** 党总支 (general-branch), 党支部 (branch), 党小组 (group). */
export type PartyUnitKind = 'general-branch' | 'branch' | 'group';
/** 制定 (adopted) or 修订 (revised). */
export type RegulationMode = 'adopted' | 'revised';

/** What a tenant's charter overrides of the defaults; the time zone is set at registration. */
export type BylawsSettings = Partial<Omit<Bylaws, 'timeZone'>>;

/** 届: the organization's own term, as opposed to a branch's. */
export interface OrganizationTerm {
  number: number;
  startedOn: IsoDate;
  endsOn: IsoDate;
}

export type OrganizationRegistered = DomainEvent<
  'OrganizationRegistered',
  {
    occurredOn: IsoDate;
    name: string;
    kind: OrganizationKind;
    /** 业务主管单位, e.g. the provincial health commission. */
    supervisingBody?: string;
    /** 登记管理机关, e.g. the provincial civil affairs department. */
    registrationAuthority?: string;
    timeZone: string;
  }
>;
export type BylawsAdopted = DomainEvent<'BylawsAdopted', { occurredOn: IsoDate; settings: BylawsSettings; documentNumber?: string }>;
export type TermStarted = DomainEvent<'TermStarted', { occurredOn: IsoDate; termNumber: number; startedOn: IsoDate; endsOn: IsoDate }>;
/** One regulation, or a batch of them when a document states only how many ("制定了工作制度24个"). */
export type RegulationAdopted = DomainEvent<
  'RegulationAdopted',
  {
    occurredOn: IsoDate;
    regulationId: string;
    title: string;
    mode: RegulationMode;
    count: number;
    /** The count is a lower bound (90余项). */ approximate?: boolean;
    /**
     * The named set of regulations the record belongs to (应急管理制度, 巡察整改制度), when a document
     * states a set apart with its own count; a report names each set after the year's total.
     */
    set?: string;
  }
>;
export type PartyUnitFounded = DomainEvent<
  'PartyUnitFounded',
  {
    occurredOn: IsoDate;
    unitId: string;
    name: string;
    kind: PartyUnitKind;
    /** Units of the kind this record founds when a document states only how many (新建18个党支部); 1 when absent. */ count?: number;
  }
>;

/**
 * The work summary of `year` went out under its 文号, usually early the next year. occurredOn
 * is the date of issue when the document states it (then also issuedOn), else the year's last day.
 */
export type YearlyReportIssued = DomainEvent<
  'YearlyReportIssued',
  { occurredOn: IsoDate; year: number; documentNumber: string; issuedOn?: IsoDate }
>;

export type OrganizationEvent =
  OrganizationRegistered | BylawsAdopted | TermStarted | RegulationAdopted | PartyUnitFounded | YearlyReportIssued;

export const ORGANIZATION_EVENT_TYPES = [
  'OrganizationRegistered',
  'BylawsAdopted',
  'TermStarted',
  'RegulationAdopted',
  'PartyUnitFounded',
  'YearlyReportIssued',
] as const satisfies readonly OrganizationEvent['type'][];
