import { foldEvents } from '../shared/decider';
import { deciderSpec } from '../shared/decider-spec';
import type { HoldMeeting, MeetingCommand } from './meeting.commands';
import { meetingDecider } from './meeting.decider';
import type { MeetingBody, MeetingEvent } from './meeting.events';
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
import { meetingOrdinalLabel } from './meeting.rules';
import { meetingSeriesId, toMeetingSeriesStreamId } from './meeting.stream';

const given = deciderSpec(meetingDecider);
const declared = (body: MeetingBody = 'council', membersTotal = 30, heldSoFar = 4): MeetingEvent => ({
  type: 'MeetingSeriesDeclared',
  data: { occurredOn: '2023-01-01', body, term: 4, membersTotal, heldSoFar },
});
const council = declared();
const series = { body: 'council', term: 4 } as const;
const scheduled: MeetingEvent = {
  type: 'MeetingScheduled',
  data: { occurredOn: '2023-03-01', ...series, meetingId: 'm5', scheduledOn: '2023-04-20', title: '四届五次理事会', location: '成都' },
};
const hold = (over: Partial<HoldMeeting['data']> = {}): HoldMeeting => ({
  type: 'HoldMeeting',
  data: {
    meetingId: 'm5',
    heldOn: '2023-04-20',
    present: 24,
    resolutions: [{ title: '2022年工作报告', votesFor: 16, votesAgainst: 5, abstentions: 3 }],
    ...over,
  },
});
const held: MeetingEvent = {
  type: 'MeetingHeld',
  data: {
    occurredOn: '2023-04-20',
    ...series,
    meetingId: 'm5',
    ordinal: 5,
    title: '四届五次理事会',
    present: 24,
    membersTotal: 30,
    quorumMet: true,
    resolutions: [{ title: '2022年工作报告', votesFor: 16, votesAgainst: 5, abstentions: 3, passed: true }],
    minutesRecorded: false,
  },
};
const cancelled: MeetingEvent = {
  type: 'MeetingCancelled',
  data: { occurredOn: '2023-04-10', ...series, meetingId: 'm5', reason: '疫情' },
};
const notice = (sentOn: string) => ({ type: 'SendMeetingNotice', data: { meetingId: 'm5', sentOn } }) as const;
const minutes = (recordedOn = '2023-04-25') =>
  ({ type: 'RecordMeetingMinutes', data: { meetingId: 'm5', recordedOn, minutesRef: '纪要〔2023〕3号' } }) as const;
const cancel = (reason = '疫情') => ({ type: 'CancelMeeting', data: { meetingId: 'm5', cancelledOn: '2023-04-10', reason } }) as const;

