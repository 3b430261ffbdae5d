import { activity, grant, meeting, ranking, report, workplan, type Count } from '@assocflow/domain';
import { projectAll } from '../projection';
import { EventRecorder } from './event-recorder';
import { contributionOf } from './contributions';
import { recordChangeOf } from './records';
import { SUMMARY_SECTIONS, yearlySummaryProjection, type YearlySummaryDocument } from './index';

/** given(histories).when(more).then(year): the projection of every event via projectAll. */
type History = (r: EventRecorder) => void;
function given(...histories: History[]) {
  const recorder = new EventRecorder('schxa');
  for (const h of histories) h(recorder);
  const then = (year: number): YearlySummaryDocument => {
    const doc = projectAll(yearlySummaryProjection, recorder.events).get(`schxa/${year}`);
    if (!doc) throw new Error(`no document schxa/${year}`);
    return doc;
  };
  return {
    recorder,
    when(...more: History[]) {
      for (const h of more) h(recorder);
      return { recorder, then };
    },
    then,
  };
}

const exact = (value: number) => ({ value, approximate: false });
const about = (value: number) => ({ value, approximate: true });
const source = { document: '2023年工作总结', section: '二、业务工作' };
const org = { kind: 'organization' } as const;

// ------------------------------------------------------------------------------------------
// Histories
// ------------------------------------------------------------------------------------------

/** 21 branches registered in 2022, 19 of them with a party group; terms to 2026 unless stated. */
const registeredBranches: History = (r) => {
  for (let i = 1; i <= 21; i++) {
    const id = `r${String(i).padStart(2, '0')}`;
    const term =
      id === 'r01'
        ? { termStartedOn: '2018-05-10', termEndsOn: '2023-05-10' }
        : id === 'r02'
          ? { termStartedOn: '2018-03-01', termEndsOn: '2023-03-01' }
          : id === 'r03'
            ? { termStartedOn: '2018-06-30', termEndsOn: '2023-06-30' }
            : id === 'r04'
              ? { termStartedOn: '2017-11-30', termEndsOn: '2022-11-30' }
              : { termStartedOn: '2021-06-01', termEndsOn: '2026-06-01' };
    r.branch({
      type: 'RegisterBranch',
      data: {
        branchId: id,
        name: `第${i}分会`,
        kind: 'society',
        registeredOn: '2022-03-01',
        termNumber: 2,
        ...term,
        hasPartyGroup: i <= 18 || i === 21,
      },
    });
  }
  // r04: the renewal postponed to mid-2023, with approval.
  r.branch({
    type: 'PostponeBranchRenewal',
    data: { branchId: 'r04', decidedOn: '2022-11-01', approvalRef: '川民政函〔2022〕88号', newDueOn: '2023-06-30' },
  });
};

/** 2023: r01 renewed, r02 postponed past year end, r21 dissolved, 4 branches founded, 5 party groups formed. */
const branches2023: History = (r) => {
  r.branch({ type: 'RenewBranchTerm', data: { branchId: 'r01', renewedOn: '2023-04-20' } });
  r.branch({
    type: 'PostponeBranchRenewal',
    data: { branchId: 'r02', decidedOn: '2023-02-15', approvalRef: '川民政函〔2023〕12号', newDueOn: '2024-03-01' },
  });
  r.branch({ type: 'DissolveBranch', data: { branchId: 'r21', dissolvedOn: '2023-08-01', reason: '合并' } });
  r.branch({ type: 'FoundBranch', data: { branchId: 'n1', name: '康复医学分会', kind: 'society', foundedOn: '2023-03-18' } });
  r.branch({ type: 'FoundBranch', data: { branchId: 'n2', name: '医院感染管理分会', kind: 'society', foundedOn: '2023-05-20' } });
  r.branch({ type: 'FoundBranch', data: { branchId: 'n3', name: '智慧医院分会', kind: 'society', foundedOn: '2023-09-09' } });
  r.branch({ type: 'FoundBranch', data: { branchId: 'n4', name: '护理管理分会', kind: 'committee', foundedOn: '2023-10-12' } });
  for (const [branchId, formedOn] of [
    ['r19', '2023-04-01'],
    ['r20', '2023-04-01'],
    ['n1', '2023-06-01'],
    ['n2', '2023-07-01'],
    ['n3', '2023-11-01'],
  ]) {
    r.branch({ type: 'FormPartyGroup', data: { branchId, formedOn } });
  }
};

