import type { activity, ranking, work } from '@assocflow/domain';
import { zhRankingSentences } from './ranking-lines';
import { zhWorkSentence } from './work-lines';
import { chineseNumeral, recorded, zhCount, zhDate, zhPeople, zhWanYuan } from './figures';
import { zhOperationsParagraph } from './operations-lines';
import { zhRegulationSets } from './regulation-lines';
import { namedOfKind, zhSectionTotals, zhPublicationsParagraph, zhRecordsParagraph, zhReportsParagraph } from './record-lines';
import { hasLowerBound, planTable, planTally, type PlanWording } from './plan-table';
import type { ReportDocument, ReportOptions, ReportSection, ReportSummary } from './report.types';

/** Sentences joined as the documents write them: parts by "，", each sentence ended by "。". */
const sentence = (...parts: (string | undefined)[]): string | undefined => {
  const kept = parts.filter((p): p is string => Boolean(p));
  return kept.length ? `${kept.join('，')}。` : undefined;
};

const when = <T>(value: T | undefined, text: (value: T) => string): string | undefined => (value === undefined ? undefined : text(value));

type Sentences = (s: ReportSummary) => (string | undefined)[];

const party: Sentences = (s) => {
  const active = recorded(s, 'branches.active');
  const withGroup = recorded(s, 'party.branchesWithGroup');
  return [
    sentence(when(recorded(s, 'party.groupsFormed'), (f) => `新成立党建工作小组${zhCount(f)}个`)),
    sentence(
      when(withGroup, (f) =>
        active ? `协会${zhCount(active)}个分支机构已建立${zhCount(f)}个党建工作小组` : `已有${zhCount(f)}个分支机构建立党建工作小组`,
      ),
    ),
    sentence(
      when(recorded(s, 'party.unitsFounded'), (f) => {
        const ofWhich = [
          when(recorded(s, 'party.generalBranchesFounded'), (g) => `党总支${zhCount(g)}个`),
          when(recorded(s, 'party.branchesFounded'), (b) => `党支部${zhCount(b)}个`),
        ].filter(Boolean);
        return `新建党总支、党支部${zhCount(f)}个${ofWhich.length ? `（其中${ofWhich.join('、')}）` : ''}`;
      }),
    ),
    sentence(when(recorded(s, 'party.studySessions'), (f) => `开展政治理论学习${zhCount(f)}次`)),
  ];
};

const academic: Sentences = (s) => {
  const sessions = recorded(s, 'academic.sessions');
  const online = recorded(s, 'academic.sessionsOnline');
  const participants = recorded(s, 'academic.participants');
  return [
    sentence(
      when(sessions, (f) => `举办学术活动${zhCount(f)}场${online ? `（其中线上${zhCount(online)}场）` : ''}`),
      when(participants, (f) => `参加人员${zhPeople(f)}`),
    ),
  ];
};

const training: Sentences = (s) => [
  sentence(
    when(recorded(s, 'training.sessions'), (f) => `举办培训${zhCount(f)}场次`),
    when(recorded(s, 'training.participants'), (f) => `培训${zhPeople(f)}`),
  ),
  sentence(when(recorded(s, 'training.cmeProjects'), (f) => `举办继续教育学分项目${zhCount(f)}项`)),
  sentence(when(recorded(s, 'training.passed'), (f) => `${zhCount(f)}人次通过考核`)),
];

const competition: Sentences = (s) => [
  sentence(
    when(recorded(s, 'competition.count'), (f) => `举办竞赛、评选${zhCount(f)}项`),
    when(recorded(s, 'competition.participants'), (f) => `参赛${zhPeople(f)}`),
  ),
];

const welfare: Sentences = (s) => [
  sentence(
    when(recorded(s, 'welfare.activities'), (f) => `开展公益、义诊活动${zhCount(f)}场`),
    when(recorded(s, 'welfare.peopleServed'), (f) => `服务群众${zhPeople(f)}`),
  ),
];

const research: Sentences = (s) => {
  const surveys = recorded(s, 'reports.surveys');
  const standards = recorded(s, 'reports.standards');
  const ofWhich = [when(surveys, (f) => `调研报告${zhCount(f)}篇`), when(standards, (f) => `标准${zhCount(f)}项`)].filter(Boolean);
  return [
    sentence(
      when(
        recorded(s, 'reports.issued'),
        (f) => `形成调研报告、标准、著作等${zhCount(f)}项${ofWhich.length ? `（其中${ofWhich.join('，')}）` : ''}`,
      ),
    ),
    sentence(when(recorded(s, 'reports.submitted'), (f) => `向政府部门报送报告${zhCount(f)}份`)),
  ];
};

