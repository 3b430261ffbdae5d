import { projectAll, type ProjectedEvent } from '../projection';
import { EventRecorder } from './event-recorder';
import { CARRY_FORWARD_YEARS, yearlySummaryProjection } from './index';

const exact = (value: number) => ({ value, approximate: false });
const about = (value: number) => ({ value, approximate: true });
const keysOf = (e: ProjectedEvent) => yearlySummaryProjection.keysOf(e);
const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `schxa/${from + i}`);
const org = { kind: 'organization' } as const;

const training = (r: EventRecorder, activityId: string, heldOn: string, participants = exact(100)) =>
  r.activity({
    type: 'RecordTraining',
    data: { activityId, title: '培训', heldOn, organizer: org, sessions: 1, mode: 'offline', participants },
  });

describe('yearly-summary keys: which year documents an event changes', () => {
  it('a record goes to the year of its business date', () => {
    const r = new EventRecorder();
    training(r, 't1', '2023-04-12');
    expect(keysOf(r.events[0])).toEqual(['schxa/2023']);
  });

  it('a branch or member event goes to its year and the ten after, so each year end knows the history', () => {
    const r = new EventRecorder();
    r.branch({ type: 'FoundBranch', data: { branchId: 'rehab', name: '康复医学分会', kind: 'society', foundedOn: '2023-03-18' } });
    r.member({ type: 'JoinMember', data: { memberId: 'm1', name: '某医院', kind: 'institution', joinedOn: '2022-06-01' } });
    expect(CARRY_FORWARD_YEARS).toBe(10);
    expect(keysOf(r.events[0])).toEqual(years(2023, 2033));
    expect(keysOf(r.events[1])).toEqual(years(2022, 2032));
  });

  it('a plan, a backfill, stated totals and custom figures go to the year they name', () => {
    const r = new EventRecorder();
    r.workPlan({
      type: 'AdoptWorkPlan',
      data: { year: 2024, adoptedOn: '2023-12-20', targets: [{ targetId: 't', section: 'other', description: 'd' }] },
    });
    r.indicator({
      type: 'RecordIndicator',
      data: { key: 'outpatientVisits', label: '门诊人次', year: 2023, value: exact(5), period: { from: '2023-01-01', to: '2023-06-30' } },
    });
    expect(keysOf(r.events[0])).toEqual(['schxa/2024']);
    expect(keysOf(r.events[1])).toEqual(['schxa/2023']);
  });

  it('a correction carrying its record goes to the year it left and the years it counts in now', () => {
    const r = new EventRecorder();
    training(r, 't1', '2023-12-30');
    const [moved] = r.activity({
      type: 'CorrectActivityRecord',
      data: { activityId: 't1', correctedOn: '2024-01-10', changes: { heldOn: '2024-01-06' }, reason: '日期有误' },
    });
    expect(moved.data).toMatchObject({ previousOccurredOn: '2023-12-30', record: { data: { occurredOn: '2024-01-06' } } });
    expect(keysOf(r.events[1])).toEqual(['schxa/2023', 'schxa/2024']);
    r.report({ type: 'IssueReport', data: { reportId: 'r1', kind: 'survey', title: '调研报告', issuedOn: '2022-11-20', issuer: org } });
    r.report({ type: 'SubmitReport', data: { reportId: 'r1', submittedTo: '省卫健委', submittedOn: '2023-02-01' } });
    r.report({ type: 'RetractReportRecord', data: { reportId: 'r1', retractedOn: '2025-01-05', reason: '误录' } });
    // Its issue year and its submission year, not the year of the retraction.
    expect(keysOf(r.events.at(-1)!)).toEqual(['schxa/2022', 'schxa/2023']);
  });

  it('an honor retraction carries the honor: it goes to the year the honor counted in', () => {
    const r = new EventRecorder();
    r.honor({
      type: 'ReceiveHonor',
      data: { honorId: 'h1', title: '5A级社会组织', grantedBy: '省民政厅', recipient: { kind: 'organization' }, receivedOn: '2022-12-01' },
    });
    r.honor({ type: 'RetractHonorRecord', data: { honorId: 'h1', retractedOn: '2024-03-01', reason: '误录' } });
    expect(keysOf(r.events[1])).toEqual(['schxa/2022']);
    const docs = projectAll(yearlySummaryProjection, r.events);
    expect(docs.get('schxa/2022')!.indicators['honors.received']).toEqual(exact(0));
    expect(docs.has('schxa/2024')).toBe(false);
  });

  it('a correction or retraction without the records it carries (none is recorded so) touches no document', () => {
    const r = new EventRecorder();
    training(r, 't1', '2023-04-12', exact(180));
    const bare = r.append(
      'ActivityRecordCorrected',
      { occurredOn: '2024-01-10', activityId: 't1', changes: { participants: about(186) }, reason: 'r' } as never,
      'activity-schxa.t1',
    );
    expect(keysOf(bare)).toEqual([]);
    r.append('HonorRecordRetracted', { occurredOn: '2024-02-01', honorId: 'h1', reason: 'r' } as never, 'honor-schxa.h1');
    expect(keysOf(r.events.at(-1)!)).toEqual([]);
    const docs = projectAll(yearlySummaryProjection, r.events);
    expect(docs.get('schxa/2023')!.indicators['training.participants']).toEqual(exact(180));
    expect([...docs.keys()]).toEqual(['schxa/2023']);
  });

  it('ignores an event it does not handle', () => {
    const r = new EventRecorder();
    r.organization({ type: 'RegisterOrganization', data: { name: '协会', kind: 'association', registeredOn: '2023-01-01' } });
    expect(keysOf(r.events[0])).toEqual([]);
    const doc = yearlySummaryProjection.initial('schxa/2023');
    expect(yearlySummaryProjection.evolve(doc, r.events[0], 'schxa/2023')).toBe(doc);
  });

  it('ignores an event without a tenant or a business date', () => {
    const r = new EventRecorder();
    training(r, 't1', '2023-04-12');
    const e = r.events[0];
    expect(keysOf({ ...e, metadata: { ...e.metadata, tenant: '' } })).toEqual([]);
    expect(keysOf({ ...e, data: { ...e.data, occurredOn: 'soon' }, metadata: { ...e.metadata, occurredAt: '' } })).toEqual([]);
  });
});

