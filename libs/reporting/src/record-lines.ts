import { statedCount, sumCounts, type activity, type Count } from '@assocflow/domain';
import { chineseNumeral, enCount, zhPeople } from './figures';
import type { ActivityLedgerRow } from '@assocflow/projections/activity-ledger';
import type { PublicationsBackfillEntry, ReportEntry } from '@assocflow/projections/reports-register';

/** At most this many records are named per section, the earliest first; a note says how many more. */
export const MAX_RECORD_LINES = 30;

/**
 * What the section's 其中 names: the held activities of a kind in the order held, then the
 * totals of that kind a source gave under a name (各专委会学术活动100余场).
 */
export function namedOfKind(rows: readonly ActivityLedgerRow[], kind: activity.ActivityKind): ActivityLedgerRow[] {
  const byDate = (a: ActivityLedgerRow, b: ActivityLedgerRow) =>
    a.occurredOn < b.occurredOn ? -1 : a.occurredOn > b.occurredOn ? 1 : a.activityId < b.activityId ? -1 : 1;
  const named = rows.filter((r) => r.kind === kind && r.title);
  return [...named.filter((r) => !r.backfilled).sort(byDate), ...named.filter((r) => r.backfilled).sort(byDate)];
}

/** 场次 of a record: a held one only when more than one, a total always (100余场); a total of competitions counts them (3项). */
function zhSessions(row: ActivityLedgerRow): string | false {
  const measure = row.backfilled && row.kind === 'competition' ? '项' : '场';
  if (row.sessionsUnstated) return false;
  if (row.backfilled) return `${statedCount({ value: row.sessions, approximate: row.sessionsApproximate === true })}${measure}`;
  return row.sessions > 1 && `${row.sessions}场`;
}

const ZH_ATTENDED: Record<activity.ActivityKind, string> = {
  academic: '参会',
  training: '培训',
  competition: '参赛',
  welfare: '参与',
  exchange: '参加',
  study: '参加',
};
const ZH_LEVEL: Record<activity.RegionLevel, string> = { province: '省', city: '市', county: '县（区）' };
const ZH_SUBMISSION: Record<activity.SubmissionKind, [name: string, measure: string]> = {
  paper: ['论文', '篇'],
  case: ['案例', '个'],
  work: ['作品', '件'],
};

/** Every level of places covered, the widest first (16个市、112个县（区）). */
const regionsOf = (r: activity.ActivityReach): activity.RegionsCovered[] =>
  [...(r.regions ? [r.regions] : []), ...(r.regionsAtOtherLevels ?? [])].sort(
    (a, b) => REGION_ORDER.indexOf(a.level) - REGION_ORDER.indexOf(b.level),
  );
const REGION_ORDER: readonly activity.RegionLevel[] = ['province', 'city', 'county'];

const zhNamed = (list: readonly activity.NamedCount[], measure?: string) =>
  list.map((n) => `${n.name}${measure ? `${statedCount(n.count)}${measure}` : zhPeople(n.count)}`).join('、');

function zhTeamSent(t: activity.TeamSent): string {
  return `推荐${zhNamed(t.members, '名')}组队参加${t.contest}${t.result ? `，获得${t.result}` : ''}`;
}

/** One record as a clause of the section's 其中: its title, then each figure it states, as stated. */
export function zhRecordLine(row: ActivityLedgerRow): string {
  const r = row.reach ?? {};
  const parts = [
    r.forums && `设主论坛${r.forums.main}个、平行论坛${r.forums.parallel}个`,
    zhSessions(row),
    row.participants.value > 0 && `${ZH_ATTENDED[row.kind]}${zhPeople(row.participants)}`,
    row.passed !== undefined && `${row.passed}人通过考核`,
    row.cmeCreditProjects !== undefined && row.cmeCreditProjects > 0 && `继续医学教育项目${row.cmeCreditProjects}项`,
    row.teams !== undefined && row.teams > 0 && `参赛队伍${row.teams}支`,
    row.peopleServed && row.peopleServed.value > 0 && `服务群众${zhPeople(row.peopleServed)}`,
    r.teams && `派出队伍${statedCount(r.teams)}支`,
    r.viewersOnline && `线上观看${zhPeople(r.viewersOnline)}`,
    r.experts && `专家${statedCount(r.experts)}名`,
    r.institutions && `${statedCount(r.institutions)}家机构参与`,
    r.services && `提供${zhNamed(r.services)}`,
    r.findings && `发现${zhNamed(r.findings)}`,
    regionsOf(r).length > 0 &&
      `覆盖${regionsOf(r)
        .map((g) => `${statedCount(g.count)}个${ZH_LEVEL[g.level]}`)
        .join('、')}`,
    r.submissions && `收到作品${statedCount(r.submissions)}份`,
    r.submissionsByKind &&
      `征集${r.submissionsByKind.map((k) => `${ZH_SUBMISSION[k.kind][0]}${statedCount(k.count)}${ZH_SUBMISSION[k.kind][1]}`).join('、')}`,
    r.submissionsPublished && `在${r.submissionsPublished.outlet}上刊发${statedCount(r.submissionsPublished.count)}篇`,
    r.winners && `获奖或晋级${statedCount(r.winners)}`,
    r.teamSent && zhTeamSent(r.teamSent),
    r.mediaOutlets && `${statedCount(r.mediaOutlets)}家媒体报道`,
  ].filter((p): p is string => typeof p === 'string');
  return [row.title, ...parts].join('，');
}