const grants: Sentences = (s) => [
  sentence(
    when(
      recorded(s, 'grants.awarded'),
      (f) => `资助课题${zhCount(f)}项${when(recorded(s, 'grants.awardedYouth'), (y) => `（其中青年项目${zhCount(y)}项）`) ?? ''}`,
    ),
    when(recorded(s, 'grants.amountYuan'), (f) => `资助经费${zhWanYuan(f)}`),
  ),
  sentence(
    when(recorded(s, 'grants.externalWon'), (f) => `获外部立项${zhCount(f)}项`),
    when(recorded(s, 'grants.externalAmountYuan'), (f) => `获外部资助经费${zhWanYuan(f)}`),
  ),
  sentence(when(recorded(s, 'grants.concluded'), (f) => `资助课题结题${zhCount(f)}项`)),
];

const publicity: Sentences = (s) => [
  sentence(
    when(recorded(s, 'publications.issues'), (f) => `编印期刊、会讯${zhCount(f)}期`),
    when(recorded(s, 'publications.copies'), (f) => `共${zhCount(f)}册`),
  ),
  sentence(when(recorded(s, 'publications.posts'), (f) => `发布推文、信息${zhCount(f)}条`)),
];

const selfBuilding: Sentences = (s) => {
  const meetings = (
    [
      ['meetings.generalAssembly', '会员代表大会'],
      ['meetings.council', '理事会'],
      ['meetings.standingCouncil', '常务理事会'],
      ['meetings.presidentOffice', '会长办公会'],
      ['meetings.branch', '分支机构委员会会议'],
    ] as const
  ).flatMap(([key, body]) => when(recorded(s, key), (f) => `${body}${zhCount(f)}次`) ?? []);
  const founded = recorded(s, 'branches.founded');
  const names = (s.branchesFounded ?? []).map((b) => b.name);
  return [
    sentence(meetings.length ? `召开${meetings.join('、')}` : undefined),
    sentence(
      when(recorded(s, 'regulations.adopted'), (f) => `新制定制度${zhCount(f)}项${zhRegulationSets(s, 'adopted')}`),
      when(recorded(s, 'regulations.revised'), (f) => `修订制度${zhCount(f)}项${zhRegulationSets(s, 'revised')}`),
    ),
    sentence(when(founded, (f) => `新成立分支机构${zhCount(f)}个${names.length ? `：${names.join('、')}` : ''}`)),
    sentence(
      when(recorded(s, 'branches.inPreparation'), (f) => `筹备成立分支机构${zhCount(f)}个`),
      when(recorded(s, 'branches.subgroupsSetUp'), (f) => `分支机构新设学组${zhCount(f)}个`),
    ),
    sentence(
      when(recorded(s, 'branches.renewed'), (f) => `完成换届${zhCount(f)}个`),
      when(recorded(s, 'branches.active'), (f) => `年末共有分支机构${zhCount(f)}个`),
      when(recorded(s, 'branches.overdue'), (f) => `逾期未换届${zhCount(f)}个`),
    ),
    sentence(
      when(recorded(s, 'members.joined'), (f) => `新发展会员${zhCount(f)}个`),
      when(recorded(s, 'members.active'), (f) => `年末共有会员${zhCount(f)}个`),
    ),
    sentence(
      when(recorded(s, 'honors.received'), (f) => `获得荣誉${zhCount(f)}项`),
      when(recorded(s, 'honors.staffHonored'), (f) => `职工受到表彰${zhCount(f)}人次`),
      when(recorded(s, 'honors.memberProjectsHonored'), (f) => `会员单位${zhCount(f)}个项目获奖`),
    ),
    sentence(when(recorded(s, 'honors.awarded'), (f) => `评选表彰先进单位和个人${zhCount(f)}个（人次）`)),
  ];
};

/** A section's own sentences, then its work records' figures (工作记录). */
const withWork =
  (of: Sentences, section: work.WorkSection): Sentences =>
  (s) => [...of(s), zhWorkSentence(s, section)];
/** A section's sentences, then the rankings it states (排名). */
const withRankings =
  (of: Sentences, section: ranking.RankingSection): Sentences =>
  (s) => [...of(s), ...zhRankingSentences(s, section)];
const emergency: Sentences = (s) => [zhWorkSentence(s, 'emergency')];

const hospitalOperations: Sentences = (s) => [zhOperationsParagraph(s.operations)];

const custom: Sentences = (s) =>
  Object.values(s.custom)
    .filter((c) => c.value > 0)
    .map((c) => sentence(`${c.label}${zhCount({ value: c.value, approximate: c.approximate, marker: c.marker })}${c.unit ?? ''}`));

