import { unreachable, type Decider } from '../shared/decider';
import { DEFAULT_BYLAWS } from '../shared/bylaws';
import { addDays, isIsoDate, type IsoDate } from '../shared/values';
import type { MeetingCommand, ResolutionInput } from './meeting.commands';
import type { MeetingBody, MeetingEvent, Resolution } from './meeting.events';
import {
  GeneralAssemblyNoticeTooLate,
  MeetingAlreadyHeld,
  MeetingBodyUnknown,
  MeetingCancelledError,
  MeetingDateInvalid,
  MeetingDatesOutOfOrder,
  MeetingHeldBeforeDeclaration,
  MeetingIdTaken,
  MeetingNotCancellable,
  MeetingNotHeld,
  MeetingNotScheduled,
  MeetingNumberInvalid,
  MeetingReasonRequired,
  MeetingSeriesAlreadyDeclared,
  MeetingSeriesNotDeclared,
  MinutesAlreadyRecorded,
  NoticeAfterMeeting,
  PresentExceedsMembers,
  ResolutionsNeedAttendance,
  ResolutionsWithoutQuorum,
  VotesExceedPresent,
} from './meeting.errors';
import { membersTotalOn, placeByDate, type HeldMeeting } from './meeting-ordinals';
import { isMeetingBody, quorumRequired, votesToPass } from './meeting.rules';

/** Meeting ids come from clients: look them up as own keys, never through the prototype. */
function meetingIn<T>(meetings: Record<string, T>, id: string): T | undefined {
  return Object.hasOwn(meetings, id) ? meetings[id] : undefined;
}

export interface MeetingInSeries {
  status: 'scheduled' | 'held' | 'cancelled';
  scheduledOn?: IsoDate;
  title?: string;
  noticeSentOn?: IsoDate;
  heldOn?: IsoDate;
  /** Its number in the term by date; moves up when a meeting held earlier is recorded later. */
  ordinal?: number;
  /** The body's size the day it was held, when known. */
  membersTotal?: number;
  minutesRecorded: boolean;
}

export type MeetingSeriesState =
  | { status: 'undeclared' }
  | {
      status: 'declared';
      body: MeetingBody;
      term: number;
      declaredOn: IsoDate;
      /** The body's size as declared; unknown when the declaration did not state it. */
      declaredMembersTotal?: number;
      /** The body's size as of the latest meeting held (by date) that states it, or the declaration. */
      membersTotal?: number;
      /** Meetings held this term before recording started: ordinals continue from it. */
      heldSoFar: number;
      /** The highest ordinal of the term: heldSoFar plus the meetings held on the record. */
      lastOrdinal: number;
      /** The latest day a meeting was held, by date (not the last one recorded). */
      lastHeldOn?: IsoDate;
      meetings: Readonly<Record<string, MeetingInSeries>>;
    };

type Declared = Extract<MeetingSeriesState, { status: 'declared' }>;

const whole = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

function checkNumber(field: string, value: unknown, min = 0): void {
  if (!whole(value) || value < min) throw new MeetingNumberInvalid(field, value, min);
}

function checkDate(field: string, value: unknown): void {
  if (!isIsoDate(value)) throw new MeetingDateInvalid(field, value);
}

function requireDeclared(state: MeetingSeriesState): Declared {
  if (state.status !== 'declared') throw new MeetingSeriesNotDeclared();
  return state;
}

/** A meeting that is scheduled and neither held nor cancelled. */
function requireScheduled(series: Declared, meetingId: string): MeetingInSeries {
  const meeting = meetingIn(series.meetings, meetingId);
  if (!meeting) throw new MeetingNotScheduled(meetingId);
  if (meeting.status === 'cancelled') throw new MeetingCancelledError(meetingId);
  return meeting;
}

/** The meetings held, as ranking by date needs them. */
function heldMeetings(series: Declared): HeldMeeting[] {
  return Object.entries(series.meetings).flatMap(([meetingId, m]) =>
    m.status === 'held' && m.heldOn !== undefined && m.ordinal !== undefined
      ? [{ meetingId, heldOn: m.heldOn, ordinal: m.ordinal, membersTotal: m.membersTotal }]
      : [],
  );
}

function resolutionOf(body: MeetingBody, present: number, r: ResolutionInput): Resolution {
  checkNumber('votesFor', r.votesFor);
  if (r.votesAgainst !== undefined) checkNumber('votesAgainst', r.votesAgainst);
  if (r.abstentions !== undefined) checkNumber('abstentions', r.abstentions);
  const votes = r.votesFor + (r.votesAgainst ?? 0) + (r.abstentions ?? 0);
  if (votes > present) throw new VotesExceedPresent(r.title, votes, present);
  return {
    title: r.title,
    votesFor: r.votesFor,
    ...(r.votesAgainst !== undefined ? { votesAgainst: r.votesAgainst } : {}),
    ...(r.abstentions !== undefined ? { abstentions: r.abstentions } : {}),
    passed: r.votesFor >= votesToPass(body, present),
  };
}

