import { deciderSpec } from '../shared/decider-spec';
import { foldEvents } from '../shared/decider';
import type { ActivityCommand, HeldActivityInput } from './activity.commands';
import { activityDecider } from './activity.decider';
import type { ActivityEvent } from './activity.events';
import {
  ActivityAlreadyRecorded,
  ActivityBackfillNeedsSource,
  ActivityCorrectionEmpty,
  ActivityCorrectionNotApplicable,
  ActivityCountInvalid,
  ActivityDateInvalid,
  ActivityEndsBeforeStart,
  ActivityNotRecorded,
  ActivityReasonRequired,
  ActivityRecordRetractedError,
  ActivitySessionsInvalid,
  OnlineSessionsInconsistent,
  PassedExceedsParticipants,
} from './activity.errors';
import { activityBackfillId, toActivityStreamId } from './activity.stream';

const given = deciderSpec(activityDecider);
const base: HeldActivityInput = {
  activityId: 'a1',
  title: '急诊急救能力提升培训班',
  heldOn: '2023-04-12',
  organizer: { kind: 'branch', branchId: 'emergency' },
  sessions: 2,
  mode: 'offline',
  participants: { value: 180, approximate: false },
};
const facts = {
  occurredOn: '2023-04-12',
  activityId: 'a1',
  title: '急诊急救能力提升培训班',
  organizer: { kind: 'branch', branchId: 'emergency' },
  sessions: 2,
  mode: 'offline',
  onlineSessions: 0,
  participants: { value: 180, approximate: false },
} as const;
const training: ActivityEvent = { type: 'TrainingHeld', data: { ...facts, cmeCreditProject: true, passed: 170 } };
const academic: ActivityEvent = { type: 'AcademicEventHeld', data: facts };
const backfillData = {
  activityId: activityBackfillId('academic', 2023),
  activityKind: 'academic',
  year: 2023,
  sessions: 54,
  onlineSessions: 18,
  participants: { value: 30300, approximate: true },
  note: '学术活动 54 场次(其中线上 18), 30300余人次',
  source: { document: '2023年工作总结', section: '二、学术活动' },
} as const;
const backfillCommand: ActivityCommand = { type: 'RecordActivitiesBackfill', data: backfillData };
const backfilled: ActivityEvent = { type: 'ActivitiesBackfilled', data: { occurredOn: '2023-12-31', ...backfillData } };
const retracted: ActivityEvent = {
  type: 'ActivityRecordRetracted',
  data: {
    occurredOn: '2023-05-01',
    activityId: 'a1',
    reason: 'duplicate entry',
    previousOccurredOn: '2023-04-12',
    record: { status: 'held', kind: 'training', data: training.data },
  },
};
const correct = (changes: object, reason = '名单核对') =>
  ({ type: 'CorrectActivityRecord', data: { activityId: 'a1', correctedOn: '2023-05-01', changes, reason } }) as ActivityCommand;

