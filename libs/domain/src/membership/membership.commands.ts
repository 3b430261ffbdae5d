import type { DomainCommand } from '../shared/decider';
import type { MembershipFigures, SourceRef } from './membership.events';

export type RecordMembershipTotals = DomainCommand<'RecordMembershipTotals', { year: number; source: SourceRef } & MembershipFigures>;
export type CorrectMembershipTotals = DomainCommand<
  'CorrectMembershipTotals',
  { year: number; source: SourceRef; reason?: string } & MembershipFigures
>;

export type MembershipCommand = RecordMembershipTotals | CorrectMembershipTotals;