describe('yearly-summary records', () => {
  it("trades a corrected record's contribution before for after, from what the correction carries; a retraction takes it away", () => {
    const r = new EventRecorder();
    training(r, 't1', '2023-04-12', exact(180));
    r.activity({
      type: 'CorrectActivityRecord',
      data: { activityId: 't1', correctedOn: '2024-01-10', changes: { participants: about(186) }, reason: '名单核对' },
    });
    const doc = projectAll(yearlySummaryProjection, r.events).get('schxa/2023')!;
    expect(doc.indicators['training.participants']).toEqual(about(186));
    expect(doc.indicators['training.sessions']).toEqual(exact(1));
    r.activity({ type: 'RetractActivityRecord', data: { activityId: 't1', retractedOn: '2024-02-01', reason: '重复录入' } });
    const retracted = projectAll(yearlySummaryProjection, r.events).get('schxa/2023')!;
    expect(retracted.indicators['training.sessions']).toEqual(exact(0));
    expect(retracted.indicators['training.participants']).toEqual(exact(0));
  });

  it('counts a report once in each year it was submitted in, however many bodies it went to', () => {
    const r = new EventRecorder();
    const org = { kind: 'organization' } as const;
    r.report({ type: 'IssueReport', data: { reportId: 'r1', kind: 'survey', title: '调研报告', issuedOn: '2023-11-20', issuer: org } });
    r.report({ type: 'SubmitReport', data: { reportId: 'r1', submittedTo: '省卫健委', submittedOn: '2023-11-25' } });
    r.report({ type: 'SubmitReport', data: { reportId: 'r1', submittedTo: '省民政厅', submittedOn: '2023-12-01' } });
    r.report({ type: 'SubmitReport', data: { reportId: 'r1', submittedTo: '国家卫健委', submittedOn: '2024-01-08' } });
    const docs = projectAll(yearlySummaryProjection, r.events);
    expect(docs.get('schxa/2023')!.indicators['reports.submitted']).toEqual(exact(1));
    expect(docs.get('schxa/2024')!.indicators['reports.submitted']).toEqual(exact(1));
    r.report({ type: 'RetractReportRecord', data: { reportId: 'r1', retractedOn: '2024-03-01', reason: '误录' } });
    const after = projectAll(yearlySummaryProjection, r.events);
    expect(after.get('schxa/2023')!.indicators['reports.submitted']).toEqual(exact(0));
    expect(after.get('schxa/2023')!.indicators['reports.issued']).toEqual(exact(0));
    expect(after.get('schxa/2024')!.indicators['reports.submitted']).toEqual(exact(0));
  });

  it('a sum is approximate when any part is', () => {
    const r = new EventRecorder();
    training(r, 't1', '2023-04-12', exact(180));
    training(r, 't2', '2023-05-12', about(300));
    training(r, 't3', '2024-05-12', exact(10));
    const docs = projectAll(yearlySummaryProjection, r.events);
    expect(docs.get('schxa/2023')!.indicators['training.participants']).toEqual(about(480));
    expect(docs.get('schxa/2023')!.indicators['training.sessions']).toEqual(exact(2));
    expect(docs.get('schxa/2024')!.indicators['training.participants']).toEqual(exact(10));
  });

  it('keeps tenants apart', () => {
    const a = new EventRecorder('schxa');
    const b = new EventRecorder('cqhxa');
    training(a, 't1', '2023-04-12');
    training(b, 't1', '2023-04-12');
    training(b, 't2', '2023-06-12');
    const docs = projectAll(yearlySummaryProjection, [...a.events, ...b.events]);
    expect(docs.get('schxa/2023')!.indicators['training.sessions']).toEqual(exact(1));
    expect(docs.get('cqhxa/2023')!.indicators['training.sessions']).toEqual(exact(2));
  });

  it('takes ids that name Object.prototype members as plain ids', () => {
    const r = new EventRecorder();
    r.branch({ type: 'FoundBranch', data: { branchId: 'constructor', name: '康复医学分会', kind: 'society', foundedOn: '2023-03-18' } });
    r.branch({ type: 'FoundBranch', data: { branchId: '__proto__', name: '护理分会', kind: 'society', foundedOn: '2023-03-18' } });
    r.member({ type: 'JoinMember', data: { memberId: 'toString', name: '某医院', kind: 'institution', joinedOn: '2023-06-01' } });
    const doc = JSON.parse(JSON.stringify(projectAll(yearlySummaryProjection, r.events).get('schxa/2023')));
    expect(doc.indicators['branches.active']).toEqual(exact(2));
    expect(doc.indicators['members.joined']).toEqual(exact(1));
  });

  it('knows no fact older than the horizon: a branch with no event in the ten years up to a year end is not counted (the cost of carrying forward)', () => {
    const r = new EventRecorder();
    r.branch({
      type: 'RegisterBranch',
      data: {
        branchId: 'old',
        name: '老分会',
        kind: 'society',
        registeredOn: '2012-01-10',
        termNumber: 3,
        termStartedOn: '2011-01-01',
        hasPartyGroup: true,
      },
    });
    r.branch({ type: 'RenewBranchTerm', data: { branchId: 'old', renewedOn: '2016-01-01' } });
    training(r, 't1', '2027-04-12');
    const docs = projectAll(yearlySummaryProjection, r.events);
    expect(docs.get('schxa/2022')!.indicators['branches.active']).toEqual(exact(1));
    expect(docs.get('schxa/2022')!.indicators['party.branchesWithGroup']).toEqual(exact(1));
    // 2026: the renewal (2016) is still within reach, the registration with its party group is not.
    expect(docs.get('schxa/2026')!.indicators['branches.active']).toEqual(exact(1));
    expect(docs.get('schxa/2026')!.indicators['party.branchesWithGroup']).toEqual(exact(0));
    expect(docs.get('schxa/2027')!.indicators['branches.active']).toEqual(exact(0));
  });
});