export function decide(command: MeetingCommand, state: MeetingSeriesState): MeetingEvent[] {
  switch (command.type) {
    case 'DeclareMeetingSeries': {
      const c = command.data;
      if (state.status === 'declared') throw new MeetingSeriesAlreadyDeclared(state.body, state.term);
      if (!isMeetingBody(c.body)) throw new MeetingBodyUnknown(c.body);
      checkNumber('term', c.term, 1);
      if (c.membersTotal !== undefined) checkNumber('membersTotal', c.membersTotal, 1);
      checkNumber('heldSoFar', c.heldSoFar ?? 0);
      checkDate('declaredOn', c.declaredOn);
      return [
        {
          type: 'MeetingSeriesDeclared',
          data: {
            occurredOn: c.declaredOn,
            body: c.body,
            term: c.term,
            ...(c.membersTotal !== undefined ? { membersTotal: c.membersTotal } : {}),
            heldSoFar: c.heldSoFar ?? 0,
          },
        },
      ];
    }
    case 'ScheduleMeeting': {
      const c = command.data;
      const series = requireDeclared(state);
      if (meetingIn(series.meetings, c.meetingId)) throw new MeetingIdTaken(c.meetingId);
      checkDate('scheduledOn', c.scheduledOn);
      const decidedOn = c.decidedOn ?? c.scheduledOn;
      checkDate('decidedOn', decidedOn);
      if (c.scheduledOn < decidedOn) throw new MeetingDatesOutOfOrder('held', c.scheduledOn, 'scheduled', decidedOn);
      return [
        {
          type: 'MeetingScheduled',
          data: {
            occurredOn: decidedOn,
            body: series.body,
            term: series.term,
            meetingId: c.meetingId,
            scheduledOn: c.scheduledOn,
            ...(c.title !== undefined ? { title: c.title } : {}),
            ...(c.location !== undefined ? { location: c.location } : {}),
          },
        },
      ];
    }
    case 'SendMeetingNotice': {
      const c = command.data;
      const series = requireDeclared(state);
      const meeting = requireScheduled(series, c.meetingId);
      checkDate('sentOn', c.sentOn);
      if (meeting.status === 'held' || c.sentOn > meeting.scheduledOn!) throw new NoticeAfterMeeting(c.meetingId, c.sentOn);
      const days = DEFAULT_BYLAWS.generalAssemblyNoticeDays;
      if (series.body === 'general-assembly' && addDays(c.sentOn, days) > meeting.scheduledOn!) {
        throw new GeneralAssemblyNoticeTooLate(c.sentOn, meeting.scheduledOn!, days);
      }
      return [{ type: 'MeetingNoticeSent', data: { occurredOn: c.sentOn, body: series.body, term: series.term, meetingId: c.meetingId } }];
    }
    case 'HoldMeeting': {
      const c = command.data;
      const series = requireDeclared(state);
      const meeting = meetingIn(series.meetings, c.meetingId);
      if (meeting?.status === 'held') throw new MeetingAlreadyHeld(c.meetingId);
      if (meeting?.status === 'cancelled') throw new MeetingCancelledError(c.meetingId);
      checkDate('heldOn', c.heldOn);
      // Meetings before the declaration are counted by its heldSoFar (see MeetingHeldBeforeDeclaration).
      if (c.heldOn < series.declaredOn) throw new MeetingHeldBeforeDeclaration(c.heldOn, series.declaredOn);
      const held = heldMeetings(series);
      const membersTotal = c.membersTotal ?? membersTotalOn(held, series.declaredMembersTotal, c.heldOn);
      if (membersTotal !== undefined) checkNumber('membersTotal', membersTotal, 1);
      if (c.present !== undefined) checkNumber('present', c.present);
      if (c.present !== undefined && membersTotal !== undefined && c.present > membersTotal)
        throw new PresentExceedsMembers(c.present, membersTotal);
      // Unknown attendance or size leaves the quorum unknown: not stated, and not "not met".
      const required = membersTotal !== undefined ? quorumRequired(series.body, membersTotal) : undefined;
      const quorumMet = c.present !== undefined && required !== undefined ? c.present >= required : undefined;
      const stated = c.resolutions ?? [];
      if (stated.length > 0 && c.present === undefined) throw new ResolutionsNeedAttendance(stated.length);
      if (quorumMet === false && stated.length > 0) throw new ResolutionsWithoutQuorum(c.present!, required!);
      const title = c.title ?? meeting?.title;
      const { ordinal, renumbered } = placeByDate(held, series.heldSoFar, c.heldOn);
      const inSeries = { occurredOn: c.heldOn, body: series.body, term: series.term };
      const events: MeetingEvent[] = [
        {
          type: 'MeetingHeld',
          data: {
            ...inSeries,
            meetingId: c.meetingId,
            ordinal,
            ...(title !== undefined ? { title } : {}),
            ...(c.present !== undefined ? { present: c.present } : {}),
            ...(membersTotal !== undefined ? { membersTotal } : {}),
            ...(quorumMet !== undefined ? { quorumMet } : {}),
            resolutions: stated.map((r) => resolutionOf(series.body, c.present!, r)),
            minutesRecorded: c.minutesRecorded ?? false,
          },
        },
      ];
      if (renumbered.length) events.push({ type: 'MeetingsRenumbered', data: { ...inSeries, insertedMeetingId: c.meetingId, renumbered } });
      return events;
    }
    case 'RecordMeetingMinutes': {
      const c = command.data;
      const series = requireDeclared(state);
      const meeting = meetingIn(series.meetings, c.meetingId);
      if (meeting?.status === 'cancelled') throw new MeetingCancelledError(c.meetingId);
      if (meeting?.status !== 'held') throw new MeetingNotHeld(c.meetingId);
      if (meeting.minutesRecorded) throw new MinutesAlreadyRecorded(c.meetingId);
      checkDate('recordedOn', c.recordedOn);
      if (c.recordedOn < meeting.heldOn!) throw new MeetingDatesOutOfOrder('minuted', c.recordedOn, 'held', meeting.heldOn!);
      return [
        {
          type: 'MeetingMinutesRecorded',
          data: {
            occurredOn: c.recordedOn,
            body: series.body,
            term: series.term,
            meetingId: c.meetingId,
            ...(c.minutesRef !== undefined ? { minutesRef: c.minutesRef } : {}),
          },
        },
      ];
    }
    case 'CancelMeeting': {
      const c = command.data;
      const series = requireDeclared(state);
      const meeting = requireScheduled(series, c.meetingId);
      if (meeting.status === 'held') throw new MeetingNotCancellable(c.meetingId);
      if (!c.reason?.trim()) throw new MeetingReasonRequired();
      checkDate('cancelledOn', c.cancelledOn);
      return [
        {
          type: 'MeetingCancelled',
          data: { occurredOn: c.cancelledOn, body: series.body, term: series.term, meetingId: c.meetingId, reason: c.reason.trim() },
        },
      ];
    }
    default:
      return unreachable(command);
  }
}

