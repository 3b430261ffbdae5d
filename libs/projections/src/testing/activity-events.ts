import fc from 'fast-check';
import { activity, addDays } from '@assocflow/domain';
import { simulate } from './projection-harness';

/** Valid sequences of activity events (through the decider): holds, backfills, corrections and retractions, ids like `__proto__` included. */
const TENANTS = ['sichuan', 'shandong'];
const KINDS: activity.ActivityKind[] = ['training', 'academic', 'competition', 'welfare', 'exchange', 'study'];
const IDS = [
  'a1',
  'a2',
  'a3',
  'a4',
  '__proto__',
  'constructor',
  activity.activityBackfillId('training', 2022),
  activity.activityBackfillId('welfare', 2023, 2),
];
const day = (n: number) => addDays('2021-06-01', n);
const RECORD: Record<activity.ActivityKind, activity.ActivityCommand['type']> = {
  training: 'RecordTraining',
  academic: 'RecordAcademicEvent',
  competition: 'RecordCompetition',
  welfare: 'RecordPublicWelfareActivity',
  exchange: 'RecordExchangeVisit',
  study: 'RecordStudySession',
};

const intent = fc.record({
  tenant: fc.constantFrom(...TENANTS),
  id: fc.constantFrom(...IDS),
  what: fc.constantFrom('hold', 'hold', 'backfill', 'correct', 'correct', 'retract'),
  kind: fc.constantFrom(...KINDS),
  a: fc.nat({ max: 1400 }),
  b: fc.nat({ max: 900 }),
  approximate: fc.boolean(),
});
type Intent = typeof intent extends fc.Arbitrary<infer T> ? T : never;

const recordedOn = (s: activity.ActivityState) => (s.status === 'held' || s.status === 'backfilled' ? s.data.occurredOn : undefined);

function command(i: Intent, s: activity.ActivityState): activity.ActivityCommand | undefined {
  const sessions = 1 + (i.b % 20);
  const participants = { value: i.b * 7, approximate: i.approximate };
  switch (i.what) {
    case 'hold': {
      const data = {
        activityId: i.id,
        title: `活动${i.a}`,
        heldOn: day(i.a),
        organizer: i.b % 2 ? { kind: 'branch' as const, branchId: 'rehab' } : { kind: 'organization' as const },
        sessions,
        mode: (['online', 'offline', 'hybrid'] as const)[i.b % 3],
        onlineSessions: i.b % 3 === 2 ? 1 : undefined,
        participants,
        ...(i.kind === 'training' ? { passed: i.b % 5, cmeCreditProject: i.approximate } : {}),
        ...(i.kind === 'welfare' ? { peopleServed: { value: i.a, approximate: true } } : {}),
        ...(i.kind === 'competition' ? { teams: i.b % 9 } : {}),
      };
      return { type: RECORD[i.kind], data } as activity.ActivityCommand;
    }
    case 'backfill': {
      const named = /^backfill-(\w+)-(\d{4})-/.exec(i.id);
      const kind = (named?.[1] as activity.ActivityKind | undefined) ?? i.kind;
      return {
        type: 'RecordActivitiesBackfill',
        data: {
          activityId: i.id,
          activityKind: kind,
          year: named ? Number(named[2]) : 2021 + (i.a % 4),
          sessions,
          onlineSessions: i.b % 2,
          participants,
          note: `${sessions}场次`,
          source: { document: '工作总结', section: '二' },
          ...(kind === 'welfare' ? { peopleServed: { value: i.a, approximate: true } } : {}),
        },
      };
    }
    case 'correct': {
      const after = recordedOn(s);
      if (!after) return undefined;
      const changes: activity.ActivityChanges =
        s.status === 'held'
          ? {
              ...(i.b % 2 ? { heldOn: day(i.a) } : {}),
              title: `更正${i.b}`,
              participants,
              ...(i.b % 3 === 0 ? { sessions: s.data.sessions, mode: s.data.mode } : {}),
            }
          : { participants, note: `更正${i.b}` };
      return { type: 'CorrectActivityRecord', data: { activityId: i.id, correctedOn: addDays(after, i.b), changes, reason: '核对' } };
    }
    case 'retract': {
      const after = recordedOn(s);
      return after
        ? { type: 'RetractActivityRecord', data: { activityId: i.id, retractedOn: addDays(after, i.b), reason: '重复录入' } }
        : undefined;
    }
    default:
      return undefined;
  }
}

export const validActivityEvents = fc.array(intent, { minLength: 5, maxLength: 100, size: 'max' }).map((intents) =>
  simulate(
    activity.activityDecider,
    intents.map((i) => ({
      tenant: i.tenant,
      streamId: activity.toActivityStreamId(i.tenant, i.id),
      command: (s: activity.ActivityState) => command(i, s),
    })),
  ),
);
