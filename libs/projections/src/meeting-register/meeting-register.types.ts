import type { IsoDate, meeting } from '@assocflow/domain';

/** The meetings of one body in one term (届): 理事会 of the 4th term is `council-t4`. */
export interface MeetingSeriesEntry {
  /** `<body>-t<term>`, as `meetingSeriesId` gives it. */
  seriesId: string;
  body: meeting.MeetingBody;
  term: number;
  /** Absent when events of the series arrived without its declaration. */
  declaredOn?: IsoDate;
  /** The body's size as of the latest meeting held (by date) that states it, or the declaration. */
  membersTotal?: number;
  /** Meetings held this term before recording started (heldSoFar of the declaration). */
  heldBeforeRecording: number;
  /** Meetings held this term and recorded here. */
  heldRecorded: number;
  /** Meetings held this term: before recording plus recorded. */
  held: number;
  /** The ordinal of the last meeting held; the next one is this plus one. */
  lastOrdinal: number;
  lastHeldOn?: IsoDate;
}

export type MeetingStatus = 'scheduled' | 'held' | 'cancelled';

/** Of a meeting held: unknown when the source states neither attendance nor the body's size (or one of them). */
export type QuorumStatus = 'met' | 'not-met' | 'unknown';

export interface MeetingEntry {
  /** `<seriesId>/<meetingId>`: meeting ids are unique within a series only. */
  key: string;
  meetingId: string;
  seriesId: string;
  body: meeting.MeetingBody;
  term: number;
  status: MeetingStatus;
  title?: string;
  location?: string;
  /** The day the meeting is (or was) to be held. */
  scheduledOn?: IsoDate;
  /** The first notice sent. */
  noticeSentOn?: IsoDate;
  heldOn?: IsoDate;
  /** Its number in the term by date, given when held: 四届五次理事会 has term 4 and ordinal 5. */
  ordinal?: number;
  /** 四届五次理事会, from `meetingOrdinalLabel`; given when held, and follows a renumbering. */
  label?: string;
  /** Members present; absent when the source does not state it. */
  present?: number;
  /** The body's size that day; absent when not known. */
  membersTotal?: number;
  /** Only when it could be computed: absent means unknown, not "not met" (see `quorum`). */
  quorumMet?: boolean;
  /** Of a meeting held: met, not met, or unknown. */
  quorum?: QuorumStatus;
  resolutions: meeting.Resolution[];
  minutesRecorded: boolean;
  minutesRecordedOn?: IsoDate;
  minutesRef?: string;
  cancelled: boolean;
  cancellation?: { cancelledOn: IsoDate; reason: string };
}

/** One document per tenant, key `<tenant>`. */
export interface MeetingRegisterDoc {
  tenant: string;
  /** By series id. */
  series: Record<string, MeetingSeriesEntry>;
  /** By `<seriesId>/<meetingId>`. */
  meetings: Record<string, MeetingEntry>;
}