const ZH_KIND: Record<activity.ActivityKind, string> = {
  academic: '学术活动',
  training: '培训',
  competition: '竞赛、评选',
  welfare: '公益、义诊活动',
  exchange: '交流考察、座谈',
  study: '政治理论学习',
};

/** Whether a record is the branches': held by one, or a total of theirs (各专委会…). */
const byBranches = (r: ActivityLedgerRow): boolean => (r.backfilled ? r.byBranches === true : r.organizer?.kind === 'branch');

const sessionsOf = (rows: readonly ActivityLedgerRow[]): Count =>
  sumCounts(rows.filter((r) => !r.sessionsUnstated).map((r) => ({ value: r.sessions, approximate: r.sessionsApproximate === true })));

/**
 * The totals a section states over several of its records: the branches' sessions (各分支机构举办学术活动100余场), when
 * the section also has the association's own, and each series' (科普讲座共7场). Competitions count entries, not sessions: none.
 */
export function sectionTotals(
  rows: readonly ActivityLedgerRow[],
  kind: activity.ActivityKind,
): { branches?: Count; series: [string, Count][] } {
  if (kind === 'competition') return { series: [] };
  const ofKind = rows.filter((r) => r.kind === kind);
  const branchRows = ofKind.filter(byBranches);
  const branches = branchRows.length > 0 && branchRows.length < ofKind.length ? sessionsOf(branchRows) : undefined;
  const names = [...new Set(ofKind.flatMap((r) => (r.series ? [r.series] : [])))].sort();
  const series = names.map((name): [string, Count] => [name, sessionsOf(ofKind.filter((r) => r.series === name))]);
  return { ...(branches && branches.value > 0 ? { branches } : {}), series };
}

export function zhSectionTotals(rows: readonly ActivityLedgerRow[], kind: activity.ActivityKind): string | undefined {
  const { branches, series } = sectionTotals(rows, kind);
  const parts = [
    branches && `各分支机构举办${ZH_KIND[kind]}${statedCount(branches)}场`,
    ...series.map(([name, n]) => `${name}共${statedCount(n)}场`),
  ];
  const kept = parts.filter((p): p is string => Boolean(p));
  return kept.length ? `${kept.join('；')}。` : undefined;
}

export function enSectionTotals(rows: readonly ActivityLedgerRow[], kind: activity.ActivityKind): string | undefined {
  const { branches, series } = sectionTotals(rows, kind);
  const parts = [
    branches && `the branches held ${enCount(branches)} sessions`,
    ...series.map(([name, n]) => `${name}: ${enCount(n)} sessions in all`),
  ];
  const kept = parts.filter((p): p is string => Boolean(p));
  return kept.length ? `${kept.join('; ')}.`.replace(/^./, (c) => c.toUpperCase()) : undefined;
}

/** 其中：…；…。 naming the section's records, or nothing when it has none. */
export function zhRecordsParagraph(rows: readonly ActivityLedgerRow[]): string | undefined {
  if (rows.length === 0) return undefined;
  const shown = rows.slice(0, MAX_RECORD_LINES).map(zhRecordLine);
  const more = rows.length - shown.length;
  return `其中：${shown.join('；')}${more > 0 ? `；另有${more}项` : ''}。`;
}

