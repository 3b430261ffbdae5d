import { randomUUID } from 'node:crypto';
import { activity, currentSchemaVersion, grant, meeting, report, workplan } from '@assocflow/domain';
import type { EventStore } from '@assocflow/eventstore';
import { ALL_UPCASTERS, projectAll, type ProjectedEvent } from '@assocflow/projections';
import { yearlySummaryProjection, type YearlySummaryDocument } from '@assocflow/projections/yearly-summary';
import { EventRecorder } from '@assocflow/projections/yearly-summary/event-recorder';

const exact = (value: number) => ({ value, approximate: false });
const about = (value: number) => ({ value, approximate: true });
const source = { document: '川医协发〔2023〕267号', section: '二、学术活动生机盎然' };
const org = { kind: 'organization' } as const;

/**
 * A hand-made 2023 of a Sichuan-like association, recorded through the real deciders: the
 * yearly totals its summary states (backfills), four branches founded, and a work plan with a
 * planned branch that was not founded.
 */
export function sichuan2023Events(tenant = 'sichuan'): EventRecorder {
  const r = new EventRecorder(tenant);
  r.activity({
    type: 'RecordActivitiesBackfill',
    data: {
      activityId: activity.activityBackfillId('academic', 2023),
      activityKind: 'academic',
      year: 2023,
      sessions: 54,
      onlineSessions: 18,
      participants: about(30300),
      note: '线上线下学术研讨活动',
      source,
    },
  });
  r.activity({
    type: 'RecordActivitiesBackfill',
    data: {
      activityId: activity.activityBackfillId('training', 2023),
      activityKind: 'training',
      year: 2023,
      sessions: 20,
      onlineSessions: 0,
      participants: exact(18312),
      note: '各类培训',
      source,
    },
  });
  r.activity({
    type: 'RecordPublicWelfareActivity',
    data: {
      activityId: 'w1',
      title: '防灾减灾急救培训进校园',
      heldOn: '2023-05-09',
      organizer: org,
      sessions: 1,
      mode: 'offline',
      participants: exact(20),
      peopleServed: about(400),
    },
  });
  r.grant({
    type: 'RecordGrantsBackfill',
    data: { grantId: grant.grantsBackfillId(2023), year: 2023, count: 51, amountYuan: 568000, note: '医院管理科研专项资金', source },
  });
  r.report({
    type: 'RecordPublicationsBackfill',
    data: {
      reportId: report.publicationsBackfillId('post', 2023),
      year: 2023,
      kind: 'post',
      posts: exact(245),
      note: '急救分会推文',
      source,
    },
  });
  const branches = [
    ['rehab', '医疗康复管理分会', '2023-03-18'],
    ['outpatient', '门诊管理分会', '2023-05-20'],
    ['informatics', '信息化建设分会', '2023-09-09'],
    ['equipment', '医学装备管理分会', '2023-10-12'],
  ] as const;
  for (const [branchId, name, foundedOn] of branches)
    r.branch({ type: 'FoundBranch', data: { branchId, name, kind: 'society', foundedOn } });
  const series = meeting.meetingSeriesId('council', 5);
  r.meeting(series, {
    type: 'DeclareMeetingSeries',
    data: { body: 'council', term: 5, membersTotal: 120, heldSoFar: 1, declaredOn: '2023-01-01' },
  });
  r.meeting(series, { type: 'HoldMeeting', data: { meetingId: 'council-2023', heldOn: '2023-03-10', present: 100 } });
  const targets: workplan.WorkPlanTarget[] = [
    {
      targetId: 'branches',
      section: 'branches',
      description: '新成立分支机构',
      indicator: 'branches.founded',
      targetValue: 3,
      entities: [
        { kind: 'branch', name: '医疗康复管理分会' },
        { kind: 'branch', name: '门诊管理分会' },
        { kind: 'branch', name: '药事管理分会' },
      ],
    },
    { targetId: 'academic', section: 'academic', description: '举办学术活动', indicator: 'academic.sessions', targetValue: 50 },
    { targetId: 'training', section: 'training', description: '举办培训', indicator: 'training.sessions', targetValue: 25 },
    { targetId: 'standard', section: 'research', description: '发布团体标准', indicator: 'reports.standards', targetValue: 1 },
  ];
  r.workPlan({ type: 'AdoptWorkPlan', data: { year: 2023, documentNumber: '川医协发〔2023〕32号', adoptedOn: '2023-01-16', targets } });
  return r;
}

/** The summary of the recorded year, as the read API serves it (without the ledger). */
export function sichuan2023Summary(recorder = sichuan2023Events()): Omit<YearlySummaryDocument, 'ledger'> {
  const doc = projectAll(yearlySummaryProjection, recorder.events).get(`${recorder.tenant}/2023`);
  if (!doc) throw new Error('no 2023 summary');
  const { ledger: _ledger, ...served } = doc;
  return served;
}

/** Appends recorded events to a store as the command handlers would (metadata, schema versions), in order. */
export async function appendRecorded(store: EventStore, events: ProjectedEvent[]): Promise<void> {
  const revisions = new Map<string, bigint>();
  for (const event of events) {
    const revision = revisions.get(event.streamId);
    await store.append(
      event.streamId,
      [
        {
          id: randomUUID(),
          type: event.type,
          data: event.data,
          metadata: {
            ...event.metadata,
            actor: 'test',
            correlationId: randomUUID(),
            schemaVersion: currentSchemaVersion(ALL_UPCASTERS, event.type),
          },
        },
      ],
      { expectedRevision: revision ?? 'no_stream' },
    );
    revisions.set(event.streamId, (revision ?? -1n) + 1n);
  }
}
