import { unreachable, type Decider } from '../shared/decider';
import { isIsoDate } from '../shared/values';
import { BackfillNeedsSource } from '../shared/record-errors';
import type { MeetingTotalsCommand } from './meeting.commands';
import { COUNCIL_BODIES, type MeetingsBackfilled, type MeetingTotalsEvent } from './meeting.events';
import { MeetingBodyUnknown, MeetingDateInvalid, MeetingNumberInvalid, MeetingsBackfillAlreadyRecorded } from './meeting.errors';

/**
 * A year's meetings of a body that a source gives only as a total ("全年组织召开会长办公会3次"):
 * no dates, no attendance, so not meetings of a series, but counted in the year's figures.
 */
export type MeetingTotalsState = { status: 'unknown' } | { status: 'recorded'; data: MeetingsBackfilled['data'] };

export function decideMeetingTotals(command: MeetingTotalsCommand, state: MeetingTotalsState): MeetingTotalsEvent[] {
  switch (command.type) {
    case 'RecordMeetingsBackfill': {
      const c = command.data;
      if (state.status !== 'unknown') throw new MeetingsBackfillAlreadyRecorded(c.backfillId);
      if (!(COUNCIL_BODIES as readonly string[]).includes(c.body)) throw new MeetingBodyUnknown(c.body);
      if (!Number.isInteger(c.year) || !isIsoDate(`${c.year}-12-31`)) throw new MeetingDateInvalid('year', c.year);
      if (!Number.isInteger(c.count) || c.count < 0) throw new MeetingNumberInvalid('count', c.count);
      if (!c.source?.document?.trim()) throw new BackfillNeedsSource();
      const source = { document: c.source.document, ...(c.source.section ? { section: c.source.section } : {}) };
      return [
        {
          type: 'MeetingsBackfilled',
          data: {
            occurredOn: `${c.year}-12-31`,
            backfillId: c.backfillId,
            body: c.body,
            year: c.year,
            count: c.count,
            note: c.note,
            source,
          },
        },
      ];
    }
    default:
      return unreachable(command.type); // a one-member union narrows on its type only
  }
}

export function evolveMeetingTotals(state: MeetingTotalsState, event: MeetingTotalsEvent): MeetingTotalsState {
  switch (event.type) {
    case 'MeetingsBackfilled':
      return { status: 'recorded', data: event.data };
    default:
      return unreachable(event.type);
  }
}

export const initialMeetingTotalsState = (): MeetingTotalsState => ({ status: 'unknown' });

export const meetingTotalsDecider: Decider<MeetingTotalsCommand, MeetingTotalsEvent, MeetingTotalsState> = {
  decide: decideMeetingTotals,
  evolve: evolveMeetingTotals,
  initialState: initialMeetingTotalsState,
};
