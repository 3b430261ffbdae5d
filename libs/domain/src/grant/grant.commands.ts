import type { DomainCommand } from '../shared/decider';
import type { IsoDate } from '../shared/values';
import type { Applicant, GrantCategory, GrantChanges, GrantOutcome, GrantSourceRef } from './grant.events';

export type OpenGrantCall = DomainCommand<
  'OpenGrantCall',
  { callId: string; title: string; year: number; openedOn: IsoDate; closesOn?: IsoDate; budgetYuan?: number }
>;
export type GrantCallCommand = OpenGrantCall;

export type ApplyForGrant = DomainCommand<
  'ApplyForGrant',
  { grantId: string; callId?: string; title: string; applicant: Applicant; appliedOn: IsoDate }
>;
/** Awards an application, or records an award whose application was never recorded. */
export type AwardGrant = DomainCommand<
  'AwardGrant',
  { grantId: string; title: string; amountYuan: number; category?: GrantCategory; awardedOn: IsoDate; callId?: string }
>;
export type ConcludeGrant = DomainCommand<'ConcludeGrant', { grantId: string; concludedOn: IsoDate; outcome: GrantOutcome }>;
export type RecordExternalGrant = DomainCommand<
  'RecordExternalGrant',
  { grantId: string; title: string; funder: string; amountYuan?: number; wonOn: IsoDate; branchId?: string }
>;
export type RecordGrantsBackfill = DomainCommand<
  'RecordGrantsBackfill',
  {
    /** See `grantsBackfillId`: backfill-<year>-<n>. */
    grantId: string;
    year: number;
    count: number;
    amountYuan?: number;
    youthCount?: number;
    note: string;
    source: GrantSourceRef;
  }
>;
export type CorrectGrantRecord = DomainCommand<
  'CorrectGrantRecord',
  { grantId: string; correctedOn: IsoDate; changes: GrantChanges; reason: string }
>;
export type RetractGrantRecord = DomainCommand<'RetractGrantRecord', { grantId: string; retractedOn: IsoDate; reason: string }>;

export type GrantCommand =
  ApplyForGrant | AwardGrant | ConcludeGrant | RecordExternalGrant | RecordGrantsBackfill | CorrectGrantRecord | RetractGrantRecord;