describe('Meeting series decider', () => {
  describe('DeclareMeetingSeries', () => {
    it('declares the series with the meetings already held this term', () =>
      given([])
        .when({
          type: 'DeclareMeetingSeries',
          data: { body: 'council', term: 4, membersTotal: 30, heldSoFar: 4, declaredOn: '2023-01-01' },
        })
        .then([council]));

    it('starts counting at zero by default, for branches too', () =>
      given([])
        .when({ type: 'DeclareMeetingSeries', data: { body: 'branch-rehab', term: 2, membersTotal: 41, declaredOn: '2023-01-01' } })
        .then([
          {
            type: 'MeetingSeriesDeclared',
            data: { occurredOn: '2023-01-01', body: 'branch-rehab', term: 2, membersTotal: 41, heldSoFar: 0 },
          },
        ]));

    it('is declared once, for a known body, with whole numbers', () => {
      given([council])
        .when({ type: 'DeclareMeetingSeries', data: { body: 'council', term: 4, membersTotal: 30, declaredOn: '2023-01-01' } })
        .thenThrows(MeetingSeriesAlreadyDeclared, /declared once/);
      given([])
        .when({ type: 'DeclareMeetingSeries', data: { body: 'board' as MeetingBody, term: 4, membersTotal: 30, declaredOn: '2023-01-01' } })
        .thenThrows(MeetingBodyUnknown);
      given([])
        .when({ type: 'DeclareMeetingSeries', data: { body: 'council', term: 0, membersTotal: 30, declaredOn: '2023-01-01' } })
        .thenThrows(MeetingNumberInvalid, /term/);
      given([])
        .when({ type: 'DeclareMeetingSeries', data: { body: 'council', term: 4, membersTotal: 0, declaredOn: '2023-01-01' } })
        .thenThrows(MeetingNumberInvalid, /membersTotal/);
      given([])
        .when({
          type: 'DeclareMeetingSeries',
          data: { body: 'council', term: 4, membersTotal: 30, heldSoFar: -1, declaredOn: '2023-01-01' },
        })
        .thenThrows(MeetingNumberInvalid, /heldSoFar/);
    });

    it('comes before anything else in the series', () => {
      given([])
        .when({ type: 'ScheduleMeeting', data: { meetingId: 'm5', scheduledOn: '2023-04-20' } })
        .thenThrows(MeetingSeriesNotDeclared);
      given([])
        .when(hold())
        .thenThrows(MeetingSeriesNotDeclared, /must be declared/);
    });
  });

  describe('ScheduleMeeting', () => {
    it('schedules a meeting for a day', () =>
      given([council])
        .when({
          type: 'ScheduleMeeting',
          data: { meetingId: 'm5', scheduledOn: '2023-04-20', decidedOn: '2023-03-01', title: '四届五次理事会', location: '成都' },
        })
        .then([scheduled]));

    it('dates the scheduling on the meeting day when no decision day is given', () =>
      given([council])
        .when({ type: 'ScheduleMeeting', data: { meetingId: 'm6', scheduledOn: '2023-10-20' } })
        .then([{ type: 'MeetingScheduled', data: { occurredOn: '2023-10-20', ...series, meetingId: 'm6', scheduledOn: '2023-10-20' } }]));

    it('uses a meeting id once in the series, and schedules ahead', () => {
      given([council, scheduled])
        .when({ type: 'ScheduleMeeting', data: { meetingId: 'm5', scheduledOn: '2023-05-20' } })
        .thenThrows(MeetingIdTaken);
      given([council])
        .when({ type: 'ScheduleMeeting', data: { meetingId: 'm5', scheduledOn: '2023-04-20', decidedOn: '2023-04-21' } })
        .thenThrows(MeetingDatesOutOfOrder);
      given([council])
        .when({ type: 'ScheduleMeeting', data: { meetingId: 'm5', scheduledOn: '20230420' } })
        .thenThrows(MeetingDateInvalid);
    });
  });

  describe('SendMeetingNotice', () => {
    const assembly = declared('general-assembly', 300, 1);
    const assemblyScheduled: MeetingEvent = {
      type: 'MeetingScheduled',
      data: { occurredOn: '2023-03-01', body: 'general-assembly', term: 4, meetingId: 'm5', scheduledOn: '2023-04-20' },
    };

    it('a general assembly notice goes out at least ten days ahead', () => {
      given([assembly, assemblyScheduled])
        .when(notice('2023-04-10'))
        .then([{ type: 'MeetingNoticeSent', data: { occurredOn: '2023-04-10', body: 'general-assembly', term: 4, meetingId: 'm5' } }]);
      given([assembly, assemblyScheduled])
        .when(notice('2023-04-11'))
        .thenThrows(GeneralAssemblyNoticeTooLate, /at least 10 days/);
    });

    it('other bodies have no minimum, but the notice precedes the meeting', () => {
      given([council, scheduled])
        .when(notice('2023-04-19'))
        .then([{ type: 'MeetingNoticeSent', data: { occurredOn: '2023-04-19', ...series, meetingId: 'm5' } }]);
      given([council, scheduled]).when(notice('2023-04-21')).thenThrows(NoticeAfterMeeting);
      given([council, scheduled, held]).when(notice('2023-04-19')).thenThrows(NoticeAfterMeeting);
    });

    it('needs a scheduled meeting, not a cancelled one', () => {
      given([council]).when(notice('2023-04-10')).thenThrows(MeetingNotScheduled);
      given([council, scheduled, cancelled]).when(notice('2023-04-10')).thenThrows(MeetingCancelledError);
    });
  });

  describe('HoldMeeting', () => {
    it('assigns the ordinal after the meetings held so far: 四届五次理事会', () => {
      given([council, scheduled]).when(hold()).then([held]);
      expect(meetingOrdinalLabel(4, 5, 'council')).toBe('四届五次理事会');
    });

    it('records a meeting never scheduled, after the fact, numbering on', () => {
      const [event] = meetingDecider.decide(
        { type: 'HoldMeeting', data: { meetingId: 'm6', heldOn: '2023-10-20', present: 20, minutesRecorded: true } },
        foldEvents(meetingDecider, [council, scheduled, held]),
      );
      expect(event).toEqual({
        type: 'MeetingHeld',
        data: {
          occurredOn: '2023-10-20',
          ...series,
          meetingId: 'm6',
          ordinal: 6,
          present: 20,
          membersTotal: 30,
          quorumMet: true,
          resolutions: [],
          minutesRecorded: true,
        },
      });
    });

    it('council: quorum is two thirds of the members, a resolution needs two thirds of those present', () => {
      const [event] = meetingDecider.decide(
        hold({
          present: 20,
          resolutions: [
            { title: 'a', votesFor: 14 },
            { title: 'b', votesFor: 13, votesAgainst: 7 },
          ],
        }),
        foldEvents(meetingDecider, [council, scheduled]),
      );
      expect(event.data).toMatchObject({
        quorumMet: true,
        resolutions: [
          { title: 'a', passed: true },
          { title: 'b', passed: false },
        ],
      });
    });

    it('general assembly: two thirds quorum, resolutions pass with a majority of those present', () => {
      const [event] = meetingDecider.decide(
        {
          type: 'HoldMeeting',
          data: {
            meetingId: 'ga2',
            heldOn: '2023-06-01',
            present: 200,
            resolutions: [
              { title: 'a', votesFor: 101 },
              { title: 'b', votesFor: 100 },
            ],
          },
        },
        foldEvents(meetingDecider, [declared('general-assembly', 300, 1)]),
      );
      expect(event.data).toMatchObject({ ordinal: 2, quorumMet: true, resolutions: [{ passed: true }, { passed: false }] });
    });

    it('president office and branch meetings: a majority is a quorum', () => {
      const state = foldEvents(meetingDecider, [declared('branch-rehab', 9, 0)]);
      expect(
        meetingDecider.decide({ type: 'HoldMeeting', data: { meetingId: 'b1', heldOn: '2023-02-01', present: 5 } }, state)[0].data,
      ).toMatchObject({ quorumMet: true, ordinal: 1 });
      expect(
        meetingDecider.decide({ type: 'HoldMeeting', data: { meetingId: 'b1', heldOn: '2023-02-01', present: 4 } }, state)[0].data,
      ).toMatchObject({ quorumMet: false });
    });

    it('without a quorum the meeting is recorded but adopts no resolution', () => {
      given([council, scheduled])
        .when(hold({ present: 19 }))
        .thenThrows(ResolutionsWithoutQuorum, /without a quorum/);
      expect(
        meetingDecider.decide(hold({ present: 19, resolutions: [] }), foldEvents(meetingDecider, [council, scheduled]))[0].data,
      ).toMatchObject({ quorumMet: false, resolutions: [] });
    });

    it('refuses votes beyond those present, and more present than members', () => {
      given([council, scheduled])
        .when(hold({ resolutions: [{ title: 'x', votesFor: 20, votesAgainst: 5 }] }))
        .thenThrows(VotesExceedPresent, /at most those present/);
      given([council, scheduled])
        .when(hold({ resolutions: [{ title: 'x', votesFor: -1 }] }))
        .thenThrows(MeetingNumberInvalid, /votesFor/);
      given([council, scheduled])
        .when(hold({ present: 31 }))
        .thenThrows(PresentExceedsMembers);
      given([council, scheduled])
        .when(hold({ present: 2.5 }))
        .thenThrows(MeetingNumberInvalid, /present/);
    });

    it('takes the body size of the day, which then stands for the series', () => {
      const state = foldEvents(meetingDecider, [council, scheduled]);
      const events = meetingDecider.decide(hold({ present: 31, membersTotal: 33 }), state);
      expect(events[0].data).toMatchObject({ membersTotal: 33, quorumMet: true });
      expect(events.reduce(meetingDecider.evolve, state)).toMatchObject({ membersTotal: 33, lastOrdinal: 5 });
    });

    it('is held once, not after a cancellation, and not before the series was declared', () => {
      given([council, scheduled, held])
        .when(hold())
        .thenThrows(MeetingAlreadyHeld, /held once/);
      given([council, scheduled, cancelled]).when(hold()).thenThrows(MeetingCancelledError);
      given([council])
        .when(hold({ heldOn: '2022-12-20' }))
        .thenThrows(MeetingHeldBeforeDeclaration, /counted by its heldSoFar/);
      const { title: _untitled, ...onTheDay } = { ...held.data, occurredOn: '2023-01-01' };
      given([council])
        .when(hold({ heldOn: '2023-01-01' }))
        .then([{ type: 'MeetingHeld', data: onTheDay }]);
    });
  });

  describe('HoldMeeting recorded out of date order', () => {
    /** Meeting `id` held on `on`, with no attendance stated (the quorum is then unknown). */
    const heldAt = (id: string, on: string, ordinal: number): MeetingEvent => ({
      type: 'MeetingHeld',
      data: { occurredOn: on, ...series, meetingId: id, ordinal, membersTotal: 30, resolutions: [], minutesRecorded: false },
    });
    const holdOn = (id: string, on: string): HoldMeeting => ({ type: 'HoldMeeting', data: { meetingId: id, heldOn: on } });

    it('gives a meeting arriving late the ordinal it takes by date, and renumbers the later ones', () =>
      given([council, heldAt('june', '2023-06-01', 5), heldAt('oct', '2023-10-01', 6)])
        .when(holdOn('march', '2023-03-01'))
        .then([
          heldAt('march', '2023-03-01', 5),
          {
            type: 'MeetingsRenumbered',
            data: {
              occurredOn: '2023-03-01',
              ...series,
              insertedMeetingId: 'march',
              renumbered: [
                { meetingId: 'june', ordinal: 6, previousOrdinal: 5 },
                { meetingId: 'oct', ordinal: 7, previousOrdinal: 6 },
              ],
            },
          },
        ]));

    it('moves only the meetings held after it', () =>
      given([council, heldAt('june', '2023-06-01', 5), heldAt('oct', '2023-10-01', 6)])
        .when(holdOn('aug', '2023-08-01'))
        .then([
          heldAt('aug', '2023-08-01', 6),
          {
            type: 'MeetingsRenumbered',
            data: {
              occurredOn: '2023-08-01',
              ...series,
              insertedMeetingId: 'aug',
              renumbered: [{ meetingId: 'oct', ordinal: 7, previousOrdinal: 6 }],
            },
          },
        ]));

    it('renumbers nothing for a meeting held after the others, or on the day of the last one', () => {
      given([council, heldAt('june', '2023-06-01', 5)])
        .when(holdOn('oct', '2023-10-01'))
        .then([heldAt('oct', '2023-10-01', 6)]);
      given([council, heldAt('june', '2023-06-01', 5)])
        .when(holdOn('june-b', '2023-06-01'))
        .then([heldAt('june-b', '2023-06-01', 6)]);
    });

    it('keeps arrival order between meetings of the same day: the one recorded later comes after', () =>
      given([council, heldAt('a', '2023-06-01', 5), heldAt('b', '2023-06-01', 6), heldAt('c', '2023-09-01', 7)])
        .when(holdOn('d', '2023-06-01'))
        .then([
          heldAt('d', '2023-06-01', 7),
          {
            type: 'MeetingsRenumbered',
            data: {
              occurredOn: '2023-06-01',
              ...series,
              insertedMeetingId: 'd',
              renumbered: [{ meetingId: 'c', ordinal: 8, previousOrdinal: 7 }],
            },
          },
        ]));

    it('ends with the ordinals a log recorded in date order has, whatever the arrival order', () => {
      const dates = { a: '2023-02-01', b: '2023-04-01', c: '2023-04-01', d: '2023-08-01', e: '2023-11-30' } as const;
      const ordinalsAfter = (order: (keyof typeof dates)[]) => {
        let state = foldEvents(meetingDecider, [council]);
        for (const id of order) state = meetingDecider.decide(holdOn(id, dates[id]), state).reduce(meetingDecider.evolve, state);
        if (state.status !== 'declared') throw new Error('undeclared');
        return {
          ordinals: Object.fromEntries(Object.entries(state.meetings).map(([id, m]) => [id, m.ordinal])),
          lastOrdinal: state.lastOrdinal,
          lastHeldOn: state.lastHeldOn,
        };
      };
      const inOrder = ordinalsAfter(['a', 'b', 'c', 'd', 'e']);
      expect(inOrder.ordinals).toEqual({ a: 5, b: 6, c: 7, d: 8, e: 9 });
      expect(ordinalsAfter(['e', 'd', 'b', 'c', 'a'])).toEqual(inOrder);
      expect(ordinalsAfter(['d', 'a', 'e', 'b', 'c'])).toEqual(inOrder);
      expect(inOrder).toMatchObject({ lastOrdinal: 9, lastHeldOn: '2023-11-30' });
    });

    it('takes the body size of its own day, not that of a later meeting', () => {
      const enlarged = {
        ...heldAt('june', '2023-06-01', 5),
        data: { ...heldAt('june', '2023-06-01', 5).data, membersTotal: 36 },
      } as MeetingEvent;
      const state = foldEvents(meetingDecider, [council, enlarged]);
      expect(state).toMatchObject({ membersTotal: 36 });
      const [early] = meetingDecider.decide(hold({ meetingId: 'march', heldOn: '2023-03-01', present: 20, resolutions: [] }), state);
      expect(early.data).toMatchObject({ ordinal: 5, membersTotal: 30, quorumMet: true });
      const after = meetingDecider
        .decide(hold({ meetingId: 'march', heldOn: '2023-03-01', present: 20, resolutions: [] }), state)
        .reduce(meetingDecider.evolve, state);
      expect(after).toMatchObject({ membersTotal: 36, lastOrdinal: 6, lastHeldOn: '2023-06-01' });
    });
  });

  describe('HoldMeeting whose attendance is not known', () => {
    const undeclaredSize: MeetingEvent = { type: 'MeetingSeriesDeclared', data: { occurredOn: '2023-01-01', ...series, heldSoFar: 4 } };

    it('leaves the quorum unknown, not "not met", when present or the size is not stated', () => {
      const [noPresent] = meetingDecider.decide(
        { type: 'HoldMeeting', data: { meetingId: 'm5', heldOn: '2023-04-20' } },
        foldEvents(meetingDecider, [council]),
      );
      expect(noPresent.data).toEqual({
        occurredOn: '2023-04-20',
        ...series,
        meetingId: 'm5',
        ordinal: 5,
        membersTotal: 30,
        resolutions: [],
        minutesRecorded: false,
      });
      const [noSize] = meetingDecider.decide(
        { type: 'HoldMeeting', data: { meetingId: 'm5', heldOn: '2023-04-20', present: 3 } },
        foldEvents(meetingDecider, [undeclaredSize]),
      );
      expect(noSize.data).toEqual({
        occurredOn: '2023-04-20',
        ...series,
        meetingId: 'm5',
        ordinal: 5,
        present: 3,
        resolutions: [],
        minutesRecorded: false,
      });
      expect('quorumMet' in noPresent.data || 'quorumMet' in noSize.data).toBe(false);
    });

    it('refuses resolutions without the members present, since votes are counted against them', () => {
      given([council, scheduled])
        .when(hold({ present: undefined }))
        .thenThrows(ResolutionsNeedAttendance, /state present/);
      given([undeclaredSize])
        .when(hold({ present: undefined }))
        .thenThrows(ResolutionsNeedAttendance);
    });

    it('adopts resolutions with present stated and the size unknown: the quorum is unknown, not missing', () => {
      const [event] = meetingDecider.decide(hold(), foldEvents(meetingDecider, [undeclaredSize]));
      expect(event.data).toMatchObject({ present: 24, resolutions: [{ passed: true }] });
      expect(event.data).not.toHaveProperty('quorumMet');
      expect(event.data).not.toHaveProperty('membersTotal');
    });
  });

  describe('RecordMeetingMinutes', () => {
    it('records the minutes of a held meeting once', () => {
      given([council, scheduled, held])
        .when(minutes())
        .then([
          { type: 'MeetingMinutesRecorded', data: { occurredOn: '2023-04-25', ...series, meetingId: 'm5', minutesRef: '纪要〔2023〕3号' } },
        ]);
      const recorded: MeetingEvent = { type: 'MeetingMinutesRecorded', data: { occurredOn: '2023-04-25', ...series, meetingId: 'm5' } };
      given([council, scheduled, held, recorded]).when(minutes()).thenThrows(MinutesAlreadyRecorded);
      given([council, scheduled, { ...held, data: { ...held.data, minutesRecorded: true } } as MeetingEvent])
        .when(minutes())
        .thenThrows(MinutesAlreadyRecorded);
    });

    it('needs the meeting held, and the minutes no earlier', () => {
      given([council, scheduled])
        .when(minutes())
        .thenThrows(MeetingNotHeld, /held meeting/);
      given([council]).when(minutes()).thenThrows(MeetingNotHeld);
      given([council, scheduled, cancelled]).when(minutes()).thenThrows(MeetingCancelledError);
      given([council, scheduled, held]).when(minutes('2023-04-19')).thenThrows(MeetingDatesOutOfOrder);
    });
  });

  describe('CancelMeeting', () => {
    it('cancels a scheduled meeting, which then takes nothing further', () => {
      given([council, scheduled]).when(cancel()).then([cancelled]);
      given([council, scheduled, cancelled])
        .when(cancel())
        .thenThrows(MeetingCancelledError, /no further commands/);
    });

    it('only a scheduled meeting not yet held, with a reason', () => {
      given([council, scheduled, held]).when(cancel()).thenThrows(MeetingNotCancellable);
      given([council]).when(cancel()).thenThrows(MeetingNotScheduled);
      given([council, scheduled]).when(cancel(' ')).thenThrows(MeetingReasonRequired);
    });

    it('a cancelled meeting takes no number', () => {
      const state = foldEvents(meetingDecider, [council, scheduled, cancelled]);
      expect(
        meetingDecider.decide({ ...hold(), data: { ...hold().data, meetingId: 'm5b' } } as MeetingCommand, state)[0].data,
      ).toMatchObject({ ordinal: 5 });
    });
  });

  it('names streams meetings-<tenant>.<body>-t<term>', () => {
    expect(toMeetingSeriesStreamId('schxa', meetingSeriesId('council', 4))).toBe('meetings-schxa.council-t4');
    expect(toMeetingSeriesStreamId('schxa', meetingSeriesId('branch-rehab', 2))).toBe('meetings-schxa.branch-rehab-t2');
  });
});

describe('meeting ids that name Object.prototype members', () => {
  it('schedules a meeting with the id "constructor" like any other', () => {
    const declared = meetingDecider.decide(
      { type: 'DeclareMeetingSeries', data: { body: 'council', term: 4, membersTotal: 60, declaredOn: '2023-01-01' } } as never,
      meetingDecider.initialState(),
    );
    const state = declared.reduce(meetingDecider.evolve, meetingDecider.initialState());
    const events = meetingDecider.decide(
      { type: 'ScheduleMeeting', data: { body: 'council', term: 4, meetingId: 'constructor', scheduledOn: '2023-06-01' } } as never,
      state,
    );
    expect(events.map((e) => e.type)).toEqual(['MeetingScheduled']);
  });
});
