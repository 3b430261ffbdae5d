import type { DomainEvent } from '../shared/decider';
import type { IsoDate } from '../shared/values';

/** 一般 / 青年 / 重点 课题. */
export type GrantCategory = 'general' | 'youth' | 'key';
export type GrantOutcome = 'completed' | 'terminated';

export interface Applicant {
  institution: string;
  branchId?: string;
}

/** Where a backfilled total was read: the document and its section. */
export interface GrantSourceRef {
  document: string;
  section: string;
}

/** A call for applications (课题申报通知); its own stream. `occurredOn` is the opening day. */
export type GrantCallOpened = DomainEvent<
  'GrantCallOpened',
  { occurredOn: IsoDate; callId: string; title: string; year: number; closesOn?: IsoDate; budgetYuan?: number }
>;
export type GrantCallEvent = GrantCallOpened;

export type GrantApplied = DomainEvent<
  'GrantApplied',
  { occurredOn: IsoDate; grantId: string; callId?: string; title: string; applicant: Applicant }
>;
export type GrantAwarded = DomainEvent<
  'GrantAwarded',
  { occurredOn: IsoDate; grantId: string; title: string; amountYuan: number; category?: GrantCategory; callId?: string }
>;
export type GrantConcluded = DomainEvent<'GrantConcluded', { occurredOn: IsoDate; grantId: string; outcome: GrantOutcome }>;
/** A project the organization or one of its branches won from an outside funder. */
export type ExternalGrantWon = DomainEvent<
  'ExternalGrantWon',
  { occurredOn: IsoDate; grantId: string; title: string; funder: string; amountYuan?: number; branchId?: string }
>;
/** "资助课题 51 项, 56.8万元" given only as a total; `occurredOn` is the last day of `year`. */
export type GrantsAwardedBackfilled = DomainEvent<
  'GrantsAwardedBackfilled',
  {
    occurredOn: IsoDate;
    grantId: string;
    year: number;
    count: number;
    amountYuan?: number;
    youthCount?: number;
    note: string;
    source: GrantSourceRef;
  }
>;

/** One of the organization's own grants (资助课题), from application or award on. */
export interface OwnGrant {
  grantId: string;
  title: string;
  callId?: string;
  applicant?: Applicant;
  appliedOn?: IsoDate;
  amountYuan?: number;
  category?: GrantCategory;
  awardedOn?: IsoDate;
  concludedOn?: IsoDate;
  outcome?: GrantOutcome;
}

/**
 * A record as it stands: an own grant (applied, awarded or concluded), an external grant, or a
 * backfilled total. Corrections and retractions carry it (event-carried state), so a read model
 * keyed by year knows every year the record counts in (award, conclusion) without the stream.
 */
export type GrantRecord =
  | { status: 'applied' | 'awarded' | 'concluded'; grant: OwnGrant }
  | { status: 'external'; data: ExternalGrantWon['data'] }
  | { status: 'backfilled'; data: GrantsAwardedBackfilled['data'] };

/** The fields a correction may change; which apply depends on the kind of record. */
export interface GrantChanges {
  title?: string;
  amountYuan?: number;
  category?: GrantCategory;
  funder?: string;
  count?: number;
  youthCount?: number;
  note?: string;
}
/**
 * `occurredOn` is the day of the correction. `previousOccurredOn` is the record's own date (award,
 * application, win, or the backfill's last day) before the correction, `previous` the whole record
 * before it and `record` the whole record as corrected.
 */
export type GrantRecordCorrected = DomainEvent<
  'GrantRecordCorrected',
  {
    occurredOn: IsoDate;
    grantId: string;
    changes: GrantChanges;
    reason: string;
    previousOccurredOn: IsoDate;
    previous: GrantRecord;
    record: GrantRecord;
  }
>;
/** `previousOccurredOn` and `record`: the record's own date and the record as it stood when retracted. */
export type GrantRecordRetracted = DomainEvent<
  'GrantRecordRetracted',
  { occurredOn: IsoDate; grantId: string; reason: string; previousOccurredOn: IsoDate; record: GrantRecord }
>;

export type GrantEvent =
  GrantApplied | GrantAwarded | GrantConcluded | ExternalGrantWon | GrantsAwardedBackfilled | GrantRecordCorrected | GrantRecordRetracted;

export const GRANT_EVENT_TYPES = [
  'GrantApplied',
  'GrantAwarded',
  'GrantConcluded',
  'ExternalGrantWon',
  'GrantsAwardedBackfilled',
  'GrantRecordCorrected',
  'GrantRecordRetracted',
] as const satisfies readonly GrantEvent['type'][];

export const GRANT_CALL_EVENT_TYPES = ['GrantCallOpened'] as const satisfies readonly GrantCallEvent['type'][];
