import type { activity, ranking, work } from '@assocflow/domain';
import { enRankingSentences } from './ranking-lines';
import { enWorkSentence } from './work-lines';
import { enOperationsParagraph } from './operations-lines';
import { enRegulationSets } from './regulation-lines';
import { enPublicationsParagraph, enRecordsParagraph, enReportsParagraph, enSectionTotals, namedOfKind } from './record-lines';
import type { IndicatorValue } from '@assocflow/projections/yearly-summary';
import { enCount, enYuan, plural, recorded } from './figures';
import { hasLowerBound, planTable, planTally, type PlanWording } from './plan-table';
import type { ReportDocument, ReportOptions, ReportSection, ReportSummary } from './report.types';

const joined =
  (separator: string) =>
  (...parts: (string | undefined)[]): string | undefined => {
    const kept = parts.filter((p): p is string => Boolean(p));
    if (!kept.length) return undefined;
    const text = kept.join(separator);
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
/** Parts of one statement joined by ", ", the first letter capitalized, ended by a full stop. */
const sentence = joined(', ');
/** Statements of their own joined by "; ". */
const clauses = joined('; ');

const when = <T>(value: T | undefined, text: (value: T) => string): string | undefined => (value === undefined ? undefined : text(value));

/** "a, b and c". */
const and = (items: string[]): string => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

const n = (f: IndicatorValue, one: string, many?: string) => `${enCount(f)} ${plural(f, one, many)}`;

type Sentences = (s: ReportSummary) => (string | undefined)[];

const party: Sentences = (s) => {
  const active = recorded(s, 'branches.active');
  return [
    sentence(when(recorded(s, 'party.groupsFormed'), (f) => `${n(f, 'party working group')} formed`)),
    sentence(
      when(recorded(s, 'party.branchesWithGroup'), (f) =>
        active
          ? `${enCount(f)} of the ${n(active, 'branch', 'branches')} have a party working group`
          : `${n(f, 'branch', 'branches')} with a party working group`,
      ),
    ),
    sentence(
      when(recorded(s, 'party.unitsFounded'), (f) => {
        const ofWhich = [
          when(recorded(s, 'party.generalBranchesFounded'), (g) => n(g, 'general branch', 'general branches')),
          when(recorded(s, 'party.branchesFounded'), (b) => n(b, 'branch', 'branches')),
        ].filter(Boolean);
        return `${n(f, 'party unit')} (general branch or branch) founded${ofWhich.length ? `: ${ofWhich.join(' and ')}` : ''}`;
      }),
    ),
    sentence(when(recorded(s, 'party.studySessions'), (f) => `${n(f, 'political study session')} held`)),
  ];
};

const academic: Sentences = (s) => {
  const online = recorded(s, 'academic.sessionsOnline');
  return [
    sentence(
      when(recorded(s, 'academic.sessions'), (f) => `held ${n(f, 'academic session')}${online ? ` (${enCount(online)} online)` : ''}`),
      when(recorded(s, 'academic.participants'), (f) => `with ${n(f, 'participant')}`),
    ),
  ];
};

const training: Sentences = (s) => [
  sentence(
    when(recorded(s, 'training.sessions'), (f) => `held ${n(f, 'training session')}`),
    when(recorded(s, 'training.participants'), (f) => `with ${n(f, 'participant')}`),
  ),
  sentence(when(recorded(s, 'training.cmeProjects'), (f) => `held ${n(f, 'continuing medical education (CME) credit project')}`)),
  sentence(when(recorded(s, 'training.passed'), (f) => `${n(f, 'participant')} passed an assessment`)),
];

const competition: Sentences = (s) => [
  sentence(
    when(recorded(s, 'competition.count'), (f) => `held ${n(f, 'competition or case selection', 'competitions and case selections')}`),
    when(recorded(s, 'competition.participants'), (f) => `with ${n(f, 'participant')}`),
  ),
];

const welfare: Sentences = (s) => [
  sentence(
    when(recorded(s, 'welfare.activities'), (f) => `held ${n(f, 'public-welfare activity', 'public-welfare activities')}`),
    when(recorded(s, 'welfare.peopleServed'), (f) => `serving ${n(f, 'person', 'people')}`),
  ),
];

const research: Sentences = (s) => {
  const ofWhich = [
    when(recorded(s, 'reports.surveys'), (f) => n(f, 'survey report')),
    when(recorded(s, 'reports.standards'), (f) => n(f, 'standard')),
  ].filter((p): p is string => Boolean(p));
  return [
    sentence(
      when(
        recorded(s, 'reports.issued'),
        (f) =>
          `issued ${n(f, 'report, standard or book', 'reports, standards and books')}${ofWhich.length ? ` (${ofWhich.join(', ')})` : ''}`,
      ),
    ),
    sentence(when(recorded(s, 'reports.submitted'), (f) => `submitted ${n(f, 'report')} to government bodies`)),
  ];
};

const grants: Sentences = (s) => [
  sentence(
    when(
      recorded(s, 'grants.awarded'),
      (f) => `awarded ${n(f, 'research grant')}${when(recorded(s, 'grants.awardedYouth'), (y) => ` (${n(y, 'youth grant')})`) ?? ''}`,
    ),
    when(recorded(s, 'grants.amountYuan'), (f) => `${enYuan(f)} in total`),
  ),
  sentence(
    when(recorded(s, 'grants.externalWon'), (f) => `won ${n(f, 'project')} from outside funders`),
    when(recorded(s, 'grants.externalAmountYuan'), (f) => `${enYuan(f)} in external funding`),
  ),
  sentence(when(recorded(s, 'grants.concluded'), (f) => `${n(f, 'grant')} concluded`)),
];

const publicity: Sentences = (s) => [
  sentence(
    when(recorded(s, 'publications.issues'), (f) => `published ${n(f, 'journal or newsletter issue', 'journal and newsletter issues')}`),
    when(recorded(s, 'publications.copies'), (f) => n(f, 'printed copy', 'printed copies')),
  ),
  sentence(when(recorded(s, 'publications.posts'), (f) => `published ${n(f, 'post')} online`)),
];

const selfBuilding: Sentences = (s) => {
  const meetings = (
    [
      ['meetings.generalAssembly', 'general assembly', 'general assemblies'],
      ['meetings.council', 'council meeting', 'council meetings'],
      ['meetings.standingCouncil', 'standing council meeting', 'standing council meetings'],
      ['meetings.presidentOffice', "president's office meeting", "president's office meetings"],
      ['meetings.branch', 'branch committee meeting', 'branch committee meetings'],
    ] as const
  ).flatMap(([key, one, many]) => when(recorded(s, key), (f) => n(f, one, many)) ?? []);
  const names = (s.branchesFounded ?? []).map((b) => b.name);
  return [
    sentence(meetings.length ? `held ${and(meetings)}` : undefined),
    clauses(
      when(recorded(s, 'regulations.adopted'), (f) => `adopted ${n(f, 'regulation')}${enRegulationSets(s, 'adopted')}`),
      when(recorded(s, 'regulations.revised'), (f) => `revised ${n(f, 'regulation')}${enRegulationSets(s, 'revised')}`),
    ),
    sentence(
      when(
        recorded(s, 'branches.founded'),
        (f) => `founded ${n(f, 'new branch', 'new branches')}${names.length ? `: ${names.join(', ')}` : ''}`,
      ),
    ),
    sentence(
      when(recorded(s, 'branches.inPreparation'), (f) => `began preparing ${n(f, 'branch', 'branches')}`),
      when(recorded(s, 'branches.subgroupsSetUp'), (f) => `set up ${n(f, 'sub-group')} under branches`),
    ),
    clauses(
      when(recorded(s, 'branches.renewed'), (f) => `renewed ${n(f, 'branch term')}`),
      when(recorded(s, 'branches.active'), (f) => `${n(f, 'active branch', 'active branches')} at year end`),
      when(recorded(s, 'branches.overdue'), (f) => `${n(f, 'branch', 'branches')} overdue for renewal`),
    ),
    clauses(
      when(recorded(s, 'members.joined'), (f) => `${n(f, 'new member')} joined`),
      when(recorded(s, 'members.active'), (f) => `${n(f, 'member')} at year end`),
    ),
    sentence(
      when(recorded(s, 'honors.received'), (f) => `received ${n(f, 'honor')}`),
      when(recorded(s, 'honors.staffHonored'), (f) => `staff were honored ${enCount(f)} times`),
      when(recorded(s, 'honors.memberProjectsHonored'), (f) => `${enCount(f)} member projects won awards`),
    ),
    sentence(when(recorded(s, 'honors.awarded'), (f) => `honored ${n(f, 'member or person', 'members and persons')}`)),
  ];
};

const hospitalOperations: Sentences = (s) => [enOperationsParagraph(s.operations)];

const custom: Sentences = (s) =>
  Object.entries(s.custom)
    .filter(([, c]) => c.value > 0)
    .map(([key, c]) =>
      sentence(
        `${c.label} (${key.replace(/^custom\./, '')}): ${enCount({ value: c.value, approximate: c.approximate, marker: c.marker })}${c.unit ? ` ${c.unit}` : ''}`,
      ),
    );

const exchange: Sentences = (s) => [
  sentence(
    when(recorded(s, 'exchange.visits'), (f) => `held ${n(f, 'exchange visit')}`),
    when(recorded(s, 'exchange.participants'), (f) => `with ${n(f, 'participant')}`),
  ),
  sentence(
    when(recorded(s, 'alliances.founded'), (f) => `founded ${n(f, 'alliance')}`),
    when(recorded(s, 'alliances.members'), (f) => `with ${n(f, 'member institution')}`),
  ),
];

/** As the Chinese report: a section's own sentences, then its work records' figures. */
const withWork =
  (of: Sentences, section: work.WorkSection): Sentences =>
  (s) => [...of(s), enWorkSentence(s, section)];
/** A section's sentences, then the rankings it states (排名). */
const withRankings =
  (of: Sentences, section: ranking.RankingSection): Sentences =>
  (s) => [...of(s), ...enRankingSentences(s, section)];
const emergency: Sentences = (s) => [enWorkSentence(s, 'emergency')];

/** As the Chinese report: a section of activities names its records after its totals. */
type Records = (options: ReportOptions) => string | undefined;
const named =
  (kind: activity.ActivityKind): Records =>
  (o) => {
    const text = [enSectionTotals(o.activities ?? [], kind), enRecordsParagraph(namedOfKind(o.activities ?? [], kind))]
      .filter(Boolean)
      .join(' ');
    return text || undefined;
  };
const publications: Records = (o) => enPublicationsParagraph(o.publications ?? []);
const reports: Records = (o) => enReportsParagraph(o.reports ?? []);

const SECTIONS: [title: string, sentences: Sentences, records?: Records][] = [
  ['Party building', withRankings(party, 'party'), named('study')],
  ['Academic activities', withRankings(academic, 'academic'), named('academic')],
  ['Training', withRankings(withWork(training, 'training'), 'training'), named('training')],
  ['Competitions', withRankings(competition, 'competition'), named('competition')],
  ['Public welfare', withRankings(withWork(welfare, 'welfare'), 'welfare'), named('welfare')],
  ['Exchange and cooperation', withRankings(exchange, 'exchange'), named('exchange')],
  ['Research and standards', withRankings(research, 'research'), reports],
  ['Research grants', withRankings(grants, 'grants')],
  ['Publicity', withRankings(withWork(publicity, 'publicity'), 'publicity'), publications],
  ['Organizational self-building', withRankings(withWork(selfBuilding, 'self-building'), 'self-building')],
  ['Emergency and epidemic response', emergency],
  ['Hospital operations', hospitalOperations],
  ['Other figures', custom],
];

export const EN_PLAN: PlanWording = {
  lang: 'en',
  columns: ['Target', 'Planned', 'Achieved', 'Status'],
  list: (items) => items.join(', '),
  entities: (done, missing) =>
    [done.length ? `founded: ${done.join(', ')}` : '', missing.length ? `not founded: ${missing.join(', ')}` : '']
      .filter(Boolean)
      .join('; '),
  evidence: (count) => `${count} evidence record${count === 1 ? '' : 's'}`,
  none: '—',
  status: { met: 'Met', 'partly-met': 'Partly met', 'not-met': 'Not met', unplanned: 'Unplanned' },
};

function planSection(s: ReportSummary): Omit<ReportSection, 'heading'> | undefined {
  const plan = s.planVsActual;
  if (!plan) return undefined;
  const t = planTally(plan.targets);
  const source = [plan.documentNumber, `adopted ${plan.adoptedOn}`].filter(Boolean).join(', ');
  const counts = [
    t.met ? `${t.met} met` : '',
    t['partly-met'] ? `${t['partly-met']} partly met` : '',
    t['not-met'] ? `${t['not-met']} not met` : '',
  ].filter(Boolean);
  const intro =
    `Against the ${s.year} work plan (${source}): ${t.planned} target${t.planned === 1 ? '' : 's'}${counts.length ? `, ${and(counts)}` : ''}` +
    `${t.unplanned ? `; ${t.unplanned} unplanned achievement${t.unplanned === 1 ? '' : 's'}` : ''}.`;
  return { paragraphs: [intro], table: planTable(plan.targets, EN_PLAN) };
}

/** The same content as the Chinese report, in plain English: 30,300+ participants, CNY 568,000. */
export function englishReport(summary: ReportSummary, options: ReportOptions = {}): ReportDocument {
  const bodies: [string, Omit<ReportSection, 'heading'>][] = SECTIONS.flatMap(([title, of, namesOf]) => {
    const records = namesOf?.(options);
    const paragraphs = [...of(summary), records].filter((p): p is string => Boolean(p));
    return paragraphs.length ? [[title, { paragraphs }] as [string, Omit<ReportSection, 'heading'>]] : [];
  });
  const plan = planSection(summary);
  if (plan) bodies.push(['Work plan versus actual', plan]);
  return {
    lang: 'en',
    title: `${options.organizationName ?? summary.tenant}: ${summary.year} Annual Work Summary`,
    ...(options.documentNumber ? { documentNumber: options.documentNumber } : {}),
    sections: bodies.map(([title, body], i) => ({ heading: `${i + 1}. ${title}`, ...body })),
    notes: hasLowerBound(summary) ? ['Figures followed by + are lower bounds ("30,300+" means more than 30,300).'] : [],
  };
}
