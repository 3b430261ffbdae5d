import type { DomainCommand } from '../shared/decider';
import type { IsoDate } from '../shared/values';
import type { CouncilBody, MeetingBody } from './meeting.events';

/** Must come first in a series: every other command needs the series declared. */
export type DeclareMeetingSeries = DomainCommand<
  'DeclareMeetingSeries',
  { body: MeetingBody; term: number; membersTotal?: number; heldSoFar?: number; declaredOn: IsoDate }
>;
export type ScheduleMeeting = DomainCommand<
  'ScheduleMeeting',
  {
    meetingId: string;
    /** The day the meeting is to be held. */
    scheduledOn: IsoDate;
    /** The day it was put on the calendar; defaults to `scheduledOn`. */
    decidedOn?: IsoDate;
    title?: string;
    location?: string;
  }
>;
export type SendMeetingNotice = DomainCommand<'SendMeetingNotice', { meetingId: string; sentOn: IsoDate }>;
export interface ResolutionInput {
  title: string;
  votesFor: number;
  votesAgainst?: number;
  abstentions?: number;
}
export type HoldMeeting = DomainCommand<
  'HoldMeeting',
  {
    /** A scheduled meeting, or a new id to record a meeting after the fact. */
    meetingId: string;
    heldOn: IsoDate;
    /** Members present (实到); absent when the source does not say. Resolutions need it. */
    present?: number;
    /**
     * The body's size that day when it changed (增补/调整), or when the series was declared
     * without one; absent, the size as of that day on the record (if any) applies.
     */
    membersTotal?: number;
    title?: string;
    resolutions?: ResolutionInput[];
    minutesRecorded?: boolean;
  }
>;
export type RecordMeetingMinutes = DomainCommand<'RecordMeetingMinutes', { meetingId: string; recordedOn: IsoDate; minutesRef?: string }>;
export type CancelMeeting = DomainCommand<'CancelMeeting', { meetingId: string; cancelledOn: IsoDate; reason: string }>;

export type MeetingCommand =
  DeclareMeetingSeries | ScheduleMeeting | SendMeetingNotice | HoldMeeting | RecordMeetingMinutes | CancelMeeting;

/** "会长办公会 3 次": a year's meetings of a body a source gives only as a total; its own stream. */
export type RecordMeetingsBackfill = DomainCommand<
  'RecordMeetingsBackfill',
  {
    /** See `meetingsBackfillId`: backfill-<body>-<year>-<n>. */
    backfillId: string;
    body: CouncilBody;
    year: number;
    count: number;
    note: string;
    source: { document: string; section?: string };
  }
>;

export type MeetingTotalsCommand = RecordMeetingsBackfill;
