import { deciderSpec } from '../shared/decider-spec';
import type { ActivityCommand } from './activity.commands';
import { activityDecider } from './activity.decider';
import { ActivityCountInvalid, BackfillFieldNotApplicable } from './activity.errors';
import { activityBackfillId } from './activity.stream';

const given = deciderSpec(activityDecider);
const source = { document: '广中医发〔2021〕9号', section: '九' };
const welfare = {
  activityId: activityBackfillId('welfare', 2020),
  activityKind: 'welfare',
  year: 2020,
  sessions: 13,
  onlineSessions: 0,
  participants: { value: 0, approximate: false },
  note: '送医药下乡活动13次，义诊群众11000余人次',
  source,
} as const;
const backfill = (data: object) => ({ type: 'RecordActivitiesBackfill', data: { ...welfare, ...data } }) as ActivityCommand;

describe('Activity backfill: what a total states beyond sessions and participants', () => {
  it('keeps the people a welfare total served, and sessions given as a lower bound', () =>
    given([])
      .when(backfill({ peopleServed: { value: 11000, approximate: true }, sessionsApproximate: true }))
      .then([
        {
          type: 'ActivitiesBackfilled',
          data: { occurredOn: '2020-12-31', ...welfare, sessionsApproximate: true, peopleServed: { value: 11000, approximate: true } },
        },
      ]));

  it('keeps the CME credit projects a training total states', () => {
    const training = {
      ...welfare,
      activityId: activityBackfillId('training', 2020),
      activityKind: 'training' as const,
      sessions: 6,
      cmeCreditProjects: 6,
    };
    given([])
      .when({ type: 'RecordActivitiesBackfill', data: training } as ActivityCommand)
      .then([{ type: 'ActivitiesBackfilled', data: { occurredOn: '2020-12-31', ...training } }]);
  });

  it('states nothing it was not given', () =>
    given([])
      .when(backfill({}))
      .then([{ type: 'ActivitiesBackfilled', data: { occurredOn: '2020-12-31', ...welfare } }]));

  it('refuses people served on a total other than welfare, and CME projects on a total other than training', () => {
    given([])
      .when(backfill({ activityKind: 'academic', peopleServed: { value: 1, approximate: false } }))
      .thenThrows(BackfillFieldNotApplicable, /peopleServed/);
    given([])
      .when(backfill({ cmeCreditProjects: 2 }))
      .thenThrows(BackfillFieldNotApplicable, /cmeCreditProjects/);
  });

  it('refuses counts that are not whole numbers', () => {
    given([])
      .when(backfill({ peopleServed: { value: 1.5, approximate: false } }))
      .thenThrows(ActivityCountInvalid, /peopleServed/);
    given([])
      .when(backfill({ activityKind: 'training', cmeCreditProjects: -1 }))
      .thenThrows(ActivityCountInvalid, /cmeCreditProjects/);
  });
});