function withMeeting(state: MeetingSeriesState, meetingId: string, change: Partial<MeetingInSeries>): MeetingSeriesState {
  if (state.status !== 'declared') return state;
  const meeting = meetingIn(state.meetings, meetingId) ?? { status: 'scheduled', minutesRecorded: false };
  return { ...state, meetings: { ...state.meetings, [meetingId]: { ...meeting, ...change } } };
}

export function evolve(state: MeetingSeriesState, event: MeetingEvent): MeetingSeriesState {
  switch (event.type) {
    case 'MeetingSeriesDeclared': {
      const e = event.data;
      const size = e.membersTotal !== undefined ? { declaredMembersTotal: e.membersTotal, membersTotal: e.membersTotal } : {};
      return {
        status: 'declared',
        body: e.body,
        term: e.term,
        declaredOn: e.occurredOn,
        ...size,
        heldSoFar: e.heldSoFar,
        lastOrdinal: e.heldSoFar,
        meetings: {},
      };
    }
    case 'MeetingScheduled':
      return withMeeting(state, event.data.meetingId, {
        status: 'scheduled',
        scheduledOn: event.data.scheduledOn,
        title: event.data.title,
      });
    case 'MeetingNoticeSent': {
      const sent = state.status === 'declared' ? meetingIn(state.meetings, event.data.meetingId)?.noticeSentOn : undefined;
      return withMeeting(state, event.data.meetingId, { noticeSentOn: sent ?? event.data.occurredOn });
    }
    case 'MeetingHeld': {
      const e = event.data;
      const wasHeld = state.status === 'declared' && meetingIn(state.meetings, e.meetingId)?.status === 'held';
      const next = withMeeting(state, e.meetingId, {
        status: 'held',
        heldOn: e.occurredOn,
        ordinal: e.ordinal,
        minutesRecorded: e.minutesRecorded,
        ...(e.membersTotal !== undefined ? { membersTotal: e.membersTotal } : {}),
      });
      if (next.status !== 'declared') return next;
      const lastHeldOn = next.lastHeldOn === undefined || e.occurredOn > next.lastHeldOn ? e.occurredOn : next.lastHeldOn;
      const membersTotal = membersTotalOn(heldMeetings(next), next.declaredMembersTotal, lastHeldOn);
      // One more held; never below an ordinal the log states (streams written before ordinals were by date).
      const lastOrdinal = Math.max(next.lastOrdinal + (wasHeld ? 0 : 1), e.ordinal);
      return { ...next, lastOrdinal, lastHeldOn, ...(membersTotal !== undefined ? { membersTotal } : {}) };
    }
    case 'MeetingsRenumbered':
      return event.data.renumbered.reduce((s, r) => withMeeting(s, r.meetingId, { ordinal: r.ordinal }), state);
    case 'MeetingMinutesRecorded':
      return withMeeting(state, event.data.meetingId, { minutesRecorded: true });
    case 'MeetingCancelled':
      return withMeeting(state, event.data.meetingId, { status: 'cancelled' });
    default:
      return unreachable(event);
  }
}

export const initialState = (): MeetingSeriesState => ({ status: 'undeclared' });

export const meetingDecider: Decider<MeetingCommand, MeetingEvent, MeetingSeriesState> = { decide, evolve, initialState };
