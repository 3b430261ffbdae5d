import type { DomainEvent } from '../shared/decider';
import type { IsoDate } from '../shared/values';

/**
 * 会员代表大会, 理事会, 常务理事会, 会长办公会, a branch's 委员会 (`branch-<branchId>`), or one of
 * the organization's own recurring conferences and working meetings (`conference-<slug>`: 院长大会,
 * 医院大会, 述职会议), whose term is the edition (届): on the calendar, never in the council figures.
 */
export type MeetingBody =
  'general-assembly' | 'council' | 'standing-council' | 'president-office' | `branch-${string}` | `conference-${string}`;

export interface Resolution {
  title: string;
  votesFor: number;
  votesAgainst?: number;
  abstentions?: number;
  /** Computed by the domain from the votes and the body's rule. */
  passed: boolean;
}

/** Identifies the series in every event: one body in one term (届). */
interface InSeries {
  occurredOn: IsoDate;
  body: MeetingBody;
  term: number;
}

/**
 * The meetings of one body in one term. `heldSoFar` counts the meetings held this term before
 * recording started (as of `occurredOn`); ordinals continue from it.
 */
/** `membersTotal` is absent when the body's size was not known when the series was declared. */
export type MeetingSeriesDeclared = DomainEvent<'MeetingSeriesDeclared', InSeries & { membersTotal?: number; heldSoFar: number }>;
/** `scheduledOn` is the day the meeting is to be held; `occurredOn` the day it was scheduled. */
export type MeetingScheduled = DomainEvent<
  'MeetingScheduled',
  InSeries & { meetingId: string; scheduledOn: IsoDate; title?: string; location?: string }
>;
/** `occurredOn` is the day the notice went out. */
export type MeetingNoticeSent = DomainEvent<'MeetingNoticeSent', InSeries & { meetingId: string }>;
/**
 * `ordinal` is the meeting's number in the term, by date: 四届五次理事会 has term 4, ordinal 5.
 * `membersTotal` is the body's size the quorum was reckoned against: stated with the meeting, or
 * the size on the record for that day when it was recorded. `present` and `membersTotal` are
 * absent when neither the source nor the record gives them; `quorumMet` is then absent too: the
 * quorum is unknown, which is not the same as not met.
 */
export type MeetingHeld = DomainEvent<
  'MeetingHeld',
  InSeries & {
    meetingId: string;
    ordinal: number;
    title?: string;
    present?: number;
    membersTotal?: number;
    quorumMet?: boolean;
    resolutions: Resolution[];
    minutesRecorded: boolean;
  }
>;
/**
 * A meeting held earlier than meetings already recorded took its ordinal by date
 * (`insertedMeetingId`, in the MeetingHeld just before): each later one moves up by one.
 * `occurredOn` is the day the inserted meeting was held.
 */
export type MeetingsRenumbered = DomainEvent<
  'MeetingsRenumbered',
  InSeries & { insertedMeetingId: string; renumbered: { meetingId: string; ordinal: number; previousOrdinal: number }[] }
>;
export type MeetingMinutesRecorded = DomainEvent<'MeetingMinutesRecorded', InSeries & { meetingId: string; minutesRef?: string }>;
export type MeetingCancelled = DomainEvent<'MeetingCancelled', InSeries & { meetingId: string; reason: string }>;

export type MeetingEvent =
  | MeetingSeriesDeclared
  | MeetingScheduled
  | MeetingNoticeSent
  | MeetingHeld
  | MeetingsRenumbered
  | MeetingMinutesRecorded
  | MeetingCancelled;

export const MEETING_EVENT_TYPES = [
  'MeetingSeriesDeclared',
  'MeetingScheduled',
  'MeetingNoticeSent',
  'MeetingHeld',
  'MeetingsRenumbered',
  'MeetingMinutesRecorded',
  'MeetingCancelled',
] as const satisfies readonly MeetingEvent['type'][];

/** The organization's own bodies, whose meetings its yearly figures count. */
export type CouncilBody = 'general-assembly' | 'council' | 'standing-council' | 'president-office';
export const COUNCIL_BODIES = [
  'general-assembly',
  'council',
  'standing-council',
  'president-office',
] as const satisfies readonly CouncilBody[];

/** A year's meetings of a body given only as a total (会长办公会 3 次); `occurredOn` is the year's last day. */
export type MeetingsBackfilled = DomainEvent<
  'MeetingsBackfilled',
  {
    occurredOn: IsoDate;
    backfillId: string;
    body: CouncilBody;
    year: number;
    count: number;
    note: string;
    source: { document: string; section?: string };
  }
>;

export type MeetingTotalsEvent = MeetingsBackfilled;
export const MEETING_TOTALS_EVENT_TYPES = ['MeetingsBackfilled'] as const satisfies readonly MeetingTotalsEvent['type'][];