const activities2023: History = (r) => {
  r.activity({
    type: 'RecordActivitiesBackfill',
    data: {
      activityId: activity.activityBackfillId('academic', 2023),
      activityKind: 'academic',
      year: 2023,
      sessions: 54,
      onlineSessions: 18,
      participants: about(30300),
      note: '学术活动54场次(其中线上18场次), 30300余人次',
      source,
    },
  });
  r.activity({
    type: 'RecordActivitiesBackfill',
    data: {
      activityId: activity.activityBackfillId('training', 2023),
      activityKind: 'training',
      year: 2023,
      sessions: 18,
      onlineSessions: 0,
      participants: exact(17500),
      note: '培训18场次, 17500人次',
      source,
    },
  });
  r.activity({
    type: 'RecordTraining',
    data: {
      activityId: 't1',
      title: '急诊急救能力提升培训班',
      heldOn: '2023-04-12',
      organizer: { kind: 'branch', branchId: 'r05' },
      sessions: 1,
      mode: 'offline',
      participants: exact(500),
      cmeCreditProject: true,
      passed: 480,
    },
  });
  r.activity({
    type: 'RecordTraining',
    data: {
      activityId: 't2',
      title: '病案首页质控培训',
      heldOn: '2023-06-08',
      organizer: org,
      sessions: 1,
      mode: 'online',
      participants: exact(300),
    },
  });
  r.activity({
    type: 'RecordTraining',
    data: {
      activityId: 't3',
      title: '年末医保政策培训',
      heldOn: '2023-12-30',
      organizer: org,
      sessions: 2,
      mode: 'offline',
      participants: exact(150),
    },
  });
  r.activity({
    type: 'RecordActivitiesBackfill',
    data: {
      activityId: activity.activityBackfillId('study', 2023),
      activityKind: 'study',
      year: 2023,
      sessions: 12,
      onlineSessions: 0,
      participants: about(600),
      note: '党的理论学习12次',
      source,
    },
  });
  r.activity({
    type: 'RecordCompetition',
    data: {
      activityId: 'c1',
      title: '优秀病例评选',
      heldOn: '2023-09-20',
      organizer: org,
      sessions: 1,
      mode: 'offline',
      participants: exact(36),
      teams: 12,
    },
  });
  r.activity({
    type: 'RecordPublicWelfareActivity',
    data: {
      activityId: 'w1',
      title: '大凉山义诊',
      heldOn: '2023-07-15',
      organizer: org,
      sessions: 1,
      mode: 'offline',
      participants: exact(40),
      peopleServed: about(1200),
    },
  });
  r.activity({
    type: 'RecordExchangeVisit',
    data: {
      activityId: 'x1',
      title: '赴浙江考察',
      heldOn: '2023-05-10',
      organizer: org,
      sessions: 1,
      mode: 'offline',
      participants: exact(20),
    },
  });
  r.activity({
    type: 'RecordAcademicEvent',
    data: {
      activityId: 'a2024',
      title: '2024年学术年会',
      heldOn: '2024-04-18',
      organizer: org,
      sessions: 3,
      mode: 'hybrid',
      onlineSessions: 1,
      participants: exact(900),
    },
  });
};

/** In January 2024 the 2023 records are checked: t2 had 312 participants, t3 was held in January. */
const trainingCorrections: History = (r) => {
  r.activity({
    type: 'CorrectActivityRecord',
    data: { activityId: 't2', correctedOn: '2024-01-10', changes: { participants: exact(312) }, reason: '签到表核对' },
  });
  r.activity({
    type: 'CorrectActivityRecord',
    data: { activityId: 't3', correctedOn: '2024-01-10', changes: { heldOn: '2024-01-06' }, reason: '日期录入有误' },
  });
};

const grants2023: History = (r) => {
  r.grant({
    type: 'RecordGrantsBackfill',
    data: {
      grantId: grant.grantsBackfillId(2023),
      year: 2023,
      count: 51,
      amountYuan: 568000,
      youthCount: 20,
      note: '资助课题51项, 56.8万元',
      source,
    },
  });
  r.grant({ type: 'AwardGrant', data: { grantId: 'g1', title: '县域医共体运行评价研究', amountYuan: 20000, awardedOn: '2023-06-20' } });
  r.grant({
    type: 'RecordExternalGrant',
    data: { grantId: 'e1', title: '省卫健委课题', funder: '四川省卫生健康委员会', wonOn: '2023-09-01' },
  });
  r.grant({
    type: 'CorrectGrantRecord',
    data: { grantId: 'g1', correctedOn: '2024-01-05', changes: { amountYuan: 25000 }, reason: '核对拨款文件' },
  });
  r.grant({ type: 'ConcludeGrant', data: { grantId: 'g1', concludedOn: '2024-12-01', outcome: 'completed' } });
};

const reports2023: History = (r) => {
  r.report({
    type: 'IssueReport',
    data: {
      reportId: 'survey',
      kind: 'survey',
      title: '四川省县级医院急诊能力调研报告',
      issuedOn: '2023-11-20',
      documentNumber: '川医协发〔2023〕267号',
      issuer: org,
      copies: 300,
    },
  });
  r.report({ type: 'SubmitReport', data: { reportId: 'survey', submittedTo: '四川省卫生健康委员会', submittedOn: '2023-11-25' } });
  r.report({
    type: 'IssueReport',
    data: { reportId: 'std', kind: 'standard', standardLevel: 'group', title: '医院门诊服务规范', issuedOn: '2023-08-01', issuer: org },
  });
  r.report({
    type: 'IssueReport',
    data: { reportId: 'news', kind: 'newsletter', title: '会讯2023', issuedOn: '2023-12-20', issuer: org, issues: 12, copies: 3600 },
  });
  r.report({
    type: 'RecordPublicationsBackfill',
    data: { reportId: report.publicationsBackfillId('post', 2023), year: 2023, kind: 'post', posts: exact(245), note: '推文245篇', source },
  });
  r.report({
    type: 'IssueReport',
    data: { reportId: 'draft', kind: 'consensus', title: '专家共识(征求意见稿)', issuedOn: '2023-10-01', issuer: org, status: 'draft' },
  });
};

const retractedStandard: History = (r) =>
  r.report({ type: 'RetractReportRecord', data: { reportId: 'std', retractedOn: '2024-02-01', reason: '标准尚未发布, 误录' } });

