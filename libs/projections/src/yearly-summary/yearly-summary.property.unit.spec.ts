import fc from 'fast-check';
import {
  activity,
  addDays,
  alliance,
  branch,
  work,
  operations,
  ranking,
  grant,
  honor,
  indicator,
  meeting,
  member,
  membership,
  report,
  workplan,
  type Count,
  type IsoDate,
} from '@assocflow/domain';
import { projectAll, type Projection, type ProjectedEvent } from '../projection';
import { EventRecorder } from './event-recorder';
import { yearlySummaryProjection, type IndicatorValue, type SummaryIndicators, type YearlySummaryDocument } from './index';

/**
 * Random histories of valid events: random commands run through the real deciders (a command
 * the domain refuses decides nothing), so corrections and retractions carry what the domain
 * says they carry. Business dates run forward within each stream, as they do in practice.
 */

const FIRST_DAY = '2021-01-01';
const DAYS = 4 * 365; // 2021 to 2024
const TENANT = 'schxa';
const source = { document: '工作总结', section: '一' };

const day = fc.nat({ max: DAYS - 1 });
const gap = fc.nat({ max: 400 });
const count = fc.record({ value: fc.nat({ max: 500 }), approximate: fc.boolean() });
const year = fc.integer({ min: 2021, max: 2024 });
const pick = fc.nat();

const ACTIVITY_KINDS = ['academic', 'training', 'competition', 'welfare', 'exchange', 'study'] as const;
const BRANCH_NAMES = ['康复医学分会', ' 康复医学分会', '医院感染管理分会', '智慧医院分会 ', '护理管理分会'];