const EN_ATTENDED: Record<activity.ActivityKind, string> = {
  academic: 'attended by',
  training: 'trained',
  competition: 'entered by',
  welfare: 'joined by',
  exchange: 'joined by',
  study: 'attended by',
};
const EN_LEVEL: Record<activity.RegionLevel, string> = { province: 'provinces', city: 'cities', county: 'counties' };

const enPeople = (c: Count) => `${enCount(c)} ${c.unit === '人' ? 'people' : 'person-times'}`;
const enNamed = (list: readonly activity.NamedCount[]) => list.map((n) => `${n.name} ${enCount(n.count)}`).join(', ');
const EN_SUBMISSION: Record<activity.SubmissionKind, string> = { paper: 'papers', case: 'cases', work: 'works' };

export function enRecordLine(row: ActivityLedgerRow): string {
  const r = row.reach ?? {};
  const parts = [
    r.forums && `${r.forums.main} main and ${r.forums.parallel} parallel forums`,
    !row.sessionsUnstated &&
      (row.backfilled || row.sessions > 1) &&
      `${enCount({ value: row.sessions, approximate: row.sessionsApproximate === true })} sessions`,
    row.participants.value > 0 && `${EN_ATTENDED[row.kind]} ${enPeople(row.participants)}`,
    row.passed !== undefined && `${row.passed} passed`,
    row.teams !== undefined && row.teams > 0 && `${row.teams} teams`,
    row.peopleServed && row.peopleServed.value > 0 && `${enPeople(row.peopleServed)} served`,
    r.services && `services: ${enNamed(r.services)}`,
    r.findings && `found: ${enNamed(r.findings)}`,
    r.teams && `${enCount(r.teams)} teams sent`,
    r.viewersOnline && `${enPeople(r.viewersOnline)} watching online`,
    r.experts && `${enCount(r.experts)} experts`,
    r.institutions && `${enCount(r.institutions)} institutions`,
    ...regionsOf(r).map((g) => `${enCount(g.count)} ${EN_LEVEL[g.level]}`),
    r.submissions && `${enCount(r.submissions)} submissions`,
    ...(r.submissionsByKind ?? []).map((k) => `${enCount(k.count)} ${EN_SUBMISSION[k.kind]}`),
    r.submissionsPublished && `${enCount(r.submissionsPublished.count)} published in ${r.submissionsPublished.outlet}`,
    r.winners && `${enCount(r.winners)} winners or finalists`,
    r.teamSent &&
      `a team sent to ${r.teamSent.contest} (${enNamed(r.teamSent.members)})${r.teamSent.result ? `, winning ${r.teamSent.result}` : ''}`,
    r.mediaOutlets && `reported by ${enCount(r.mediaOutlets)} news outlets`,
  ].filter((p): p is string => typeof p === 'string');
  return parts.length ? `${row.title} (${parts.join(', ')})` : row.title!;
}

export function enRecordsParagraph(rows: readonly ActivityLedgerRow[]): string | undefined {
  if (rows.length === 0) return undefined;
  const shown = rows.slice(0, MAX_RECORD_LINES).map(enRecordLine);
  const more = rows.length - shown.length;
  return `Among them: ${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}.`;
}

/** 其中 of 宣传: each publication total given under a name, with its issues, copies and posts as stated. */
export function zhPublicationsParagraph(entries: readonly PublicationsBackfillEntry[]): string | undefined {
  const named = entries.filter((e) => e.title);
  if (named.length === 0) return undefined;
  const line = (e: PublicationsBackfillEntry) =>
    [e.title, e.issues && `${statedCount(e.issues)}期`, e.copies && `${statedCount(e.copies)}册`, e.posts && `${statedCount(e.posts)}条`]
      .filter((p): p is string => typeof p === 'string')
      .join('，');
  return `其中：${named.map(line).join('；')}。`;
}

export function enPublicationsParagraph(entries: readonly PublicationsBackfillEntry[]): string | undefined {
  const named = entries.filter((e) => e.title);
  if (named.length === 0) return undefined;
  const line = (e: PublicationsBackfillEntry) => {
    const parts = [
      e.issues && `${enCount(e.issues)} issues`,
      e.copies && `${enCount(e.copies)} copies`,
      e.posts && `${enCount(e.posts)} posts`,
    ].filter(Boolean);
    return parts.length ? `${e.title} (${parts.join(', ')})` : e.title!;
  };
  return `Among them: ${named.map(line).join('; ')}.`;
}

