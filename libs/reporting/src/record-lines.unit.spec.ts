import type { ActivityLedgerRow } from '@assocflow/projections/activity-ledger';
import {
  enRecordLine,
  namedOfKind,
  MAX_RECORD_LINES,
  zhPublicationsParagraph,
  zhRecordLine,
  zhRecordsParagraph,
  zhReportsParagraph,
  enReportsParagraph,
} from './record-lines';

const row = (over: Partial<ActivityLedgerRow>): ActivityLedgerRow => ({
  activityId: 'a',
  kind: 'competition',
  title: '足球锦标赛',
  occurredOn: '2023-05-01',
  sessions: 1,
  onlineSessions: 0,
  participants: { value: 0, approximate: false },
  ...over,
});

describe('the records a section names (其中), each figure as its source stated it', () => {
  it('a competition: nearly 300 persons (近300人), 16 teams', () => {
    const r = row({ participants: { value: 300, approximate: true, marker: '近', unit: '人' }, teams: 16 });
    expect(zhRecordLine(r)).toBe('足球锦标赛，参赛近300人，参赛队伍16支');
    expect(enRecordLine(r)).toBe('足球锦标赛 (entered by nearly 300 people, 16 teams)');
  });

  it('viewers online kept apart from the people served, experts, institutions, places, works, winners and forums', () => {
    const r = row({
      kind: 'welfare',
      title: '科普讲座',
      sessions: 7,
      peopleServed: { value: 200, approximate: true, marker: '多', unit: '人' },
      reach: {
        viewersOnline: { value: 200_000, approximate: true, marker: '近', wan: true },
        experts: { value: 20, approximate: true },
        institutions: { value: 151, approximate: false },
        regions: { count: { value: 20, approximate: false }, level: 'city' },
        submissions: { value: 800, approximate: true },
        winners: { value: 4, approximate: false },
        forums: { main: 1, parallel: 8 },
      },
    });
    expect(zhRecordLine(r)).toBe(
      '科普讲座，设主论坛1个、平行论坛8个，7场，服务群众200多人，线上观看近20万人次，专家20余名，151家机构参与，覆盖20个市，收到作品800余份，获奖或晋级4',
    );
  });

  it('names held records only, in the order held, at most MAX_RECORD_LINES and how many more', () => {
    const rows = [
      row({ activityId: 'b', occurredOn: '2023-06-01', title: '乙' }),
      row({ activityId: 'a', occurredOn: '2023-02-01', title: '甲' }),
      row({ activityId: 't', kind: 'training', title: '培训' }),
      row({ activityId: 'x', backfilled: true, title: undefined, note: '总数' }),
    ];
    expect(namedOfKind(rows, 'competition').map((r) => r.title)).toEqual(['甲', '乙']);
    const many = Array.from({ length: MAX_RECORD_LINES + 2 }, (_, i) => row({ activityId: `r${i}`, title: `赛${i}` }));
    expect(zhRecordsParagraph(many)).toMatch(/^其中：赛0；.*；另有2项。$/);
    expect(zhRecordsParagraph([])).toBeUndefined();
  });

  it('names a total given under a name after the held records, its sessions always (100余场)', () => {
    const total = row({
      activityId: 'backfill-academic-2025-2',
      kind: 'academic',
      title: '各专委会学术活动',
      backfilled: true,
      sessions: 100,
      sessionsApproximate: true,
      participants: { value: 0, approximate: false },
      note: 'x',
    });
    const held = row({
      activityId: 'h',
      kind: 'academic',
      title: '院长大会',
      participants: { value: 1000, approximate: true, marker: '近', unit: '人' },
    });
    const untitled = row({ activityId: 'backfill-academic-2025-1', kind: 'academic', title: undefined, backfilled: true, note: 'y' });
    expect(namedOfKind([total, untitled, held], 'academic').map((r) => r.activityId)).toEqual(['h', 'backfill-academic-2025-2']);
    expect(zhRecordsParagraph(namedOfKind([total, held], 'academic'))).toBe('其中：院长大会，参会近1000人；各专委会学术活动，100余场。');
  });

  it('names the publications given under a name, with issues, copies and posts as stated', () => {
    const source = { document: 'd', section: 's' };
    expect(
      zhPublicationsParagraph([
        {
          reportId: 'a',
          year: 2023,
          kind: 'journal-issue',
          title: '《四川医院管理》杂志',
          issues: { value: 4, approximate: false },
          copies: { value: 8000, approximate: false },
          note: 'n',
          source,
        },
        {
          reportId: 'b',
          year: 2023,
          kind: 'newsletter',
          title: '工作简报',
          issues: { value: 100, approximate: true, marker: '多' },
          note: 'n',
          source,
        },
        { reportId: 'c', year: 2023, kind: 'post', posts: { value: 245, approximate: false }, note: 'untitled', source },
      ]),
    ).toBe('其中：《四川医院管理》杂志，4期，8000册；工作简报，100多期。');
    expect(zhPublicationsParagraph([])).toBeUndefined();
  });
});