const selfBuilding2023: History = (r) => {
  r.organization({ type: 'RegisterOrganization', data: { name: '四川省医院协会', kind: 'association', registeredOn: '2019-01-01' } });
  r.organization({
    type: 'AdoptRegulation',
    data: { regulationId: 'rules-2023', title: '工作制度', mode: 'adopted', adoptedOn: '2023-05-01', count: 24 },
  });
  r.organization({
    type: 'AdoptRegulation',
    data: { regulationId: 'finance', title: '财务管理制度', mode: 'revised', adoptedOn: '2023-06-01', count: 3 },
  });
  r.organization({ type: 'FoundPartyUnit', data: { unitId: 'pb1', name: '协会秘书处党支部', kind: 'branch', foundedOn: '2023-07-01' } });
  const series = (body: meeting.MeetingBody, membersTotal: number, dates: string[]) => {
    const id = meeting.meetingSeriesId(body, 4);
    r.meeting(id, { type: 'DeclareMeetingSeries', data: { body, term: 4, membersTotal, heldSoFar: 3, declaredOn: '2023-01-01' } });
    dates.forEach((heldOn, i) =>
      r.meeting(id, { type: 'HoldMeeting', data: { meetingId: `${body}-${i}`, heldOn, present: membersTotal } }),
    );
  };
  series('council', 120, ['2023-03-10']);
  series('standing-council', 40, ['2023-03-10', '2023-09-15']);
  series('president-office', 9, ['2023-01-20', '2023-04-20', '2023-07-20', '2023-10-20']);
  series('branch-r05', 15, ['2023-05-05']);
  r.honor({
    type: 'ReceiveHonor',
    data: {
      honorId: 'h5a',
      title: '5A级社会组织',
      grantedBy: '四川省民政厅',
      recipient: { kind: 'organization' },
      receivedOn: '2023-12-01',
    },
  });
  r.honor({
    type: 'ReceiveHonor',
    data: {
      honorId: 'hb',
      title: '先进分支机构',
      grantedBy: '中国医院协会',
      recipient: { kind: 'branch', branchId: 'r05' },
      receivedOn: '2023-11-01',
    },
  });
  r.honor({
    type: 'ReceiveHonor',
    data: {
      honorId: 'hp',
      title: '优秀秘书长',
      grantedBy: '四川省民政厅',
      recipient: { kind: 'person', name: '张某' },
      receivedOn: '2023-11-01',
    },
  });
  r.honor({
    type: 'ReceiveHonor',
    data: { honorId: 'hx', title: '先进集体', grantedBy: '某学会', recipient: { kind: 'organization' }, receivedOn: '2023-06-01' },
  });
  r.honor({ type: 'RetractHonorRecord', data: { honorId: 'hx', retractedOn: '2024-03-01', reason: '重复录入' } });
};

const members: History = (r) => {
  r.membership({
    type: 'RecordMembershipTotals',
    data: { year: 2022, joined: exact(30), activeAtYearEnd: about(280), source: { document: '2022年工作总结', section: '会员' } },
  });
  // 2023 is recorded member by member; a stated total for 2023 is then not used.
  r.membership({ type: 'RecordMembershipTotals', data: { year: 2023, joined: exact(99), source } });
  for (let i = 1; i <= 41; i++)
    r.member({ type: 'JoinMember', data: { memberId: `m${i}`, name: `会员单位${i}`, kind: 'institution', joinedOn: '2023-03-01' } });
  r.member({ type: 'LeaveMember', data: { memberId: 'm41', leftOn: '2023-11-30', reason: '撤销' } });
};

const customFigures: History = (r) => {
  r.indicator({
    type: 'RecordIndicator',
    data: { key: 'trainedDoctors', label: '培训基层医生', unit: '人', year: 2023, value: exact(1000) },
  });
  r.indicator({
    type: 'RecordIndicator',
    data: { key: 'trainedDoctors', label: '培训基层医生', unit: '人', year: 2023, value: about(1200) },
  });
};

const plan2023: History = (r) => {
  const targets: workplan.WorkPlanTarget[] = [
    {
      targetId: 'branches',
      section: 'branches',
      description: '新成立分会3个',
      indicator: 'branches.founded',
      targetValue: 3,
      entities: [
        { kind: 'branch', name: '康复医学分会' },
        { kind: 'branch', name: ' 医院感染管理分会 ' },
        { kind: 'branch', name: '病案管理分会' },
      ],
    },
    {
      targetId: 'nursing',
      section: 'self-building',
      description: '筹建护理管理分会',
      entities: [{ kind: 'branch', name: '护理管理分会' }],
    },
    { targetId: 'academic', section: 'academic', description: '举办学术活动50场次', indicator: 'academic.sessions', targetValue: 50 },
    { targetId: 'training', section: 'training', description: '举办培训25场次', indicator: 'training.sessions', targetValue: 25 },
    { targetId: 'standard', section: 'research', description: '发布团体标准1项', indicator: 'reports.standards', targetValue: 1 },
    { targetId: 'party', section: 'party', description: '党建工作小组全覆盖' },
    { targetId: 'rating', section: 'self-building', description: '迎接社会组织等级评估' },
  ];
  // Adopted in December for the next year: it belongs to 2023.
  r.workPlan({ type: 'AdoptWorkPlan', data: { year: 2023, documentNumber: '川医协发〔2022〕301号', adoptedOn: '2022-12-20', targets } });
  r.workPlan({
    type: 'LinkTarget',
    data: {
      year: 2023,
      targetId: 'party',
      evidence: { streamId: 'branch-schxa.n1', eventType: 'PartyGroupFormed' },
      linkedOn: '2023-06-02',
    },
  });
};

const year2023 = [
  registeredBranches,
  branches2023,
  activities2023,
  grants2023,
  reports2023,
  selfBuilding2023,
  members,
  customFigures,
  plan2023,
];

// ------------------------------------------------------------------------------------------

