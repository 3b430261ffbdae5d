import { own } from '../shared/document-helpers';
import { addDays, meeting, type IsoDate } from '@assocflow/domain';
import type { ProjectedEvent, Projection } from '../projection';
import type { MeetingEntry, MeetingRegisterDoc, MeetingSeriesEntry, QuorumStatus } from './meeting-register.types';

/**
 * 会议台账: every meeting of the general assembly, council, standing council, president's office
 * and branch committees of a tenant, with its label (四届五次理事会), attendance, quorum,
 * resolutions and minutes, and per body and term the number of meetings held. Ordinals are by
 * date: a meeting recorded late comes with MeetingsRenumbered, which moves the later ones' labels.
 */
export const MEETING_REGISTER_HANDLES = meeting.MEETING_EVENT_TYPES;

/** Minutes are overdue this many days after the meeting unless the caller says otherwise. */
export const MINUTES_DUE_AFTER_DAYS = 30;

type MeetingEventData = { [E in meeting.MeetingEvent as E['type']]: E['data'] };
type InSeries = { occurredOn: IsoDate; body: meeting.MeetingBody; term: number; meetingId?: string };

const positiveWhole = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 1;

/** The label when term and ordinal are whole numbers from 1 (the label helper refuses others). */
function labelOf(term: number, ordinal: number, body: meeting.MeetingBody): string | undefined {
  return positiveWhole(term) && positiveWhole(ordinal) ? meeting.meetingOrdinalLabel(term, ordinal, body) : undefined;
}

/** Met or not when attendance and size are both known; otherwise unknown, never "not met". */
function quorumOf(quorumMet: boolean | undefined): QuorumStatus {
  return quorumMet === undefined ? 'unknown' : quorumMet ? 'met' : 'not-met';
}

function seriesOf(doc: MeetingRegisterDoc, e: InSeries): MeetingSeriesEntry {
  const seriesId = meeting.meetingSeriesId(e.body, e.term);
  return (
    own(doc.series, seriesId) ?? {
      seriesId,
      body: e.body,
      term: e.term,
      heldBeforeRecording: 0,
      heldRecorded: 0,
      held: 0,
      lastOrdinal: 0,
    }
  );
}

function meetingOf(doc: MeetingRegisterDoc, e: InSeries & { meetingId: string }): MeetingEntry {
  const seriesId = meeting.meetingSeriesId(e.body, e.term);
  const key = `${seriesId}/${e.meetingId}`;
  return (
    own(doc.meetings, key) ?? {
      key,
      meetingId: e.meetingId,
      seriesId,
      body: e.body,
      term: e.term,
      status: 'scheduled',
      resolutions: [],
      minutesRecorded: false,
      cancelled: false,
    }
  );
}

function put(doc: MeetingRegisterDoc, change: { series?: MeetingSeriesEntry; meeting?: MeetingEntry }): MeetingRegisterDoc {
  return {
    ...doc,
    series: change.series ? { ...doc.series, [change.series.seriesId]: change.series } : doc.series,
    meetings: change.meeting ? { ...doc.meetings, [change.meeting.key]: change.meeting } : doc.meetings,
  };
}

/** The later meetings move up by one; only those already filed as held (the stream holds them before). */
function renumbered(doc: MeetingRegisterDoc, d: MeetingEventData['MeetingsRenumbered']): MeetingRegisterDoc {
  let next = doc;
  let series = seriesOf(doc, d);
  for (const r of Array.isArray(d.renumbered) ? d.renumbered : []) {
    const entry = own(next.meetings, `${series.seriesId}/${r.meetingId}`);
    if (entry?.status !== 'held') continue;
    const label = labelOf(d.term, r.ordinal, d.body);
    const { label: _old, ...rest } = entry;
    series = { ...series, lastOrdinal: Math.max(series.lastOrdinal, Number.isInteger(r.ordinal) ? r.ordinal : 0) };
    next = put(next, { series, meeting: { ...rest, ordinal: r.ordinal, ...(label !== undefined ? { label } : {}) } });
  }
  return next;
}