const PERIODICALS: readonly string[] = ['journal-issue', 'newsletter'];

/** The reports of 调研与标准 a section names: issued (not drafts), not periodicals, in the order issued. */
export function namedReports(entries: readonly ReportEntry[]): ReportEntry[] {
  return entries
    .filter((e) => e.status === 'published' && !PERIODICALS.includes(e.kind))
    .sort((a, b) => (a.issuedOn < b.issuedOn ? -1 : a.issuedOn > b.issuedOn ? 1 : a.reportId < b.reportId ? -1 : 1));
}

/** The named reports as the report states them: alone, or a series together in the order of its first report. */
function bySeries(named: readonly ReportEntry[]): ReportEntry[][] {
  const groups = new Map<string, ReportEntry[]>();
  return named.flatMap((e) => {
    if (e.series === undefined) return [[e]];
    const group = groups.get(e.series);
    if (group) {
      group.push(e);
      return [];
    }
    const first = [e];
    groups.set(e.series, first);
    return [first];
  });
}

/** How many reports a series has, as the documents write a small count of them: 两份, 三份, 12份. */
const zhReportCount = (n: number): string => `${n === 2 ? '两' : n <= 10 ? chineseNumeral(n) : String(n)}份`;

/** Titles one after another (《…》《…》及《…》), or with 、 when a title is not in 《》. */
function zhTitles(titles: readonly string[]): string {
  if (titles.length < 2) return titles.join('');
  const booked = titles.every((t) => t.startsWith('《'));
  return `${titles.slice(0, -1).join(booked ? '' : '、')}及${titles[titles.length - 1]}`;
}

/** 其中 of 调研与标准: each report by its title, with what it covered as stated (覆盖16个市、175家机构); a series as 《…》《…》及《…》三份专题研究成果. */
export function zhReportsParagraph(entries: readonly ReportEntry[]): string | undefined {
  const named = namedReports(entries);
  if (named.length === 0) return undefined;
  const covered = (e: ReportEntry) => {
    const c = e.coverage ?? {};
    const parts = [
      c.regions && `${statedCount(c.regions.count)}个${ZH_LEVEL[c.regions.level]}`,
      c.institutions && `${statedCount(c.institutions)}家机构`,
      c.respondents && `${statedCount(c.respondents)}份（人）`,
    ].filter((p): p is string => typeof p === 'string');
    return parts.length ? `覆盖${parts.join('、')}` : undefined;
  };
  const line = (group: ReportEntry[]) => {
    const [first] = group;
    if (first.series === undefined) {
      const c = covered(first);
      return `${first.title}${c ? `，${c}` : ''}`;
    }
    const titles = group.map((e) => {
      const c = covered(e);
      return `${e.title}${c ? `（${c}）` : ''}`;
    });
    return `${zhTitles(titles)}${zhReportCount(group.length)}${first.series}`;
  };
  const groups = bySeries(named);
  const shown = groups.slice(0, MAX_RECORD_LINES).map(line);
  const more = groups.slice(shown.length).reduce((n, g) => n + g.length, 0);
  return `其中：${shown.join('；')}${more > 0 ? `；另有${more}项` : ''}。`;
}

export function enReportsParagraph(entries: readonly ReportEntry[]): string | undefined {
  const named = namedReports(entries);
  if (named.length === 0) return undefined;
  const one = (e: ReportEntry) => {
    const c = e.coverage ?? {};
    const covered = [
      c.regions && `${enCount(c.regions.count)} ${EN_LEVEL[c.regions.level]}`,
      c.institutions && `${enCount(c.institutions)} institutions`,
      c.respondents && `${enCount(c.respondents)} respondents`,
    ].filter(Boolean);
    return covered.length ? `${e.title} (covering ${covered.join(', ')})` : e.title;
  };
  const line = (group: ReportEntry[]) =>
    group[0].series === undefined ? one(group[0]) : `${group.length} ${group[0].series}: ${group.map(one).join(', ')}`;
  const groups = bySeries(named);
  const shown = groups.slice(0, MAX_RECORD_LINES).map(line);
  const more = groups.slice(shown.length).reduce((n, g) => n + g.length, 0);
  return `Among them: ${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}.`;
}