describe('yearly-summary projection', () => {
  it('keys documents <tenant>/<year> and publishes exactly the contract indicator keys, grouped in sections', () => {
    const doc = given(...year2023).then(2023);
    expect(doc.tenant).toBe('schxa');
    expect(doc.year).toBe(2023);
    expect(Object.keys(doc.indicators).sort()).toEqual([...workplan.SUMMARY_INDICATOR_KEYS].sort());
    for (const value of Object.values(doc.indicators))
      expect(value).toEqual({ value: expect.any(Number), approximate: expect.any(Boolean) });
    const grouped = SUMMARY_SECTIONS.flatMap((s) => s.indicators);
    expect([...grouped].sort()).toEqual([...workplan.SUMMARY_INDICATOR_KEYS].sort());
    expect(new Set(grouped).size).toBe(grouped.length);
    expect(doc.sections.map((s) => `${s.key}:${s.title}`)).toEqual([
      'party:党建',
      'academic:学术',
      'training:培训',
      'competition:竞赛',
      'welfare:公益',
      'exchange:交流合作',
      'research:调研',
      'grants:科研资助',
      'publicity:宣传',
      'self-building:自身建设',
      'emergency:应急与疫情防控',
    ]);
  });

  it('given the 2023 academic backfill, then 54 sessions, 18 online, 30300余 participants (approximate carried)', () => {
    const { indicators } = given(...year2023).then(2023);
    expect(indicators['academic.sessions']).toEqual(exact(54));
    expect(indicators['academic.sessionsOnline']).toEqual(exact(18));
    expect(indicators['academic.participants']).toEqual(about(30300));
  });

  it('given trainings, when one is corrected the next year and one moved into January, then 20 sessions and 18312 participants', () => {
    const before = given(...year2023).then(2023);
    expect(before.indicators['training.sessions']).toEqual(exact(22));
    expect(before.indicators['training.participants']).toEqual(exact(18450));

    const after = given(...year2023).when(trainingCorrections);
    const doc2023 = after.then(2023);
    expect(doc2023.indicators['training.sessions']).toEqual(exact(20));
    expect(doc2023.indicators['training.participants']).toEqual(exact(18312));
    expect(doc2023.indicators['training.cmeProjects']).toEqual(exact(1));
    expect(doc2023.indicators['training.passed']).toEqual(exact(480));
    // The moved training now counts in 2024, beside the 2024 academic event.
    const doc2024 = after.then(2024);
    expect(doc2024.indicators['training.sessions']).toEqual(exact(2));
    expect(doc2024.indicators['training.participants']).toEqual(exact(150));
    expect(doc2024.indicators['academic.sessions']).toEqual(exact(3));
    expect(doc2024.indicators['academic.sessionsOnline']).toEqual(exact(1));
  });

  it('counts study sessions, competitions, welfare activities and exchange visits', () => {
    const history = given(...year2023);
    const doc = history.then(2023);
    expect(doc.indicators['party.studySessions']).toEqual(exact(12));
    expect(doc.indicators['competition.count']).toEqual(exact(1));
    expect(doc.indicators['competition.participants']).toEqual(exact(36));
    expect(doc.indicators['welfare.activities']).toEqual(exact(1));
    expect(doc.indicators['welfare.peopleServed']).toEqual(about(1200));
    const visit = history.recorder.events.find((e) => e.streamId === 'activity-schxa.x1')!;
    expect(visit.type).toBe('ExchangeVisitHeld');
    expect(contributionOf(recordChangeOf(visit)!.after!, 2023)).toEqual({
      'exchange.visits': { value: 1, approximate: false },
      'exchange.participants': { value: 20, approximate: false },
    });
  });

  it('given branches across years, then 4 founded, 24 active, 23 with a party group, 5 groups formed, 1 renewed, 2 overdue', () => {
    const doc = given(...year2023).then(2023);
    expect(doc.indicators['branches.founded']).toEqual(exact(4));
    expect(doc.indicators['branches.active']).toEqual(exact(24));
    expect(doc.indicators['party.branchesWithGroup']).toEqual(exact(23));
    expect(doc.indicators['party.groupsFormed']).toEqual(exact(5));
    expect(doc.indicators['branches.renewed']).toEqual(exact(1));
    // r03's term ended mid-2023 unrenewed; r04's postponement ran out mid-2023; r02's covers year end.
    expect(doc.indicators['branches.overdue']).toEqual(exact(2));
    expect(doc.indicators['party.unitsFounded']).toEqual(exact(1));
  });

  it('names the branches founded in the year, in founding order; a year without foundings names none', () => {
    const history = given(...year2023);
    expect(history.then(2023).branchesFounded).toEqual([
      { name: '康复医学分会', foundedOn: '2023-03-18' },
      { name: '医院感染管理分会', foundedOn: '2023-05-20' },
      { name: '智慧医院分会', foundedOn: '2023-09-09' },
      { name: '护理管理分会', foundedOn: '2023-10-12' },
    ]);
    expect(history.then(2022).branchesFounded).toEqual([]);
    // Founded the same day: in the order recorded, whatever their ids.
    const sameDay = given(...year2023).when((r) => {
      r.branch({
        type: 'FoundBranch',
        data: { branchId: 'zz-outpatient', name: '门诊管理分会', kind: 'society', foundedOn: '2023-12-29' },
      });
      r.branch({
        type: 'FoundBranch',
        data: { branchId: 'aa-informatics', name: '信息化建设分会', kind: 'society', foundedOn: '2023-12-29' },
      });
    });
    expect(
      sameDay
        .then(2023)
        .branchesFounded.slice(-2)
        .map((b) => b.name),
    ).toEqual(['门诊管理分会', '信息化建设分会']);
    expect(history.then(2024).branchesFounded).toEqual([]);
  });

  it('knows the branch history of earlier years at each year end', () => {
    const history = given(...year2023);
    const doc2022 = history.then(2022);
    expect(doc2022.indicators['branches.active']).toEqual(exact(21));
    expect(doc2022.indicators['party.branchesWithGroup']).toEqual(exact(19));
    expect(doc2022.indicators['branches.overdue']).toEqual(exact(0));
    expect(doc2022.indicators['branches.founded']).toEqual(exact(0));
    // 2024: r02's postponement (to 2024-03-01) has run out too.
    const doc2024 = history.then(2024);
    expect(doc2024.indicators['branches.active']).toEqual(exact(24));
    expect(doc2024.indicators['branches.overdue']).toEqual(exact(3));
    expect(doc2024.indicators['branches.founded']).toEqual(exact(0));
    expect(doc2024.indicators['party.groupsFormed']).toEqual(exact(0));
  });

  it('given grants, when the award is corrected the next year, then the award year shows the corrected amount; the conclusion counts in its own year', () => {
    const history = given(...year2023);
    const doc2023 = history.then(2023);
    expect(doc2023.indicators['grants.awarded']).toEqual(exact(52));
    expect(doc2023.indicators['grants.amountYuan']).toEqual(exact(593000));
    expect(doc2023.indicators['grants.externalWon']).toEqual(exact(1));
    expect(doc2023.indicators['grants.concluded']).toEqual(exact(0));
    const doc2024 = history.then(2024);
    expect(doc2024.indicators['grants.concluded']).toEqual(exact(1));
    expect(doc2024.indicators['grants.awarded']).toEqual(exact(0));
    expect(doc2024.indicators['grants.amountYuan']).toEqual(exact(0));
  });

  it('given reports, when the standard is retracted in 2024, then it no longer counts in 2023 and 2024 is untouched', () => {
    const before = given(...year2023).then(2023);
    // A survey and a standard; the journal issue counts as a publication, not a report.
    expect(before.indicators['reports.issued']).toEqual(exact(2));
    expect(before.indicators['reports.standards']).toEqual(exact(1));

    const after = given(...year2023).when(retractedStandard);
    const doc = after.then(2023);
    expect(doc.indicators['reports.issued']).toEqual(exact(1));
    expect(doc.indicators['reports.surveys']).toEqual(exact(1));
    expect(doc.indicators['reports.standards']).toEqual(exact(0));
    expect(doc.indicators['reports.submitted']).toEqual(exact(1));
    expect(doc.indicators['publications.issues']).toEqual(exact(12));
    expect(doc.indicators['publications.copies']).toEqual(exact(3900));
    expect(doc.indicators['publications.posts']).toEqual(exact(245));
    // The retraction carries the record: only its year's document is touched.
    const retraction = after.recorder.events.at(-1)!;
    expect(yearlySummaryProjection.keysOf(retraction)).toEqual(['schxa/2023']);
  });

  it('counts meetings held per body, regulations adopted and revised, honors to the organization and branches minus retracted', () => {
    const doc = given(...year2023).then(2023);
    expect(doc.indicators['meetings.generalAssembly']).toEqual(exact(0));
    expect(doc.indicators['meetings.council']).toEqual(exact(1));
    expect(doc.indicators['meetings.standingCouncil']).toEqual(exact(2));
    expect(doc.indicators['meetings.presidentOffice']).toEqual(exact(4));
    expect(doc.indicators['regulations.adopted']).toEqual(exact(24));
    expect(doc.indicators['regulations.revised']).toEqual(exact(3));
    expect(doc.indicators['honors.received']).toEqual(exact(2));
  });

  it('uses stated membership figures only for a year without MemberJoined events', () => {
    const history = given(...year2023);
    expect(history.then(2022).indicators['members.joined']).toEqual(exact(30));
    expect(history.then(2022).indicators['members.active']).toEqual(about(280));
    expect(history.then(2023).indicators['members.joined']).toEqual(exact(41));
    expect(history.then(2023).indicators['members.active']).toEqual(exact(40));
    // 2024 records no joins and states nothing: the members known at its end.
    expect(history.then(2024).indicators['members.joined']).toEqual(exact(0));
    expect(history.then(2024).indicators['members.active']).toEqual(exact(40));
  });

  it('publishes organization-defined figures as custom.<key>, the latest recording winning', () => {
    expect(given(...year2023).then(2023).custom).toEqual({
      'custom.trainedDoctors': { label: '培训基层医生', unit: '人', value: 1200, approximate: true },
    });
  });

  it('given the 2023 plan, then plan vs actual: 2 planned branches founded, 1 not, 1 unplanned', () => {
    const { planVsActual } = given(...year2023)
      .when(trainingCorrections, retractedStandard)
      .then(2023);
    expect(planVsActual).toMatchObject({ adoptedOn: '2022-12-20', documentNumber: '川医协发〔2022〕301号' });
    const byId = Object.fromEntries(planVsActual!.targets.map((t) => [t.targetId, t]));
    expect(byId.branches).toEqual({
      targetId: 'branches',
      section: 'branches',
      description: '新成立分会3个',
      indicator: 'branches.founded',
      targetValue: 3,
      actual: exact(4),
      entities: [
        { name: '康复医学分会', done: true },
        { name: '医院感染管理分会', done: true },
        { name: '病案管理分会', done: false },
      ],
      status: 'partly-met',
      evidence: [
        { streamId: 'branch-schxa.n1', eventType: 'BranchFounded', description: '康复医学分会' },
        { streamId: 'branch-schxa.n2', eventType: 'BranchFounded', description: '医院感染管理分会' },
      ],
    });
    expect(byId.nursing.status).toBe('met');
    expect(byId.academic).toMatchObject({ actual: exact(54), status: 'met' });
    expect(byId.training).toMatchObject({ actual: exact(20), status: 'partly-met' });
    expect(byId.standard).toMatchObject({ actual: exact(0), status: 'not-met' });
    expect(byId.party).toMatchObject({ status: 'met', evidence: [{ streamId: 'branch-schxa.n1', eventType: 'PartyGroupFormed' }] });
    expect(byId.rating).toMatchObject({ status: 'not-met', evidence: [] });
    const unplanned = planVsActual!.targets.filter((t) => t.status === 'unplanned');
    expect(unplanned).toEqual([
      {
        targetId: 'unplanned:branch:n3',
        section: 'branches',
        description: '智慧医院分会',
        entities: [{ name: '智慧医院分会', done: true }],
        status: 'unplanned',
        evidence: [{ streamId: 'branch-schxa.n3', eventType: 'BranchFounded', description: '智慧医院分会' }],
      },
    ]);
  });

  it("matches a planned branch by the id the plan gives it when the founded name differs from the plan's wording", () => {
    const plan: History = (r) => {
      r.workPlan({
        type: 'AdoptWorkPlan',
        data: {
          year: 2023,
          adoptedOn: '2023-01-16',
          targets: [
            {
              targetId: 'approved',
              section: 'branches',
              description: '召开已批准分支机构成立大会',
              indicator: 'branches.founded',
              entities: [
                { kind: 'branch', name: '康复医学专业委员会', branchId: 'n1' },
                { kind: 'branch', name: '智慧医院专业委员会', branchId: 'n9' },
                { kind: 'branch', name: '护理管理分会' },
              ],
            },
          ],
        },
      });
    };
    const { planVsActual } = given(registeredBranches, branches2023, plan).then(2023);
    const [approved, ...unplanned] = planVsActual!.targets;
    expect(approved).toMatchObject({
      entities: [
        { name: '康复医学专业委员会', done: true },
        { name: '智慧医院专业委员会', done: false },
        { name: '护理管理分会', done: true },
      ],
      status: 'partly-met',
      evidence: [
        { streamId: 'branch-schxa.n1', eventType: 'BranchFounded', description: '康复医学分会' },
        { streamId: 'branch-schxa.n4', eventType: 'BranchFounded', description: '护理管理分会' },
      ],
    });
    // n1 is planned by id, n4 by name: n2 and n3 were not planned.
    expect(unplanned.map((t) => [t.targetId, t.status])).toEqual([
      ['unplanned:branch:n2', 'unplanned'],
      ['unplanned:branch:n3', 'unplanned'],
    ]);
  });

  it('follows amendments: a removed target goes with its evidence; a target on an indicator without a value is met above 0', () => {
    const amended: History = (r) => {
      r.workPlan({
        type: 'AmendWorkPlan',
        data: {
          year: 2023,
          amendedOn: '2023-07-01',
          removed: ['party', 'standard'],
          reason: '年中调整',
          added: [{ targetId: 'welfare', section: 'welfare', description: '开展义诊', indicator: 'welfare.activities' }],
        },
      });
    };
    const { planVsActual } = given(...year2023)
      .when(amended)
      .then(2023);
    const ids = planVsActual!.targets.map((t) => t.targetId);
    expect(ids).toEqual(['branches', 'nursing', 'academic', 'training', 'rating', 'welfare', 'unplanned:branch:n3']);
    expect(planVsActual!.targets.find((t) => t.targetId === 'welfare')).toMatchObject({ actual: exact(1), status: 'met', evidence: [] });
  });

  it('says whether anything is recorded for the year: documents that only carry history forward say not', () => {
    const history = given(...year2023);
    expect(history.then(2022).recorded).toBe(true);
    expect(history.then(2023).recorded).toBe(true);
    expect(history.then(2024).recorded).toBe(true);
    const carried = history.then(2030);
    expect(carried.recorded).toBe(false);
    expect(carried.indicators['branches.active']).toEqual(exact(24));
  });

  it('has no plan vs actual for a year without a work plan', () => {
    expect(given(...year2023).then(2024).planVsActual).toBeUndefined();
  });

  it('builds the same documents however the events are split into batches (JSON in between)', () => {
    const { recorder } = given(...year2023).when(trainingCorrections, retractedStandard);
    const all = projectAll(yearlySummaryProjection, recorder.events);
    for (const cut of [1, 25, 60, 100, recorder.events.length - 1]) {
      const docs = new Map(
        [...projectAll(yearlySummaryProjection, recorder.events.slice(0, cut))].map(([k, d]) => [
          k,
          JSON.parse(JSON.stringify(d)) as YearlySummaryDocument,
        ]),
      );
      for (const event of recorder.events.slice(cut)) {
        for (const key of yearlySummaryProjection.keysOf(event)) {
          docs.set(key, yearlySummaryProjection.evolve(docs.get(key) ?? yearlySummaryProjection.initial(key), event, key));
        }
      }
      for (const [key, doc] of docs) docs.set(key, yearlySummaryProjection.finalize!(doc, key));
      expect(docs).toEqual(all);
    }
  });
});