const exchange: Sentences = (s) => [
  sentence(
    when(recorded(s, 'exchange.visits'), (f) => `开展交流考察、座谈${zhCount(f)}次`),
    when(recorded(s, 'exchange.participants'), (f) => `参加${zhPeople(f)}`),
  ),
  sentence(
    when(recorded(s, 'alliances.founded'), (f) => `新组建联盟${zhCount(f)}个`),
    when(recorded(s, 'alliances.members'), (f) => `成员单位${zhCount(f)}家`),
  ),
];

/**
 * 党建, 学术活动, 培训, 竞赛, 公益, 交流合作, 调研与标准, 科研资助, 宣传, 自身建设, then the
 * organization's own figures; a section of activities names its records after its totals (其中).
 */
type Records = (options: ReportOptions) => string | undefined;
const named =
  (kind: activity.ActivityKind): Records =>
  (o) => {
    const text = [zhSectionTotals(o.activities ?? [], kind), zhRecordsParagraph(namedOfKind(o.activities ?? [], kind))]
      .filter(Boolean)
      .join('');
    return text || undefined;
  };
const publications: Records = (o) => zhPublicationsParagraph(o.publications ?? []);
const reports: Records = (o) => zhReportsParagraph(o.reports ?? []);

const SECTIONS: [title: string, sentences: Sentences, records?: Records][] = [
  ['党建', withRankings(party, 'party'), named('study')],
  ['学术活动', withRankings(academic, 'academic'), named('academic')],
  ['培训', withRankings(withWork(training, 'training'), 'training'), named('training')],
  ['竞赛', withRankings(competition, 'competition'), named('competition')],
  ['公益', withRankings(withWork(welfare, 'welfare'), 'welfare'), named('welfare')],
  ['交流合作', withRankings(exchange, 'exchange'), named('exchange')],
  ['调研与标准', withRankings(research, 'research'), reports],
  ['科研资助', withRankings(grants, 'grants')],
  ['宣传', withRankings(withWork(publicity, 'publicity'), 'publicity'), publications],
  ['自身建设', withRankings(withWork(selfBuilding, 'self-building'), 'self-building')],
  ['应急与疫情防控', emergency],
  ['医院运营', hospitalOperations],
  ['其他工作', custom],
];

export const ZH_PLAN: PlanWording = {
  lang: 'zh',
  columns: ['目标', '计划', '完成', '完成情况'],
  list: (items) => items.join('、'),
  entities: (done, missing) =>
    [done.length ? `已成立：${done.join('、')}` : '', missing.length ? `未成立：${missing.join('、')}` : ''].filter(Boolean).join('；'),
  evidence: (n) => `佐证${n}项`,
  none: '—',
  status: { met: '已完成', 'partly-met': '部分完成', 'not-met': '未完成', unplanned: '计划外完成' },
};

function planSection(s: ReportSummary): Omit<ReportSection, 'heading'> | undefined {
  const plan = s.planVsActual;
  if (!plan) return undefined;
  const tally = planTally(plan.targets);
  const source = [plan.documentNumber, `${zhDate(plan.adoptedOn)}通过`].filter(Boolean).join('，');
  const counts = [
    tally.met ? `完成${tally.met}项` : '',
    tally['partly-met'] ? `部分完成${tally['partly-met']}项` : '',
    tally['not-met'] ? `未完成${tally['not-met']}项` : '',
  ].filter(Boolean);
  const intro = `对照${s.year}年度工作计划（${source}），计划目标${tally.planned}项${counts.length ? `：${counts.join('，')}` : ''}${tally.unplanned ? `；另有计划外完成${tally.unplanned}项` : ''}。`;
  return { paragraphs: [intro], table: planTable(plan.targets, ZH_PLAN) };
}

/** 工作总结 as the associations write it: numbered sections (一、二、…), 场, 人次, 万元, 余. */
export function chineseReport(summary: ReportSummary, options: ReportOptions = {}): ReportDocument {
  const bodies: [string, Omit<ReportSection, 'heading'>][] = SECTIONS.flatMap(([title, of, namesOf]) => {
    const records = namesOf?.(options);
    const paragraphs = [...of(summary), records].filter((p): p is string => Boolean(p));
    return paragraphs.length ? [[title, { paragraphs }] as [string, Omit<ReportSection, 'heading'>]] : [];
  });
  const plan = planSection(summary);
  if (plan) bodies.push(['年度工作计划完成情况', plan]);
  return {
    lang: 'zh-CN',
    title: `${options.organizationName ?? summary.tenant} ${summary.year}年度工作总结`,
    ...(options.documentNumber ? { documentNumber: options.documentNumber } : {}),
    sections: bodies.map(([title, body], i) => ({ heading: `${chineseNumeral(i + 1)}、${title}`, ...body })),
    notes: hasLowerBound(summary) ? ['注：数字后带“余”者为下限（“30300余人次”即30300人次以上）。'] : [],
  };
}