function evolveMeeting(doc: MeetingRegisterDoc, event: ProjectedEvent): MeetingRegisterDoc {
  const e = event.data as unknown as InSeries;
  // Every meeting event names its series; without one there is nothing to file it under.
  if (typeof e.body !== 'string' || e.term === undefined || e.term === null) return doc;
  if (event.type === 'MeetingSeriesDeclared') {
    const d = event.data as unknown as MeetingEventData['MeetingSeriesDeclared'];
    const series = seriesOf(doc, e);
    const heldBeforeRecording = d.heldSoFar ?? 0;
    return put(doc, {
      series: {
        ...series,
        declaredOn: d.occurredOn,
        membersTotal: series.membersTotal ?? d.membersTotal,
        heldBeforeRecording,
        held: heldBeforeRecording + series.heldRecorded,
        lastOrdinal: Math.max(series.lastOrdinal, heldBeforeRecording),
      },
    });
  }
  if (event.type === 'MeetingsRenumbered') return renumbered(doc, event.data as unknown as MeetingEventData['MeetingsRenumbered']);
  if (typeof e.meetingId !== 'string') return doc;
  const series = seriesOf(doc, e);
  const entry = meetingOf(doc, e as InSeries & { meetingId: string });
  switch (event.type) {
    case 'MeetingScheduled': {
      const d = event.data as unknown as MeetingEventData['MeetingScheduled'];
      return put(doc, {
        series,
        meeting: {
          ...entry,
          scheduledOn: d.scheduledOn,
          ...(d.title !== undefined ? { title: d.title } : {}),
          ...(d.location !== undefined ? { location: d.location } : {}),
        },
      });
    }
    case 'MeetingNoticeSent':
      return put(doc, { series, meeting: { ...entry, noticeSentOn: entry.noticeSentOn ?? e.occurredOn } });
    case 'MeetingHeld': {
      const d = event.data as unknown as MeetingEventData['MeetingHeld'];
      if (entry.status === 'held') return doc; // held once; the domain refuses a second time
      const label = labelOf(d.term, d.ordinal, d.body);
      const title = d.title ?? entry.title;
      const { cancellation: _c, ...rest } = entry;
      const minutesRecorded = entry.minutesRecorded || Boolean(d.minutesRecorded);
      // A meeting recorded late (held before the latest one) does not set the body's size now.
      const latest = series.lastHeldOn === undefined || d.occurredOn >= series.lastHeldOn;
      return put(doc, {
        series: {
          ...series,
          heldRecorded: series.heldRecorded + 1,
          held: series.held + 1,
          lastOrdinal: Math.max(series.lastOrdinal, Number.isInteger(d.ordinal) ? d.ordinal : 0),
          lastHeldOn: latest ? d.occurredOn : series.lastHeldOn,
          membersTotal: (latest ? d.membersTotal : undefined) ?? series.membersTotal,
        },
        meeting: {
          ...rest,
          status: 'held',
          cancelled: false,
          heldOn: d.occurredOn,
          ordinal: d.ordinal,
          ...(label !== undefined ? { label } : {}),
          ...(title !== undefined ? { title } : {}),
          ...(d.present !== undefined ? { present: d.present } : {}),
          ...(d.membersTotal !== undefined ? { membersTotal: d.membersTotal } : {}),
          ...(d.quorumMet !== undefined ? { quorumMet: d.quorumMet } : {}),
          quorum: quorumOf(d.quorumMet),
          resolutions: d.resolutions ?? [],
          minutesRecorded,
          ...(minutesRecorded ? { minutesRecordedOn: entry.minutesRecordedOn ?? d.occurredOn } : {}),
        },
      });
    }
    case 'MeetingMinutesRecorded': {
      const d = event.data as unknown as MeetingEventData['MeetingMinutesRecorded'];
      return put(doc, {
        series,
        meeting: {
          ...entry,
          minutesRecorded: true,
          minutesRecordedOn: entry.minutesRecordedOn ?? d.occurredOn,
          ...(d.minutesRef !== undefined ? { minutesRef: d.minutesRef } : {}),
        },
      });
    }
    case 'MeetingCancelled': {
      const d = event.data as unknown as MeetingEventData['MeetingCancelled'];
      if (entry.status === 'held') return doc; // a meeting held cannot be cancelled
      return put(doc, {
        series,
        meeting: { ...entry, status: 'cancelled', cancelled: true, cancellation: { cancelledOn: d.occurredOn, reason: d.reason } },
      });
    }
    default:
      return doc;
  }
}

export const meetingRegisterProjection: Projection<MeetingRegisterDoc> = {
  name: 'meeting-register',
  // 2: MeetingsRenumbered (ordinals by date), quorum 'unknown' when attendance or size is not stated.
  version: 2,
  handles: MEETING_REGISTER_HANDLES,
  keysOf: (event) =>
    event.metadata?.tenant && (MEETING_REGISTER_HANDLES as readonly string[]).includes(event.type) ? [event.metadata.tenant] : [],
  initial: (key) => ({ tenant: key, series: {}, meetings: {} }),
  evolve: (doc, event) => evolveMeeting(doc, event),
};

const byDateThenKey =
  (date: (m: MeetingEntry) => string) =>
  (a: MeetingEntry, b: MeetingEntry): number =>
    date(a) < date(b) ? -1 : date(a) > date(b) ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;

/** Meetings scheduled for today or later, neither held nor cancelled, soonest first. */
export function upcomingMeetings(doc: MeetingRegisterDoc, today: IsoDate): MeetingEntry[] {
  return Object.values(doc.meetings)
    .filter((m) => m.status === 'scheduled' && m.scheduledOn !== undefined && m.scheduledOn >= today)
    .sort(byDateThenKey((m) => m.scheduledOn!));
}

/**
 * Meetings held whose minutes are still not recorded more than `dueAfterDays` days later
 * (a meeting held 2024-03-01 is overdue from 2024-04-01 with the default 30), oldest first.
 */
export function minutesOverdue(doc: MeetingRegisterDoc, today: IsoDate, dueAfterDays = MINUTES_DUE_AFTER_DAYS): MeetingEntry[] {
  return Object.values(doc.meetings)
    .filter((m) => m.status === 'held' && !m.minutesRecorded && m.heldOn !== undefined && addDays(m.heldOn, dueAfterDays) < today)
    .sort(byDateThenKey((m) => m.heldOn!));
}

/** The series of one body and term, e.g. the council of the 4th term; undefined when nothing was recorded. */
export function seriesOfBody(doc: MeetingRegisterDoc, body: meeting.MeetingBody, term: number): MeetingSeriesEntry | undefined {
  return own(doc.series, meeting.meetingSeriesId(body, term));
}