describe('yearly-summary projection: sums in the form their parts were stated', () => {
  const contest = (activityId: string, participants: Count) => (r: EventRecorder) =>
    r.activity({
      type: 'RecordCompetition',
      data: {
        activityId,
        title: activityId,
        heldOn: '2023-06-01',
        organizer: { kind: 'organization' },
        sessions: 1,
        mode: 'offline',
        participants,
      },
    });
  const retract = (activityId: string) => (r: EventRecorder) =>
    r.activity({ type: 'RetractActivityRecord', data: { activityId, retractedOn: '2023-12-01', reason: '重复' } });

  it('近300人 + 30人 + 300余人 is about 630 persons (约630人), not 630余人次; retracting the 近 part leaves 330余人', () => {
    const history = given(
      contest('football', { value: 300, approximate: true, marker: '近', unit: '人' }),
      contest('pharmacy', { value: 30, approximate: false, unit: '人' }),
      contest('records', { value: 300, approximate: true, marker: '余', unit: '人' }),
    );
    expect(history.then(2023).indicators['competition.participants']).toEqual({ value: 630, approximate: true, marker: '约', unit: '人' });
    expect(history.when(retract('football')).then(2023).indicators['competition.participants']).toEqual({
      value: 330,
      approximate: true,
      unit: '人',
    });
  });

  it('one part keeps its word (近1500人); a part counted in person-times makes the sum person-times; plain parts stay plain', () => {
    expect(
      given(contest('a', { value: 1500, approximate: true, marker: '近', unit: '人' })).then(2023).indicators['competition.participants'],
    ).toEqual({ value: 1500, approximate: true, marker: '近', unit: '人' });
    expect(
      given(contest('a', { value: 10, approximate: false, unit: '人' }), contest('b', { value: 5, approximate: false })).then(2023)
        .indicators['competition.participants'],
    ).toEqual({ value: 15, approximate: false });
    expect(
      given(contest('a', { value: 10, approximate: true }), contest('b', { value: 5, approximate: true, marker: '多' })).then(2023)
        .indicators['competition.participants'],
    ).toEqual({ value: 15, approximate: true });
  });
});

