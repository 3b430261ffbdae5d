import { deciderSpec } from '../shared/decider-spec';
import type { ActivityCommand, HeldActivityInput } from './activity.commands';
import { activityDecider } from './activity.decider';
import { ActivityCountInvalid } from './activity.errors';
import type { ActivityReach } from './activity.events';

const given = deciderSpec(activityDecider);
const n = (value: number, approximate = false) => ({ value, approximate });
const base: HeldActivityInput = {
  activityId: 'w1',
  title: '筠连县义诊',
  heldOn: '2023-06-10',
  organizer: { kind: 'organization' },
  sessions: 1,
  mode: 'offline',
  participants: n(60),
};
const { heldOn, ...rest } = base;
const facts = { occurredOn: heldOn, ...rest, onlineSessions: 0 };
const welfare = (reach: object) => ({ type: 'RecordPublicWelfareActivity', data: { ...base, reach } }) as ActivityCommand;

describe('Activity reach: breakdowns a document states, kept apart from the totals', () => {
  it('keeps services, findings, media, teams, submissions by kind, places at two levels and a team sent on', () => {
    const reach: ActivityReach = {
      services: [{ name: '超声', count: { ...n(613), unit: '人次' } }],
      findings: [{ name: '先心病患儿', count: n(8) }],
      mediaOutlets: n(10),
      teams: n(9),
      submissionsByKind: [
        { kind: 'paper', count: n(161) },
        { kind: 'case', count: n(64) },
      ],
      regions: { count: n(16), level: 'city' },
      regionsAtOtherLevels: [{ count: n(112), level: 'county' }],
      teamSent: {
        contest: '第七届全国急救技能大赛',
        members: [
          { name: '院前急救人员', count: n(3) },
          { name: '调度员', count: n(2) },
        ],
        result: '优胜奖',
      },
    };
    given([])
      .when(welfare(reach))
      .then([{ type: 'PublicWelfareActivityHeld', data: { ...facts, reach } }]);
  });

  it('refuses a breakdown naming nothing, a kind or level twice, and counts that are not counts', () => {
    given([])
      .when(welfare({ services: [] }))
      .thenThrows(ActivityCountInvalid, /reach\.services/);
    given([])
      .when(welfare({ findings: [{ name: ' ', count: n(8) }] }))
      .thenThrows(ActivityCountInvalid, /reach\.findings\[0\]\.name/);
    given([])
      .when(welfare({ services: [{ name: '超声', count: n(-1) }] }))
      .thenThrows(ActivityCountInvalid, /reach\.services\[0\]\.count/);
    given([])
      .when(
        welfare({
          submissionsByKind: [
            { kind: 'paper', count: n(1) },
            { kind: 'paper', count: n(2) },
          ],
        }),
      )
      .thenThrows(ActivityCountInvalid, /reach\.submissionsByKind/);
    given([])
      .when(welfare({ submissionsByKind: [{ kind: 'poem', count: n(1) }] }))
      .thenThrows(ActivityCountInvalid, /submissionsByKind\[0\]\.kind/);
    given([])
      .when(welfare({ regions: { count: n(16), level: 'city' }, regionsAtOtherLevels: [{ count: n(3), level: 'city' }] }))
      .thenThrows(ActivityCountInvalid, /regionsAtOtherLevels/);
    given([])
      .when(welfare({ teamSent: { contest: '', members: [{ name: '调度员', count: n(2) }] } }))
      .thenThrows(ActivityCountInvalid, /teamSent\.contest/);
    given([])
      .when(welfare({ mediaOutlets: n(1.5) }))
      .thenThrows(ActivityCountInvalid, /mediaOutlets/);
  });
});
