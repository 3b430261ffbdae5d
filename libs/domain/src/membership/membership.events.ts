import type { DomainEvent } from '../shared/decider';
import type { Count, IsoDate } from '../shared/values';

/** Where a stated figure comes from: the document (title or 文号) and its section. */
export interface SourceRef {
  document: string;
  section: string;
}

/** A year's membership as a document states it, when members are not recorded one by one. */
export interface MembershipFigures {
  /** 新发展会员41家: { value: 41, approximate: false }. */
  joined?: Count;
  /** Members at the end of the year (会员单位总数). */
  activeAtYearEnd?: Count;
}

/** occurredOn is the year's last day, so the figures count in their year whenever they are entered. */
export type MembershipTotalsRecorded = DomainEvent<
  'MembershipTotalsRecorded',
  { occurredOn: IsoDate; year: number; source: SourceRef } & MembershipFigures
>;
/** Replaces every figure of the year: a figure it does not state is no longer stated. */
export type MembershipTotalsCorrected = DomainEvent<
  'MembershipTotalsCorrected',
  { occurredOn: IsoDate; year: number; source: SourceRef; reason?: string; previous: MembershipFigures } & MembershipFigures
>;

export type MembershipEvent = MembershipTotalsRecorded | MembershipTotalsCorrected;

export const MEMBERSHIP_EVENT_TYPES = [
  'MembershipTotalsRecorded',
  'MembershipTotalsCorrected',
] as const satisfies readonly MembershipEvent['type'][];