describe('yearly-summary projection: grants by programme', () => {
  it("counts youth programme grants (青年项目) among the grants awarded: a youth award, a total's stated youthCount", () => {
    const award = {
      type: 'GrantAwarded',
      data: { occurredOn: '2023-06-01', grantId: 'g1', title: 't', amountYuan: 20000, category: 'youth' },
      streamId: 'grant-schxa.g1',
      position: '1',
      metadata: { tenant: 'schxa', occurredAt: '2023-06-01', recordedAt: '2024-01-01T00:00:00.000Z' },
    };
    expect(contributionOf(recordChangeOf(award)!.after!, 2023)).toMatchObject({
      'grants.awarded': { value: 1 },
      'grants.awardedYouth': { value: 1 },
    });
    const total = {
      ...award,
      type: 'GrantsAwardedBackfilled',
      data: { occurredOn: '2023-12-31', grantId: 'b', year: 2023, count: 51, youthCount: 12, note: 'n', source: { document: 'd' } },
    };
    expect(contributionOf(recordChangeOf(total)!.after!, 2023)).toMatchObject({
      'grants.awarded': { value: 51 },
      'grants.awardedYouth': { value: 12 },
    });
    const general = { ...award, data: { ...award.data, category: 'general' } };
    expect(contributionOf(recordChangeOf(general)!.after!, 2023)['grants.awardedYouth']).toBeUndefined();
  });
});