describe('Activity decider', () => {
  describe('recording held activities', () => {
    it('records a training with its CME flag and those who passed; offline means no online sessions', () =>
      given([])
        .when({ type: 'RecordTraining', data: { ...base, cmeCreditProject: true, passed: 170 } })
        .then([training]));

    it('records each kind as its own event, with its own fields', () => {
      given([]).when({ type: 'RecordAcademicEvent', data: base }).then([academic]);
      given([])
        .when({ type: 'RecordCompetition', data: { ...base, teams: 12 } })
        .then([{ type: 'CompetitionHeld', data: { ...facts, teams: 12 } }]);
      given([])
        .when({ type: 'RecordPublicWelfareActivity', data: { ...base, peopleServed: { value: 500, approximate: true } } })
        .then([{ type: 'PublicWelfareActivityHeld', data: { ...facts, peopleServed: { value: 500, approximate: true } } }]);
      given([])
        .when({ type: 'RecordExchangeVisit', data: base })
        .then([{ type: 'ExchangeVisitHeld', data: facts }]);
      given([])
        .when({ type: 'RecordStudySession', data: { ...base, endedOn: '2023-04-13' } })
        .then([{ type: 'StudySessionHeld', data: { ...facts, endedOn: '2023-04-13' } }]);
    });

    it('an online activity has all its sessions online', () =>
      given([])
        .when({ type: 'RecordAcademicEvent', data: { ...base, mode: 'online' } })
        .then([{ type: 'AcademicEventHeld', data: { ...facts, mode: 'online', onlineSessions: 2 } }]));

    it('a hybrid activity states its online sessions, at least one and at most all', () => {
      given([])
        .when({ type: 'RecordAcademicEvent', data: { ...base, mode: 'hybrid', onlineSessions: 1 } })
        .then([{ type: 'AcademicEventHeld', data: { ...facts, mode: 'hybrid', onlineSessions: 1 } }]);
      given([])
        .when({ type: 'RecordAcademicEvent', data: { ...base, mode: 'hybrid' } })
        .thenThrows(OnlineSessionsInconsistent, /hybrid/);
      given([])
        .when({ type: 'RecordAcademicEvent', data: { ...base, mode: 'hybrid', onlineSessions: 0 } })
        .thenThrows(OnlineSessionsInconsistent);
      given([])
        .when({ type: 'RecordAcademicEvent', data: { ...base, mode: 'hybrid', onlineSessions: 3 } })
        .thenThrows(OnlineSessionsInconsistent);
    });

    it('refuses online sessions that contradict the mode', () => {
      given([])
        .when({ type: 'RecordAcademicEvent', data: { ...base, onlineSessions: 1 } })
        .thenThrows(OnlineSessionsInconsistent, /none when offline/);
      given([])
        .when({ type: 'RecordAcademicEvent', data: { ...base, mode: 'online', onlineSessions: 1 } })
        .thenThrows(OnlineSessionsInconsistent);
      given([])
        .when({ type: 'RecordAcademicEvent', data: { ...base, mode: 'online', onlineSessions: 1.5 } })
        .thenThrows(OnlineSessionsInconsistent);
    });

    it('is held in at least one whole session', () => {
      given([])
        .when({ type: 'RecordTraining', data: { ...base, sessions: 0 } })
        .thenThrows(ActivitySessionsInvalid, /at least one/);
      given([])
        .when({ type: 'RecordTraining', data: { ...base, sessions: 1.5 } })
        .thenThrows(ActivitySessionsInvalid);
    });

    it('refuses counts that are not whole numbers of at least zero', () => {
      given([])
        .when({ type: 'RecordTraining', data: { ...base, participants: { value: -1, approximate: false } } })
        .thenThrows(ActivityCountInvalid, /participants/);
      given([])
        .when({ type: 'RecordTraining', data: { ...base, passed: 2.5 } })
        .thenThrows(ActivityCountInvalid, /passed/);
      given([])
        .when({ type: 'RecordCompetition', data: { ...base, teams: -3 } })
        .thenThrows(ActivityCountInvalid, /teams/);
      given([])
        .when({ type: 'RecordPublicWelfareActivity', data: { ...base, peopleServed: { value: 1.2, approximate: true } } })
        .thenThrows(ActivityCountInvalid, /peopleServed/);
    });

    it('refuses more passed than participants', () =>
      given([])
        .when({ type: 'RecordTraining', data: { ...base, passed: 181 } })
        .thenThrows(PassedExceedsParticipants, /at most the participants/));

    it('refuses an end before the start and a date that is not a calendar date', () => {
      given([])
        .when({ type: 'RecordTraining', data: { ...base, endedOn: '2023-04-11' } })
        .thenThrows(ActivityEndsBeforeStart);
      given([])
        .when({ type: 'RecordTraining', data: { ...base, heldOn: '2023-02-30' } })
        .thenThrows(ActivityDateInvalid, /heldOn/);
    });

    it('is recorded once per activityId, and a retracted id is not reused', () => {
      given([training])
        .when({ type: 'RecordAcademicEvent', data: base })
        .thenThrows(ActivityAlreadyRecorded, /recorded once/);
      given([training, retracted]).when({ type: 'RecordTraining', data: base }).thenThrows(ActivityRecordRetractedError);
    });
  });

  describe('RecordActivitiesBackfill', () => {
    it('records a yearly total as the source gives it, dated on the last day of the year', () =>
      given([]).when(backfillCommand).then([backfilled]));

    it('refuses more online sessions than sessions', () =>
      given([])
        .when({ type: 'RecordActivitiesBackfill', data: { ...backfillData, onlineSessions: 55 } })
        .thenThrows(OnlineSessionsInconsistent));

    it('must cite its source document', () =>
      given([])
        .when({ type: 'RecordActivitiesBackfill', data: { ...backfillData, source: { document: ' ', section: '' } } })
        .thenThrows(ActivityBackfillNeedsSource, /cite the document/));

    it('refuses a year that is not a calendar year and negative sessions', () => {
      given([])
        .when({ type: 'RecordActivitiesBackfill', data: { ...backfillData, year: 23 } })
        .thenThrows(ActivityDateInvalid, /year/);
      given([])
        .when({ type: 'RecordActivitiesBackfill', data: { ...backfillData, sessions: -1 } })
        .thenThrows(ActivityCountInvalid);
    });

    it('is recorded once per stream', () => given([backfilled]).when(backfillCommand).thenThrows(ActivityAlreadyRecorded));
  });

  describe('CorrectActivityRecord', () => {
    it('records only the fields that change', () =>
      given([training])
        .when(correct({ participants: { value: 186, approximate: false }, title: training.data.title }))
        .then([
          {
            type: 'ActivityRecordCorrected',
            data: {
              occurredOn: '2023-05-01',
              activityId: 'a1',
              changes: { participants: { value: 186, approximate: false } },
              reason: '名单核对',
              previousOccurredOn: '2023-04-12',
              previous: { status: 'held', kind: 'training', data: training.data },
              record: { status: 'held', kind: 'training', data: { ...training.data, participants: { value: 186, approximate: false } } },
            },
          },
        ]));

    it("carries the record's date and the whole record before the correction, and the whole corrected record (event-carried state)", () => {
      const [event] = activityDecider.decide(
        correct({ heldOn: '2024-01-03', participants: { value: 200, approximate: true } }),
        foldEvents(activityDecider, [training]),
      );
      expect(event).toEqual({
        type: 'ActivityRecordCorrected',
        data: {
          occurredOn: '2023-05-01',
          activityId: 'a1',
          reason: '名单核对',
          changes: { heldOn: '2024-01-03', participants: { value: 200, approximate: true } },
          previousOccurredOn: '2023-04-12',
          previous: { status: 'held', kind: 'training', data: training.data },
          record: {
            status: 'held',
            kind: 'training',
            data: { ...training.data, occurredOn: '2024-01-03', participants: { value: 200, approximate: true } },
          },
        },
      });
      // The carried record is what the stream folds to.
      expect(foldEvents(activityDecider, [training, event])).toEqual(
        event.type === 'ActivityRecordCorrected' ? event.data.record : undefined,
      );
    });

    it('applies corrections to the record; a new heldOn moves the record date', () => {
      const corrections: ActivityEvent[] = [
        {
          type: 'ActivityRecordCorrected',
          data: {
            occurredOn: '2023-05-01',
            activityId: 'a1',
            changes: { heldOn: '2023-04-10', mode: 'hybrid', onlineSessions: 1 },
            reason: 'r',
            previousOccurredOn: '2023-04-12',
            previous: { status: 'held', kind: 'training', data: training.data },
            record: {
              status: 'held',
              kind: 'training',
              data: { ...training.data, occurredOn: '2023-04-10', mode: 'hybrid', onlineSessions: 1 },
            },
          },
        },
      ];
      expect(foldEvents(activityDecider, [training, ...corrections])).toMatchObject({
        status: 'held',
        kind: 'training',
        data: { occurredOn: '2023-04-10', mode: 'hybrid', onlineSessions: 1, passed: 170 },
      });
    });

    it('re-checks the consistency rules on the corrected whole', () => {
      given([training])
        .when(correct({ mode: 'online' }))
        .thenThrows(OnlineSessionsInconsistent);
      given([training])
        .when(correct({ participants: { value: 100, approximate: false } }))
        .thenThrows(PassedExceedsParticipants);
      given([training])
        .when(correct({ endedOn: '2023-01-01' }))
        .thenThrows(ActivityEndsBeforeStart);
      given([backfilled])
        .when(correct({ sessions: 10 }))
        .thenThrows(OnlineSessionsInconsistent);
    });

    it('changes only fields that apply to the kind of record', () => {
      given([academic])
        .when(correct({ passed: 3 }))
        .thenThrows(ActivityCorrectionNotApplicable, /passed on a academic record/);
      given([backfilled])
        .when(correct({ title: 'x' }))
        .thenThrows(ActivityCorrectionNotApplicable);
      given([backfilled])
        .when(correct({ participants: { value: 30500, approximate: true } }))
        .then([
          {
            type: 'ActivityRecordCorrected',
            data: {
              occurredOn: '2023-05-01',
              activityId: 'a1',
              changes: { participants: { value: 30500, approximate: true } },
              reason: '名单核对',
              previousOccurredOn: '2023-12-31',
              previous: { status: 'backfilled', data: backfilled.data },
              record: { status: 'backfilled', data: { ...backfilled.data, participants: { value: 30500, approximate: true } } },
            },
          },
        ]);
    });

    it('must change something and state a reason', () => {
      given([training])
        .when(correct({ sessions: 2 }))
        .thenThrows(ActivityCorrectionEmpty);
      given([training]).when(correct({})).thenThrows(ActivityCorrectionEmpty);
      given([training])
        .when(correct({ sessions: 3 }, '  '))
        .thenThrows(ActivityReasonRequired, /state its reason/);
    });

    it('needs a record', () =>
      given([])
        .when(correct({ sessions: 3 }))
        .thenThrows(ActivityNotRecorded));
  });

  describe('RetractActivityRecord', () => {
    const retract = (reason = 'duplicate entry') =>
      ({ type: 'RetractActivityRecord', data: { activityId: 'a1', retractedOn: '2023-05-01', reason } }) as const;

    it('retracts a record, which then takes nothing further', () => {
      given([training]).when(retract()).then([retracted]);
      given([backfilled])
        .when(retract())
        .then([
          {
            type: 'ActivityRecordRetracted',
            data: {
              occurredOn: '2023-05-01',
              activityId: 'a1',
              reason: 'duplicate entry',
              previousOccurredOn: '2023-12-31',
              record: { status: 'backfilled', data: backfilled.data },
            },
          },
        ]);
      given([training, retracted])
        .when(correct({ sessions: 3 }))
        .thenThrows(ActivityRecordRetractedError, /no further commands/);
      given([training, retracted]).when(retract()).thenThrows(ActivityRecordRetractedError);
    });

    it('needs a record and a reason', () => {
      given([]).when(retract()).thenThrows(ActivityNotRecorded);
      given([training]).when(retract('')).thenThrows(ActivityReasonRequired);
    });
  });

  it('names streams activity-<tenant>.<activityId>', () => {
    expect(toActivityStreamId('schxa', 'a1')).toBe('activity-schxa.a1');
    expect(toActivityStreamId('schxa', activityBackfillId('training', 2023, 2))).toBe('activity-schxa.backfill-training-2023-2');
  });
});