const op = fc.oneof(
  // activities
  fc.record({
    t: fc.constant('held' as const),
    kind: fc.constantFrom(...ACTIVITY_KINDS),
    id: fc.constantFrom('a1', 'a2', 'a3', 'a4', 'a5'),
    day,
    sessions: fc.integer({ min: 1, max: 4 }),
    mode: fc.constantFrom('online', 'offline', 'hybrid' as const),
    participants: count,
    cme: fc.boolean(),
    passed: fc.nat({ max: 50 }),
    served: fc.option(count, { nil: undefined }),
  }),
  fc.record({
    t: fc.constant('activityBackfill' as const),
    kind: fc.constantFrom(...ACTIVITY_KINDS),
    year,
    sessions: fc.nat({ max: 60 }),
    online: fc.nat({ max: 60 }),
    participants: count,
  }),
  {
    weight: 4,
    arbitrary: fc.record({
      t: fc.constant('activityCorrect' as const),
      pick,
      gap,
      change: fc.oneof(
        fc.record({ heldOn: day }),
        fc.record({ participants: count }),
        fc.record({ sessions: fc.integer({ min: 1, max: 60 }) }),
        fc.record({ passed: fc.nat({ max: 50 }) }),
      ),
    }),
  },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('activityRetract' as const), pick, gap }) },
  // grants
  fc.record({ t: fc.constant('grantApply' as const), id: fc.constantFrom('g1', 'g2', 'g3'), day }),
  fc.record({ t: fc.constant('grantAward' as const), id: fc.constantFrom('g1', 'g2', 'g3', 'g4'), day, amount: fc.nat({ max: 100_000 }) }),
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('grantConclude' as const),
      pick,
      gap,
      outcome: fc.constantFrom('completed', 'terminated' as const),
    }),
  },
  fc.record({ t: fc.constant('grantExternal' as const), id: fc.constantFrom('e1', 'e2'), day }),
  fc.record({
    t: fc.constant('grantBackfill' as const),
    year,
    count: fc.nat({ max: 60 }),
    amount: fc.option(fc.nat({ max: 900_000 }), { nil: undefined }),
  }),
  {
    weight: 3,
    arbitrary: fc.record({
      t: fc.constant('grantCorrect' as const),
      pick,
      gap,
      change: fc.oneof(fc.record({ amountYuan: fc.nat({ max: 100_000 }) }), fc.record({ count: fc.nat({ max: 60 }) })),
    }),
  },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('grantRetract' as const), pick, gap }) },
  // reports
  fc.record({
    t: fc.constant('reportIssue' as const),
    id: fc.constantFrom('r1', 'r2', 'r3', 'r4'),
    kind: fc.constantFrom('survey', 'standard', 'newsletter', 'journal-issue', 'book' as const),
    day,
    copies: fc.option(fc.nat({ max: 5000 }), { nil: undefined }),
    issues: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
    draft: fc.boolean(),
  }),
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('reportSubmit' as const),
      pick,
      gap,
      to: fc.constantFrom('四川省卫生健康委员会', '四川省民政厅'),
    }),
  },
  fc.record({
    t: fc.constant('publicationsBackfill' as const),
    kind: fc.constantFrom('post', 'newsletter' as const),
    year,
    issues: fc.option(count, { nil: undefined }),
    copies: fc.option(count, { nil: undefined }),
    posts: fc.option(count, { nil: undefined }),
  }),
  {
    weight: 4,
    arbitrary: fc.record({
      t: fc.constant('reportCorrect' as const),
      pick,
      gap,
      change: fc.oneof(
        fc.record({ issuedOn: day }),
        fc.record({ copies: fc.nat({ max: 5000 }) }),
        fc.record({ published: fc.boolean() }),
        fc.record({ posts: count }),
      ),
    }),
  },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('reportRetract' as const), pick, gap }) },
  // honors
  fc.record({
    t: fc.constant('honorReceive' as const),
    id: fc.constantFrom('h1', 'h2', 'h3'),
    day,
    recipient: fc.constantFrom('organization', 'branch', 'person', 'staff', 'member-projects' as const),
    counted: fc.integer({ min: 1, max: 60 }),
    approximate: fc.boolean(),
  }),
  fc.record({ t: fc.constant('operations' as const), year, surgeries: fc.integer({ min: 0, max: 20000 }) }),
  fc.record({
    t: fc.constant('allianceFound' as const),
    id: fc.constantFrom('a1', 'a2'),
    day,
    members: fc.integer({ min: 1, max: 90 }),
    approximate: fc.boolean(),
  }),
  fc.record({
    t: fc.constant('honorAward' as const),
    id: fc.constantFrom('h3', 'h4'),
    day,
    awardees: fc.integer({ min: 1, max: 60 }),
    approximate: fc.boolean(),
  }),
  { weight: 2, arbitrary: fc.record({ t: fc.constant('honorRetract' as const), pick, gap }) },
  // work records
  fc.record({
    t: fc.constant('workRecord' as const),
    id: fc.constantFrom('w1', 'w2', 'w3'),
    measure: fc.constantFrom('documentsHandled', 'emergencyDrills' as const),
    day,
    yearly: fc.boolean(),
    value: fc.integer({ min: 1, max: 500 }),
    approximate: fc.boolean(),
  }),
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('workCorrect' as const),
      pick,
      gap,
      change: fc.oneof(fc.record({ value: fc.integer({ min: 1, max: 500 }) }), fc.record({ on: day }), fc.record({ year })),
    }),
  },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('workRetract' as const), pick, gap }) },
  // rankings: ranks by scope, never summed
  fc.record({
    t: fc.constant('rankingRecord' as const),
    id: fc.constantFrom('k1', 'k2', 'k3'),
    year,
    rank: fc.integer({ min: 1, max: 100 }),
    provincial: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
  }),
  { weight: 2, arbitrary: fc.record({ t: fc.constant('rankingCorrect' as const), pick, gap, rank: fc.integer({ min: 1, max: 100 }) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('rankingRetract' as const), pick, gap }) },
  // branches
  fc.record({
    t: fc.constant('branchPrepare' as const),
    id: fc.constantFrom('b1', 'b2', 'b3', 'b4'),
    name: fc.constantFrom(...BRANCH_NAMES),
    day,
  }),
  fc.record({
    t: fc.constant('branchFound' as const),
    id: fc.constantFrom('b1', 'b2', 'b3', 'b4'),
    name: fc.constantFrom(...BRANCH_NAMES),
    day,
  }),
  fc.record({ t: fc.constant('branchSubgroup' as const), pick, gap, subgroupId: fc.constantFrom('s1', 's2') }),
  fc.record({
    t: fc.constant('branchRegister' as const),
    id: fc.constantFrom('b5', 'b6'),
    day,
    termStartedBefore: fc.nat({ max: 1800 }),
    group: fc.boolean(),
  }),
  { weight: 2, arbitrary: fc.record({ t: fc.constant('branchRenew' as const), pick, gap }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('branchPostpone' as const), pick, gap, extra: fc.integer({ min: 1, max: 365 }) }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('branchGroup' as const), pick, gap }) },
  fc.record({ t: fc.constant('branchLeadership' as const), pick, gap }),
  { weight: 2, arbitrary: fc.record({ t: fc.constant('branchDissolve' as const), pick, gap }) },
  // members and stated membership
  fc.record({ t: fc.constant('memberJoin' as const), id: fc.constantFrom('m1', 'm2', 'm3', 'm4', 'm5'), day }),
  { weight: 2, arbitrary: fc.record({ t: fc.constant('memberDues' as const), pick, gap }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('memberLeave' as const), pick, gap }) },
  fc.record({
    t: fc.constant('membershipTotals' as const),
    year,
    joined: fc.option(count, { nil: undefined }),
    active: fc.option(count, { nil: undefined }),
    correct: fc.boolean(),
  }),
  // organization, meetings, custom figures, plans
  fc.record({
    t: fc.constant('regulation' as const),
    id: fc.constantFrom('reg1', 'reg2'),
    mode: fc.constantFrom('adopted', 'revised' as const),
    day,
    count: fc.integer({ min: 1, max: 30 }),
  }),
  fc.record({ t: fc.constant('partyUnit' as const), id: fc.constantFrom('p1', 'p2'), day }),
  fc.record({
    t: fc.constant('meetingHeld' as const),
    body: fc.constantFrom('general-assembly', 'council', 'standing-council', 'president-office', 'branch-b1' as const),
    gap,
  }),
  fc.record({
    t: fc.constant('meetingsBackfill' as const),
    body: fc.constantFrom('council', 'president-office' as const),
    year,
    count: fc.nat({ max: 5 }),
  }),
  fc.record({
    t: fc.constant('indicatorRecorded' as const),
    key: fc.constantFrom('outpatientVisits', 'trainedDoctors'),
    year,
    value: count,
  }),
  fc.record({ t: fc.constant('planAdopt' as const), year, targetValue: fc.nat({ max: 5 }), names: fc.subarray(BRANCH_NAMES) }),
  fc.record({ t: fc.constant('planAmend' as const), year, removeBranches: fc.boolean() }),
  fc.record({ t: fc.constant('planLink' as const), year, targetId: fc.constantFrom('founded', 'party') }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

const dateOf = (n: number): IsoDate => addDays(FIRST_DAY, n);

/** Plays the ops against the deciders; returns the recorder with every decided event. */
function play(ops: Op[]): EventRecorder {
  const r = new EventRecorder(TENANT);
  const last = new Map<string, IsoDate>();
  const streams = (prefix: string) =>
    r
      .streamIds()
      .filter((s) => s.startsWith(`${prefix}-${TENANT}.`))
      .sort();
  const chosen = (prefix: string, n: number) => {
    const all = streams(prefix);
    return all.length ? all[n % all.length] : undefined;
  };
  const idOf = (stream: string) => stream.slice(stream.indexOf('.') + 1);
  const after = (stream: string, days: number): IsoDate => {
    const base = last.get(stream) ?? FIRST_DAY;
    return addDays(base, days);
  };
  const seen = (stream: string, date: IsoDate) => {
    if (date > (last.get(stream) ?? '')) last.set(stream, date);
  };
  // Each body's series of the 4th term, declared up front.
  const bodies = ['general-assembly', 'council', 'standing-council', 'president-office', 'branch-b1'] as const;
  for (const body of bodies) {
    r.meeting(meeting.meetingSeriesId(body, 4), {
      type: 'DeclareMeetingSeries',
      data: { body, term: 4, membersTotal: 9, declaredOn: FIRST_DAY },
    });
  }
  r.organization({ type: 'RegisterOrganization', data: { name: '协会', kind: 'association', registeredOn: '2020-01-01' } });

  for (const o of ops) {
    switch (o.t) {
      case 'held': {
        const on = dateOf(o.day);
        const base = {
          activityId: o.id,
          title: 't',
          heldOn: on,
          organizer: { kind: 'organization' as const },
          sessions: o.sessions,
          mode: o.mode,
          participants: o.participants,
          ...(o.mode === 'hybrid' ? { onlineSessions: 1 } : {}),
        };
        const c: activity.ActivityCommand =
          o.kind === 'training'
            ? { type: 'RecordTraining', data: { ...base, cmeCreditProject: o.cme, passed: Math.min(o.passed, o.participants.value) } }
            : o.kind === 'academic'
              ? { type: 'RecordAcademicEvent', data: base }
              : o.kind === 'competition'
                ? { type: 'RecordCompetition', data: base }
                : o.kind === 'welfare'
                  ? { type: 'RecordPublicWelfareActivity', data: { ...base, peopleServed: o.served } }
                  : o.kind === 'exchange'
                    ? { type: 'RecordExchangeVisit', data: base }
                    : { type: 'RecordStudySession', data: base };
        if (r.activity(c, true).length) seen(activity.toActivityStreamId(TENANT, o.id), on);
        break;
      }
      case 'activityBackfill':
        r.activity(
          {
            type: 'RecordActivitiesBackfill',
            data: {
              activityId: activity.activityBackfillId(o.kind, o.year),
              activityKind: o.kind,
              year: o.year,
              sessions: o.sessions,
              onlineSessions: Math.min(o.online, o.sessions),
              participants: o.participants,
              note: 'n',
              source,
            },
          },
          true,
        );
        break;
      case 'activityCorrect':
      case 'activityRetract': {
        const stream = chosen('activity', o.pick);
        if (!stream) break;
        const on = after(stream, o.gap);
        if (o.t === 'activityRetract')
          r.activity({ type: 'RetractActivityRecord', data: { activityId: idOf(stream), retractedOn: on, reason: 'r' } }, true);
        else {
          const changes = 'heldOn' in o.change ? { heldOn: dateOf(o.change.heldOn) } : o.change;
          r.activity({ type: 'CorrectActivityRecord', data: { activityId: idOf(stream), correctedOn: on, changes, reason: 'r' } }, true);
        }
        seen(stream, on);
        break;
      }
      case 'grantApply':
        if (
          r.grant(
            { type: 'ApplyForGrant', data: { grantId: o.id, title: 't', applicant: { institution: 'i' }, appliedOn: dateOf(o.day) } },
            true,
          ).length
        )
          seen(grant.toGrantStreamId(TENANT, o.id), dateOf(o.day));
        break;
      case 'grantAward':
        if (
          r.grant({ type: 'AwardGrant', data: { grantId: o.id, title: 't', amountYuan: o.amount, awardedOn: dateOf(o.day) } }, true).length
        )
          seen(grant.toGrantStreamId(TENANT, o.id), dateOf(o.day));
        break;
      case 'grantExternal':
        r.grant({ type: 'RecordExternalGrant', data: { grantId: o.id, title: 't', funder: 'f', wonOn: dateOf(o.day) } }, true);
        break;
      case 'grantBackfill':
        r.grant(
          {
            type: 'RecordGrantsBackfill',
            data: { grantId: grant.grantsBackfillId(o.year), year: o.year, count: o.count, amountYuan: o.amount, note: 'n', source },
          },
          true,
        );
        break;
      case 'grantConclude':
      case 'grantCorrect':
      case 'grantRetract': {
        const stream = chosen('grant', o.pick);
        if (!stream) break;
        const on = after(stream, o.gap);
        const grantId = idOf(stream);
        if (o.t === 'grantConclude') r.grant({ type: 'ConcludeGrant', data: { grantId, concludedOn: on, outcome: o.outcome } }, true);
        else if (o.t === 'grantRetract') r.grant({ type: 'RetractGrantRecord', data: { grantId, retractedOn: on, reason: 'r' } }, true);
        else r.grant({ type: 'CorrectGrantRecord', data: { grantId, correctedOn: on, changes: o.change, reason: 'r' } }, true);
        seen(stream, on);
        break;
      }
      case 'reportIssue': {
        const on = dateOf(o.day);
        const periodical = o.kind === 'newsletter' || o.kind === 'journal-issue';
        r.report(
          {
            type: 'IssueReport',
            data: {
              reportId: o.id,
              kind: o.kind,
              title: 't',
              issuedOn: on,
              issuer: { kind: 'organization' },
              copies: o.copies,
              ...(periodical ? { issues: o.issues } : {}),
              ...(o.kind === 'standard' ? { standardLevel: 'group' as const } : {}),
              status: o.draft ? 'draft' : 'published',
            },
          },
          true,
        );
        seen(report.toReportStreamId(TENANT, o.id), on);
        break;
      }
      case 'publicationsBackfill':
        r.report(
          {
            type: 'RecordPublicationsBackfill',
            data: {
              reportId: report.publicationsBackfillId(o.kind, o.year),
              year: o.year,
              kind: o.kind,
              issues: o.issues,
              copies: o.copies,
              posts: o.posts,
              note: 'n',
              source,
            },
          },
          true,
        );
        break;
      case 'reportSubmit':
      case 'reportCorrect':
      case 'reportRetract': {
        const stream = chosen('report', o.pick);
        if (!stream) break;
        const on = after(stream, o.gap);
        const reportId = idOf(stream);
        if (o.t === 'reportSubmit') r.report({ type: 'SubmitReport', data: { reportId, submittedTo: o.to, submittedOn: on } }, true);
        else if (o.t === 'reportRetract') r.report({ type: 'RetractReportRecord', data: { reportId, retractedOn: on, reason: 'r' } }, true);
        else {
          const c = o.change;
          const changes: report.ReportChanges =
            'issuedOn' in c
              ? { issuedOn: dateOf(c.issuedOn) }
              : 'published' in c
                ? { status: c.published ? 'published' : 'draft' }
                : 'posts' in c
                  ? { posts: c.posts }
                  : { copies: c.copies };
          r.report({ type: 'CorrectReportRecord', data: { reportId, correctedOn: on, changes, reason: 'r' } }, true);
        }
        seen(stream, on);
        break;
      }
      case 'honorReceive': {
        const count = { value: o.counted, approximate: o.approximate };
        const recipients: Record<typeof o.recipient, honor.HonorRecipient> = {
          branch: { kind: 'branch', branchId: 'b1' },
          person: { kind: 'person', name: 'p' },
          organization: { kind: 'organization' },
          staff: { kind: 'staff', count, named: ['p'] },
          'member-projects': { kind: 'member-projects', count },
        };
        const recipient = recipients[o.recipient];
        if (
          r.honor({ type: 'ReceiveHonor', data: { honorId: o.id, title: 't', grantedBy: 'g', recipient, receivedOn: dateOf(o.day) } }, true)
            .length
        )
          seen(honor.toHonorStreamId(TENANT, o.id), dateOf(o.day));
        break;
      }
      case 'operations': {
        const stream = operations.toOperationsStreamId(TENANT, o.year);
        const figures = [{ measure: 'surgeries' as const, value: o.surgeries, approximate: false }];
        try {
          if (
            r.run(operations.operationsDecider, stream, {
              type: 'RecordOperatingStatistics',
              data: { year: o.year, figures, source: { document: 'd' } },
            }).length
          )
            seen(stream, `${o.year}-12-31`);
        } catch {
          // refused: decides nothing
        }
        break;
      }
      case 'allianceFound': {
        const data = {
          allianceId: o.id,
          name: '联盟',
          lead: { kind: 'organization' as const },
          members: { value: o.members, approximate: o.approximate },
          foundedOn: dateOf(o.day),
        };
        if (r.alliance({ type: 'FoundAlliance', data }, true).length) seen(alliance.toAllianceStreamId(TENANT, o.id), dateOf(o.day));
        break;
      }
      case 'honorAward': {
        const data = {
          honorId: o.id,
          title: 't',
          awardedBy: { kind: 'organization' as const },
          awardees: { value: o.awardees, approximate: o.approximate },
          awardeeKind: 'person' as const,
          awardedOn: dateOf(o.day),
        };
        if (r.honor({ type: 'AwardHonor', data }, true).length) seen(honor.toHonorStreamId(TENANT, o.id), dateOf(o.day));
        break;
      }
      case 'workRecord': {
        const on = dateOf(o.day);
        const when = o.yearly ? { year: yearOf(on) } : { on };
        const data = { recordId: o.id, measure: o.measure, count: { value: o.value, approximate: o.approximate }, ...when, source };
        const stream = work.toWorkStreamId(TENANT, o.id);
        try {
          if (r.run(work.workDecider, stream, { type: 'RecordWork', data }).length) seen(stream, work.workRecordDate(data));
        } catch {
          // refused: decides nothing
        }
        break;
      }
      case 'workCorrect':
      case 'workRetract': {
        const stream = chosen('work', o.pick);
        if (!stream) break;
        const on = after(stream, o.gap);
        const recordId = idOf(stream);
        try {
          if (o.t === 'workRetract')
            r.run(work.workDecider, stream, { type: 'RetractWorkRecord', data: { recordId, retractedOn: on, reason: 'r' } });
          else {
            const c = o.change;
            const changes: work.WorkChanges =
              'value' in c ? { count: { value: c.value, approximate: false } } : 'on' in c ? { on: dateOf(c.on) } : { year: c.year };
            r.run(work.workDecider, stream, { type: 'CorrectWorkRecord', data: { recordId, correctedOn: on, changes, reason: 'r' } });
          }
        } catch {
          // refused: decides nothing
        }
        seen(stream, on);
        break;
      }
      case 'rankingRecord': {
        const results: ranking.RankingResult[] = [
          { scope: { level: 'national' }, rank: o.rank },
          ...(o.provincial ? [{ scope: { level: 'provincial' as const, area: '四川' }, rank: o.provincial }] : []),
        ];
        const data = { rankingId: o.id, year: o.year, subject: '住培学员', assessment: '能力测试', results, recordedOn: `${o.year}-12-31` };
        const stream = ranking.toRankingStreamId(TENANT, o.id);
        try {
          if (r.run(ranking.rankingDecider, stream, { type: 'RecordRanking', data }).length) seen(stream, data.recordedOn);
        } catch {
          // refused: decides nothing
        }
        break;
      }
      case 'rankingCorrect':
      case 'rankingRetract': {
        const stream = chosen('ranking', o.pick);
        if (!stream) break;
        const on = after(stream, o.gap);
        const rankingId = idOf(stream);
        try {
          if (o.t === 'rankingRetract')
            r.run(ranking.rankingDecider, stream, { type: 'RetractRanking', data: { rankingId, retractedOn: on, reason: 'r' } });
          else
            r.run(ranking.rankingDecider, stream, {
              type: 'CorrectRanking',
              data: { rankingId, correctedOn: on, changes: { results: [{ scope: { level: 'national' }, rank: o.rank }] }, reason: 'r' },
            });
        } catch {
          // refused: decides nothing
        }
        seen(stream, on);
        break;
      }
      case 'honorRetract': {
        const stream = chosen('honor', o.pick);
        if (!stream) break;
        const on = after(stream, o.gap);
        r.honor({ type: 'RetractHonorRecord', data: { honorId: idOf(stream), retractedOn: on, reason: 'r' } }, true);
        seen(stream, on);
        break;
      }
      case 'branchPrepare':
        if (
          r.branch(
            { type: 'ApproveBranchPreparation', data: { branchId: o.id, name: o.name, kind: 'society', approvedOn: dateOf(o.day) } },
            true,
          ).length
        )
          seen(branch.toBranchStreamId(TENANT, o.id), dateOf(o.day));
        break;
      case 'branchSubgroup': {
        const stream = chosen('branch', o.pick);
        if (!stream) break;
        const on = after(stream, o.gap);
        if (
          r.branch(
            { type: 'SetUpBranchSubgroup', data: { branchId: idOf(stream), subgroupId: o.subgroupId, name: '学组', setUpOn: on } },
            true,
          ).length
        )
          seen(stream, on);
        break;
      }
      case 'branchFound':
        if (
          r.branch({ type: 'FoundBranch', data: { branchId: o.id, name: o.name, kind: 'society', foundedOn: dateOf(o.day) } }, true).length
        )
          seen(branch.toBranchStreamId(TENANT, o.id), dateOf(o.day));
        break;
      case 'branchRegister': {
        const on = dateOf(o.day);
        const decided = r.branch(
          {
            type: 'RegisterBranch',
            data: {
              branchId: o.id,
              name: `第${o.id}分会`,
              kind: 'committee',
              registeredOn: on,
              termNumber: 2,
              termStartedOn: addDays(on, -o.termStartedBefore),
              hasPartyGroup: o.group,
            },
          },
          true,
        );
        if (decided.length) seen(branch.toBranchStreamId(TENANT, o.id), on);
        break;
      }
      case 'branchRenew':
      case 'branchPostpone':
      case 'branchGroup':
      case 'branchLeadership':
      case 'branchDissolve': {
        const stream = chosen('branch', o.pick);
        if (!stream) break;
        const on = after(stream, o.gap);
        const branchId = idOf(stream);
        const state = r.state<branch.BranchState>(stream);
        const c: branch.BranchCommand =
          o.t === 'branchRenew'
            ? { type: 'RenewBranchTerm', data: { branchId, renewedOn: on } }
            : o.t === 'branchPostpone'
              ? {
                  type: 'PostponeBranchRenewal',
                  data: {
                    branchId,
                    decidedOn: on,
                    approvalRef: 'a',
                    newDueOn: state?.status === 'active' ? addDays(state.dueOn, o.extra) : on,
                  },
                }
              : o.t === 'branchGroup'
                ? { type: 'FormPartyGroup', data: { branchId, formedOn: on } }
                : o.t === 'branchLeadership'
                  ? { type: 'ChangeBranchLeadership', data: { branchId, changedOn: on, leadership: [{ role: '主任委员', name: 'x' }] } }
                  : { type: 'DissolveBranch', data: { branchId, dissolvedOn: on, reason: 'r' } };
        if (r.branch(c, true).length) seen(stream, on);
        break;
      }
      case 'memberJoin':
        if (
          r.member({ type: 'JoinMember', data: { memberId: o.id, name: 'n', kind: 'institution', joinedOn: dateOf(o.day) } }, true).length
        )
          seen(member.toMemberStreamId(TENANT, o.id), dateOf(o.day));
        break;
      case 'memberDues':
      case 'memberLeave': {
        const stream = chosen('member', o.pick);
        if (!stream) break;
        const on = after(stream, o.gap);
        const memberId = idOf(stream);
        const c: member.MemberCommand =
          o.t === 'memberDues'
            ? { type: 'PayDues', data: { memberId, year: Number(on.slice(0, 4)), amountYuan: 1000, paidOn: on } }
            : { type: 'LeaveMember', data: { memberId, leftOn: on, reason: 'r' } };
        if (r.member(c, true).length) seen(stream, on);
        break;
      }
      case 'membershipTotals': {
        const data = { year: o.year, joined: o.joined, activeAtYearEnd: o.active, source };
        r.membership(o.correct ? { type: 'CorrectMembershipTotals', data } : { type: 'RecordMembershipTotals', data }, true);
        break;
      }
      case 'regulation':
        r.organization(
          { type: 'AdoptRegulation', data: { regulationId: o.id, title: 't', mode: o.mode, adoptedOn: dateOf(o.day), count: o.count } },
          true,
        );
        break;
      case 'partyUnit':
        r.organization({ type: 'FoundPartyUnit', data: { unitId: o.id, name: 'n', kind: 'branch', foundedOn: dateOf(o.day) } }, true);
        break;
      case 'meetingHeld': {
        const stream = meeting.toMeetingSeriesStreamId(TENANT, meeting.meetingSeriesId(o.body, 4));
        const on = after(stream, o.gap);
        if (on >= '2025-01-01') break;
        const meetingId = `m${r.events.length}`;
        if (
          r.meeting(meeting.meetingSeriesId(o.body, 4), { type: 'HoldMeeting', data: { meetingId, heldOn: on, present: 9 } }, true).length
        )
          seen(stream, on);
        break;
      }
      case 'meetingsBackfill': {
        const backfillId = meeting.meetingsBackfillId(o.body, o.year);
        const data = { backfillId, body: o.body, year: o.year, count: o.count, note: 'n', source };
        r.attempt(meeting.meetingTotalsDecider, meeting.toMeetingTotalsStreamId(TENANT, backfillId), {
          type: 'RecordMeetingsBackfill',
          data,
        });
        break;
      }
      case 'indicatorRecorded':
        r.indicator({ type: 'RecordIndicator', data: { key: o.key, label: o.key, unit: '人次', year: o.year, value: o.value } }, true);
        break;
      case 'planAdopt': {
        const targets: workplan.WorkPlanTarget[] = [
          {
            targetId: 'founded',
            section: 'branches',
            description: '新成立分会',
            indicator: 'branches.founded',
            targetValue: o.targetValue,
            entities: o.names.map((name) => ({ kind: 'branch' as const, name })),
          },
          { targetId: 'party', section: 'party', description: '党建' },
          { targetId: 'training', section: 'training', description: '培训', indicator: 'training.sessions', targetValue: o.targetValue },
        ];
        r.workPlan({ type: 'AdoptWorkPlan', data: { year: o.year, adoptedOn: `${o.year - 1}-12-20`, targets } }, true);
        break;
      }
      case 'planAmend':
        r.workPlan(
          {
            type: 'AmendWorkPlan',
            data: {
              year: o.year,
              amendedOn: `${o.year}-06-01`,
              removed: o.removeBranches ? ['founded'] : ['training'],
              added: o.removeBranches
                ? []
                : [
                    {
                      targetId: 'training',
                      section: 'training',
                      description: '培训',
                      indicator: 'training.participants',
                      targetValue: 100,
                    },
                  ],
            },
          },
          true,
        );
        break;
      case 'planLink':
        r.workPlan(
          {
            type: 'LinkTarget',
            data: {
              year: o.year,
              targetId: o.targetId,
              evidence: { streamId: `x-${r.events.length}`, eventType: 'TrainingHeld' },
              linkedOn: `${o.year}-07-01`,
            },
          },
          true,
        );
        break;
    }
  }
  return r;
}

/** Continues a fold from documents read back from JSON, as the runner does after a restart. */
function continueFold<Doc>(projection: Projection<Doc>, docs: Map<string, Doc>, events: ProjectedEvent[]): Map<string, Doc> {
  const next = new Map([...docs].map(([k, d]) => [k, JSON.parse(JSON.stringify(d)) as Doc]));
  for (const event of events) {
    if (!projection.handles.includes(event.type)) continue;
    for (const key of projection.keysOf(event)) next.set(key, projection.evolve(next.get(key) ?? projection.initial(key), event, key));
  }
  if (projection.finalize) for (const [key, doc] of next) next.set(key, projection.finalize(doc, key));
  return next;
}

// ------------------------------------------------------------------------------------------
// The oracle: each year's figures from the deciders' final states, computed independently.
// ------------------------------------------------------------------------------------------

const yearOf = (d: string | undefined) => (d ? Number(d.slice(0, 4)) : NaN);

function oracle(r: EventRecorder, y: number): SummaryIndicators {
  const t = Object.fromEntries(workplan.SUMMARY_INDICATOR_KEYS.map((k) => [k, { value: 0, approximate: false }])) as SummaryIndicators;
  const add = (key: keyof SummaryIndicators, v: number | Count | undefined) => {
    if (v === undefined) return;
    const c = typeof v === 'number' ? { value: v, approximate: false } : v;
    t[key] = { value: t[key].value + c.value, approximate: t[key].approximate || c.approximate };
  };
  const eventsOf = (stream: string) => r.events.filter((e) => e.streamId === stream);
  const yearEnd = `${y}-12-31`;

  for (const stream of r.streamIds()) {
    const [category] = stream.split('-', 1);
    if (category === 'activity') {
      const s = r.state<activity.ActivityState>(stream)!;
      if (s.status === 'held' && yearOf(s.data.occurredOn) === y) {
        const d = s.data;
        if (s.kind === 'academic') {
          add('academic.sessions', d.sessions);
          add('academic.sessionsOnline', d.onlineSessions);
          add('academic.participants', d.participants);
        }
        if (s.kind === 'training') {
          add('training.sessions', d.sessions);
          add('training.participants', d.participants);
          add('training.cmeProjects', d.cmeCreditProject ? 1 : 0);
          add('training.passed', d.passed ?? 0);
        }
        if (s.kind === 'competition') {
          add('competition.count', 1);
          add('competition.participants', d.participants);
        }
        if (s.kind === 'welfare') {
          add('welfare.activities', 1);
          add('welfare.peopleServed', d.peopleServed);
        }
        if (s.kind === 'study') add('party.studySessions', d.sessions);
        if (s.kind === 'exchange') {
          add('exchange.visits', 1);
          add('exchange.participants', d.participants);
        }
      }
      if (s.status === 'backfilled' && s.data.year === y) {
        const d = s.data;
        if (d.activityKind === 'academic') {
          add('academic.sessions', d.sessions);
          add('academic.sessionsOnline', d.onlineSessions);
          add('academic.participants', d.participants);
        }
        if (d.activityKind === 'training') {
          add('training.sessions', d.sessions);
          add('training.participants', d.participants);
        }
        if (d.activityKind === 'competition') {
          add('competition.count', d.sessions);
          add('competition.participants', d.participants);
        }
        if (d.activityKind === 'welfare') add('welfare.activities', d.sessions);
        if (d.activityKind === 'study') add('party.studySessions', d.sessions);
        if (d.activityKind === 'exchange') {
          add('exchange.visits', d.sessions);
          add('exchange.participants', d.participants);
        }
      }
    }
    if (category === 'grant') {
      const s = r.state<grant.GrantState>(stream)!;
      if ((s.status === 'awarded' || s.status === 'concluded') && yearOf(s.grant.awardedOn) === y) {
        add('grants.awarded', 1);
        add('grants.amountYuan', s.grant.amountYuan);
        if (s.grant.category === 'youth') add('grants.awardedYouth', 1);
      }
      if (s.status === 'concluded' && yearOf(s.grant.concludedOn) === y) add('grants.concluded', 1);
      if (s.status === 'external' && yearOf(s.data.occurredOn) === y) {
        add('grants.externalWon', 1);
        add('grants.externalAmountYuan', s.data.amountYuan ?? 0);
      }
      if (s.status === 'backfilled' && s.data.year === y) {
        add('grants.awarded', s.data.count);
        add('grants.amountYuan', s.data.amountYuan ?? 0);
        add('grants.awardedYouth', s.data.youthCount ?? 0);
      }
    }
    if (category === 'report') {
      const s = r.state<report.ReportState>(stream)!;
      if (s.status === 'issued') {
        const d = s.data;
        if (d.status === 'published' && yearOf(d.occurredOn) === y) {
          if (d.kind !== 'newsletter' && d.kind !== 'journal-issue') add('reports.issued', 1);
          if (d.kind === 'survey') add('reports.surveys', 1);
          if (d.kind === 'standard') add('reports.standards', 1);
          if (d.kind === 'newsletter' || d.kind === 'journal-issue') add('publications.issues', d.issues ?? 1);
          add('publications.copies', d.copies ?? 0);
        }
        if (s.submissions.some((x) => yearOf(x.submittedOn) === y)) add('reports.submitted', 1);
      }
      if (s.status === 'backfilled' && s.data.year === y) {
        add('publications.issues', s.data.issues);
        add('publications.copies', s.data.copies);
        add('publications.posts', s.data.posts);
      }
    }
    if (category === 'alliance') {
      const s = r.state<alliance.AllianceState>(stream)!;
      if (s.status === 'founded' && yearOf(s.foundedOn) === y) {
        add('alliances.founded', 1);
        add('alliances.members', s.members);
      }
    }
    if (category === 'work') {
      const s = r.state<work.WorkState>(stream)!;
      if (s.status === 'recorded' && yearOf(work.workRecordDate(s.record)) === y)
        add(work.workIndicatorKey(s.record.measure), s.record.count);
    }
    if (category === 'honor') {
      const s = r.state<honor.HonorState>(stream)!;
      if (s.status === 'received' && yearOf(s.receivedOn) === y) {
        if (s.recipient.kind === 'staff') add('honors.staffHonored', s.recipient.count);
        else if (s.recipient.kind === 'member-projects') add('honors.memberProjectsHonored', s.recipient.count);
        else if (s.recipient.kind !== 'person') add('honors.received', 1);
      }
      if (s.status === 'awarded' && yearOf(s.awardedOn) === y) add('honors.awarded', s.awardees);
    }
    if (category === 'meetings') {
      for (const e of eventsOf(stream)) {
        if (e.type !== 'MeetingHeld' || yearOf(e.metadata.occurredAt) !== y) continue;
        const body = (e.data as { body: string }).body;
        const key = (
          {
            'general-assembly': 'meetings.generalAssembly',
            council: 'meetings.council',
            'standing-council': 'meetings.standingCouncil',
            'president-office': 'meetings.presidentOffice',
          } as const
        )[body as 'council'];
        if (key) add(key, 1);
        else if (body.startsWith('branch-')) add('meetings.branch', 1);
      }
    }
    if (category === 'meetingtotals') {
      const s = r.state<meeting.MeetingTotalsState>(stream)!;
      if (s.status === 'recorded' && s.data.year === y)
        add(s.data.body === 'council' ? 'meetings.council' : 'meetings.presidentOffice', s.data.count);
    }
    if (category === 'organization') {
      for (const e of eventsOf(stream)) {
        if (yearOf(e.metadata.occurredAt) !== y) continue;
        if (e.type === 'RegulationAdopted')
          add(
            (e.data as { mode: string }).mode === 'revised' ? 'regulations.revised' : 'regulations.adopted',
            (e.data as { count: number }).count,
          );
        if (e.type === 'PartyUnitFounded') {
          const { kind, count } = e.data as { kind?: string; count?: number };
          add('party.unitsFounded', count ?? 1);
          if (kind === 'general-branch') add('party.generalBranchesFounded', count ?? 1);
          if (kind === 'branch') add('party.branchesFounded', count ?? 1);
        }
      }
    }
    if (category === 'branch') {
      // The branch at the year's end: its events up to then, folded by the domain.
      const upTo = eventsOf(stream).filter((e) => e.metadata.occurredAt <= yearEnd);
      const s = upTo.reduce(
        (state, e) => branch.branchDecider.evolve(state, e as unknown as branch.BranchEvent),
        branch.branchDecider.initialState(),
      );
      if (s.status === 'active') {
        add('branches.active', 1);
        if (s.hasPartyGroup) add('party.branchesWithGroup', 1);
        if (s.dueOn < yearEnd) add('branches.overdue', 1);
      }
      for (const e of upTo.filter((x) => yearOf(x.metadata.occurredAt) === y)) {
        if (e.type === 'BranchFounded') add('branches.founded', 1);
        if (e.type === 'BranchTermRenewed') add('branches.renewed', 1);
        if (e.type === 'PartyGroupFormed') add('party.groupsFormed', 1);
        if (e.type === 'BranchPreparationApproved') add('branches.inPreparation', 1);
        if (e.type === 'BranchSubgroupSetUp') add('branches.subgroupsSetUp', 1);
      }
    }
  }

  // Members one by one when the year has joins; otherwise the stated figures, where stated.
  const memberStreams = r.streamIds().filter((s) => s.startsWith('member-'));
  let joined = 0;
  let active = 0;
  for (const stream of memberStreams) {
    const upTo = eventsOf(stream).filter((e) => e.metadata.occurredAt <= yearEnd);
    const s = upTo.reduce(
      (state, e) => member.memberDecider.evolve(state, e as unknown as member.MemberEvent),
      member.memberDecider.initialState(),
    );
    if (s.status === 'active') active++;
    joined += upTo.filter((e) => e.type === 'MemberJoined' && yearOf(e.metadata.occurredAt) === y).length;
  }
  const stated = r.state<membership.MembershipState>(membership.toMembershipStreamId(TENANT, y));
  const statedFigures = joined === 0 && stated?.status === 'recorded' ? stated : undefined;
  t['members.joined'] = statedFigures?.joined ?? { value: joined, approximate: false };
  t['members.active'] = statedFigures?.activeAtYearEnd ?? { value: active, approximate: false };
  return t;
}

/** The year's rankings as the deciders hold them, in the order first recorded (a stream's state exists from its first decided command). */
function rankingsOracle(r: EventRecorder, y: number) {
  return r
    .streamIds()
    .filter((id) => id.startsWith('ranking-'))
    .flatMap((id) => {
      const s = r.state<ranking.RankingState>(id)!;
      return s.status === 'recorded' && s.year === y
        ? [{ rankingId: s.rankingId, subject: s.subject, assessment: s.assessment, section: 'self-building', results: s.results }]
        : [];
    });
}

function customOracle(r: EventRecorder, y: number) {
  const out: Record<string, unknown> = {};
  for (const key of ['outpatientVisits', 'trainedDoctors']) {
    const s = r.state<indicator.IndicatorState>(indicator.toIndicatorStreamId(TENANT, indicator.toIndicatorId(key, y)));
    if (s?.status === 'recorded')
      out[`custom.${key}`] = { label: s.label, unit: s.unit, value: s.value.value, approximate: s.value.approximate };
  }
  return out;
}

const zero = (): SummaryIndicators =>
  Object.fromEntries(
    workplan.SUMMARY_INDICATOR_KEYS.map((k) => [k, { value: 0, approximate: false } as IndicatorValue]),
  ) as SummaryIndicators;

// ------------------------------------------------------------------------------------------

describe('yearly-summary projection, on random histories', () => {
  const histories = fc.array(op, { minLength: 1, maxLength: 150, size: 'large' });

  it('applying the events in random batches, reading documents back from JSON between them, equals projectAll of all', () => {
    fc.assert(
      fc.property(histories, fc.array(fc.nat(), { maxLength: 6 }), (ops, rawCuts) => {
        const { events } = play(ops);
        const cuts = [...new Set(rawCuts.map((c) => c % (events.length + 1)))].sort((a, b) => a - b);
        let docs = new Map<string, YearlySummaryDocument>();
        let from = 0;
        for (const cut of [...cuts, events.length]) {
          docs = continueFold(yearlySummaryProjection, docs, events.slice(from, cut));
          from = cut;
        }
        expect(docs).toEqual(projectAll(yearlySummaryProjection, events));
      }),
      { numRuns: 150 },
    );
  });

  it("every year's indicators, custom figures and rankings equal those computed from the deciders' final states", () => {
    fc.assert(
      fc.property(histories, (ops) => {
        const recorder = play(ops);
        const docs = projectAll(yearlySummaryProjection, recorder.events);
        for (let y = 2020; y <= 2031; y++) {
          const doc = docs.get(`${TENANT}/${y}`);
          expect({ year: y, indicators: doc?.indicators ?? zero() }).toEqual({ year: y, indicators: oracle(recorder, y) });
          expect({ year: y, custom: doc?.custom ?? {} }).toEqual({ year: y, custom: customOracle(recorder, y) });
          expect({ year: y, rankings: doc?.rankings ?? [] }).toEqual({ year: y, rankings: rankingsOracle(recorder, y) });
        }
      }),
      { numRuns: 150 },
    );
  });

  it('the random histories are not vacuous: they hold every kind of event, and corrections that move records across years', () => {
    const tally = new Map<string, number>();
    const bump = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);
    for (const ops of fc.sample(histories, { numRuns: 300, seed: 42 })) {
      for (const e of play(ops).events) {
        bump(e.type);
        const d = e.data as { previousOccurredOn?: string; record?: { data?: { occurredOn?: string } } };
        if (
          e.type.endsWith('Corrected') &&
          d.previousOccurredOn &&
          d.record?.data?.occurredOn &&
          d.previousOccurredOn.slice(0, 4) !== d.record.data.occurredOn.slice(0, 4)
        )
          bump('moved across years');
      }
    }
    for (const type of yearlySummaryProjection.handles) expect({ type, seen: (tally.get(type) ?? 0) > 0 }).toEqual({ type, seen: true });
    expect(tally.get('moved across years') ?? 0).toBeGreaterThan(10);
  });

  it('documents hold only JSON: reading one back changes nothing', () => {
    fc.assert(
      fc.property(histories, (ops) => {
        for (const doc of projectAll(yearlySummaryProjection, play(ops).events).values()) {
          expect(JSON.parse(JSON.stringify(doc))).toStrictEqual(doc);
        }
      }),
      { numRuns: 50 },
    );
  });
});