describe("yearly-summary projection: a hospital's operating figures", () => {
  it("keeps the year's latest recording whole, in its own year only", () => {
    const recorder = new EventRecorder('schxa');
    const source = { document: 'd' };
    recorder.append(
      'OperatingStatisticsRecorded',
      { occurredOn: '2020-12-31', year: 2020, figures: [{ measure: 'surgeries', value: 13942, approximate: false }], source } as never,
      'operations-schxa.2020',
    );
    recorder.append(
      'OperatingStatisticsRecorded',
      { occurredOn: '2020-12-31', year: 2020, figures: [{ measure: 'surgeries', value: 13950, approximate: false }], source } as never,
      'operations-schxa.2020',
    );
    const docs = projectAll(yearlySummaryProjection, recorder.events);
    expect(docs.get('schxa/2020')!.operations).toEqual([{ measure: 'surgeries', value: 13950, approximate: false }]);
    expect(docs.get('schxa/2020')!.recorded).toBe(true);
    expect(docs.has('schxa/2021')).toBe(false);
  });

  it("keeps a figure's parts (其中) as stated, beside the figure and not summed into it", () => {
    const recorder = new EventRecorder('schxa');
    const research = {
      measure: 'researchProjectsActive',
      value: 31,
      approximate: false,
      parts: [
        { label: '省部级', count: 14 },
        { label: '市级', count: 17 },
      ],
    };
    recorder.append(
      'OperatingStatisticsRecorded',
      { occurredOn: '2020-12-31', year: 2020, figures: [research], source: { document: 'd' } } as never,
      'operations-schxa.2020',
    );
    expect(projectAll(yearlySummaryProjection, recorder.events).get('schxa/2020')!.operations).toEqual([research]);
  });
});