describe('the reports 调研与标准 names', () => {
  it('names each report issued (not drafts, not periodicals), with what it covered as stated', () => {
    const base = { issuer: { kind: 'organization' as const }, submissions: [], status: 'published' as const };
    const entries = [
      {
        ...base,
        reportId: 'b',
        kind: 'survey' as const,
        title: '门急诊管理调查',
        issuedOn: '2025-09-01',
        coverage: {
          regions: { count: { value: 16, approximate: false }, level: 'city' as const },
          institutions: { value: 175, approximate: false },
          respondents: { value: 547, approximate: false },
        },
      },
      { ...base, reportId: 'a', kind: 'standard' as const, title: '团体标准', issuedOn: '2025-03-01' },
      { ...base, reportId: 'd', kind: 'standard' as const, title: '征求意见稿', issuedOn: '2025-04-01', status: 'draft' as const },
      { ...base, reportId: 'n', kind: 'newsletter' as const, title: '会讯', issuedOn: '2025-05-01' },
    ];
    expect(zhReportsParagraph(entries)).toBe('其中：团体标准；门急诊管理调查，覆盖16个市、175家机构、547份（人）。');
    expect(zhReportsParagraph([])).toBeUndefined();
  });

  it('states a series together, with how many, where its first report stands: 《…》《…》及《…》三份专题研究成果', () => {
    const base = { issuer: { kind: 'organization' as const }, submissions: [], status: 'published' as const, kind: 'survey' as const };
    const series = '专题研究成果';
    const entries = [
      { ...base, reportId: 'p', title: '《基层报告》', issuedOn: '2025-03-01', series },
      {
        ...base,
        reportId: 's',
        title: '《医务社工报告》',
        issuedOn: '2025-04-01',
        coverage: { institutions: { value: 547, approximate: false } },
      },
      { ...base, reportId: 'q', title: '《民营报告》', issuedOn: '2025-05-01', series },
      { ...base, reportId: 'r', title: '《公立报告》', issuedOn: '2025-06-01', series },
    ];
    expect(zhReportsParagraph(entries)).toBe(
      '其中：《基层报告》《民营报告》及《公立报告》三份专题研究成果；《医务社工报告》，覆盖547家机构。',
    );
    expect(enReportsParagraph(entries)).toBe(
      'Among them: 3 专题研究成果: 《基层报告》, 《民营报告》, 《公立报告》; 《医务社工报告》 (covering 547 institutions).',
    );
    expect(zhReportsParagraph(entries.slice(0, 1).concat({ ...entries[2], title: '民营报告' }))).toBe(
      '其中：《基层报告》及民营报告两份专题研究成果。',
    );
  });
});

describe('a total of competitions', () => {
  it('counts them in 项, not 场', () => {
    const total = {
      activityId: 'backfill-competition-2025-1',
      kind: 'competition' as const,
      title: '岗位比武',
      occurredOn: '2025-12-31',
      sessions: 3,
      onlineSessions: 0,
      participants: { value: 0, approximate: false },
      backfilled: true as const,
      note: 'n',
    };
    expect(zhRecordLine(total)).toBe('岗位比武，3项');
  });
});