describe('yearly-summary projection: regulations by named set', () => {
  const regulations = (r: EventRecorder) => {
    r.organization({ type: 'RegisterOrganization', data: { name: '广元市中医医院', kind: 'association', registeredOn: '2019-01-01' } });
    r.organization({
      type: 'AdoptRegulation',
      data: {
        regulationId: 'emergency-a',
        title: '核酸检测等制度',
        mode: 'adopted',
        adoptedOn: '2020-03-01',
        count: 60,
        approximate: true,
        set: '应急管理制度',
      },
    });
    r.organization({
      type: 'AdoptRegulation',
      data: {
        regulationId: 'rectification',
        title: '“反统方”等制度',
        mode: 'adopted',
        adoptedOn: '2020-09-01',
        count: 17,
        set: '巡察整改制度',
      },
    });
    r.organization({
      type: 'AdoptRegulation',
      data: {
        regulationId: 'emergency-b',
        title: '分诊分流等制度',
        mode: 'adopted',
        adoptedOn: '2020-12-31',
        count: 30,
        set: '应急管理制度',
      },
    });
    r.organization({
      type: 'AdoptRegulation',
      data: {
        regulationId: 'processes',
        title: '应急处置等流程',
        mode: 'revised',
        adoptedOn: '2020-12-31',
        count: 50,
        approximate: true,
        set: '应急管理制度',
      },
    });
    r.organization({
      type: 'AdoptRegulation',
      data: { regulationId: 'finance', title: '财务制度', mode: 'adopted', adoptedOn: '2020-05-01', count: 2 },
    });
    r.organization({
      type: 'AdoptRegulation',
      data: { regulationId: 'next-year', title: '下年制度', mode: 'adopted', adoptedOn: '2021-01-05', count: 5, set: '应急管理制度' },
    });
  };

  it("sums each set's records (余 kept), adopted apart from revised, in the order first recorded; the total still counts every record", () => {
    const doc = given(regulations).then(2020);
    expect(doc.regulationSets).toEqual([
      { mode: 'adopted', set: '应急管理制度', count: about(90) },
      { mode: 'adopted', set: '巡察整改制度', count: exact(17) },
      { mode: 'revised', set: '应急管理制度', count: about(50) },
    ]);
    expect(doc.indicators['regulations.adopted']).toEqual(about(109));
    expect(doc.indicators['regulations.revised']).toEqual(about(50));
    expect(given(regulations).then(2021).regulationSets).toEqual([{ mode: 'adopted', set: '应急管理制度', count: exact(5) }]);
  });

  it('has no sets when no record names one', () => {
    expect(given(regulationsWithoutSets).then(2023).regulationSets).toBeUndefined();
  });
});

const regulationsWithoutSets = (r: EventRecorder) => {
  r.organization({ type: 'RegisterOrganization', data: { name: '协会', kind: 'association', registeredOn: '2019-01-01' } });
  r.organization({
    type: 'AdoptRegulation',
    data: { regulationId: 'rules-2023', title: '工作制度', mode: 'adopted', adoptedOn: '2023-05-01', count: 24 },
  });
};

describe('yearly-summary projection: rankings (排名)', () => {
  const residents: ranking.RankingRecord = {
    rankingId: 'residents',
    year: 2020,
    subject: '住培学员',
    assessment: '能力测试',
    assessedBy: '中国医师协会',
    section: 'training',
    results: [
      { scope: { level: 'national' }, rank: 39 },
      { scope: { level: 'provincial', area: '四川' }, rank: 3 },
    ],
  };
  const perf: ranking.RankingRecord = {
    rankingId: 'perf',
    year: 2020,
    subject: '医院',
    assessment: '三级公立中医医院综合绩效考核',
    results: [{ scope: { level: 'national' }, rank: 64, of: 533 }],
  };
  const wechat: ranking.RankingRecord = {
    rankingId: 'wechat',
    year: 2020,
    subject: '微信公众号',
    assessment: '大数据监测',
    section: 'publicity',
    results: [{ scope: { level: 'system', area: '全国中医药系统' }, rank: 61 }],
  };
  const record =
    (r: ranking.RankingRecord, on = '2021-01-10'): History =>
    (rec) =>
      rec.run(ranking.rankingDecider, ranking.toRankingStreamId('schxa', r.rankingId), {
        type: 'RecordRanking',
        data: { ...r, recordedOn: on },
      });
  const lineOf = (r: ranking.RankingRecord) => ({
    rankingId: r.rankingId,
    subject: r.subject,
    assessment: r.assessment,
    ...(r.assessedBy ? { assessedBy: r.assessedBy } : {}),
    section: r.section ?? 'self-building',
    results: r.results,
  });

  it('lists the rankings of the year they name, in the order recorded, 自身建设 when no section is named; no figure adds their ranks', () => {
    const doc = given(record(residents), record(perf), record(wechat)).then(2020);
    expect(doc.rankings).toEqual([lineOf(residents), lineOf(perf), lineOf(wechat)]);
    expect(doc.recorded).toBe(true);
    expect(yearlySummaryProjection.initial('schxa/2020').rankings).toBeUndefined();
    expect(doc.indicators).toEqual(yearlySummaryProjection.initial('schxa/2020').indicators);
  });

  it("keeps a corrected ranking in its place as it now stands, drops a retracted one, in the ranking's year only", () => {
    const results = [{ scope: { level: 'national' as const }, rank: 38 }];
    const h = given(record(residents), record(perf)).when(
      (r) =>
        r.run(ranking.rankingDecider, ranking.toRankingStreamId('schxa', 'residents'), {
          type: 'CorrectRanking',
          data: { rankingId: 'residents', changes: { results }, reason: '名次有误', correctedOn: '2021-03-01' },
        }),
      (r) =>
        r.run(ranking.rankingDecider, ranking.toRankingStreamId('schxa', 'perf'), {
          type: 'RetractRanking',
          data: { rankingId: 'perf', reason: '重复录入', retractedOn: '2021-03-02' },
        }),
    );
    expect(h.then(2020).rankings).toEqual([{ ...lineOf(residents), results }]);
    expect(projectAll(yearlySummaryProjection, h.recorder.events).get('schxa/2021')).toBeUndefined();
  });
});
