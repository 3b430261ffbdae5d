import { statedCount, type activity, type Count } from '@assocflow/domain';
import { enCount, zhPeople } from './figures';
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
  if (row.backfilled) return `${statedCount({ value: row.sessions, approximate: row.sessionsApproximate === true })}${measure}`;
  return row.sessions > 1 && `${row.sessions}场`;
}

const ZH_ATTENDED: Record<activity.ActivityKind, string> = {
  academic: '参会', training: '培训', competition: '参赛', welfare: '参与', exchange: '参加', study: '参加',
};
const ZH_LEVEL: Record<activity.RegionLevel, string> = { province: '省', city: '市', county: '县（区）' };

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
    r.viewersOnline && `线上观看${zhPeople(r.viewersOnline)}`,
    r.experts && `专家${statedCount(r.experts)}名`,
    r.institutions && `${statedCount(r.institutions)}家机构参与`,
    r.regions && `覆盖${statedCount(r.regions.count)}个${ZH_LEVEL[r.regions.level]}`,
    r.submissions && `收到作品${statedCount(r.submissions)}份`,
    r.winners && `获奖或晋级${statedCount(r.winners)}`,
  ].filter((p): p is string => typeof p === 'string');
  return [row.title, ...parts].join('，');
}

/** 其中：…；…。 naming the section's records, or nothing when it has none. */
export function zhRecordsParagraph(rows: readonly ActivityLedgerRow[]): string | undefined {
  if (rows.length === 0) return undefined;
  const shown = rows.slice(0, MAX_RECORD_LINES).map(zhRecordLine);
  const more = rows.length - shown.length;
  return `其中：${shown.join('；')}${more > 0 ? `；另有${more}项` : ''}。`;
}

const EN_ATTENDED: Record<activity.ActivityKind, string> = {
  academic: 'attended by', training: 'trained', competition: 'entered by', welfare: 'joined by', exchange: 'joined by', study: 'attended by',
};
const EN_LEVEL: Record<activity.RegionLevel, string> = { province: 'provinces', city: 'cities', county: 'counties' };

const enPeople = (c: Count) => `${enCount(c)} ${c.unit === '人' ? 'people' : 'person-times'}`;

export function enRecordLine(row: ActivityLedgerRow): string {
  const r = row.reach ?? {};
  const parts = [
    r.forums && `${r.forums.main} main and ${r.forums.parallel} parallel forums`,
    (row.backfilled || row.sessions > 1) && `${enCount({ value: row.sessions, approximate: row.sessionsApproximate === true })} sessions`,
    row.participants.value > 0 && `${EN_ATTENDED[row.kind]} ${enPeople(row.participants)}`,
    row.passed !== undefined && `${row.passed} passed`,
    row.teams !== undefined && row.teams > 0 && `${row.teams} teams`,
    row.peopleServed && row.peopleServed.value > 0 && `${enPeople(row.peopleServed)} served`,
    r.viewersOnline && `${enPeople(r.viewersOnline)} watching online`,
    r.experts && `${enCount(r.experts)} experts`,
    r.institutions && `${enCount(r.institutions)} institutions`,
    r.regions && `${enCount(r.regions.count)} ${EN_LEVEL[r.regions.level]}`,
    r.submissions && `${enCount(r.submissions)} submissions`,
    r.winners && `${enCount(r.winners)} winners or finalists`,
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
    const parts = [e.issues && `${enCount(e.issues)} issues`, e.copies && `${enCount(e.copies)} copies`, e.posts && `${enCount(e.posts)} posts`].filter(Boolean);
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

/** 其中 of 调研与标准: each report by its title, with what it covered as stated (覆盖16个市、175家机构). */
export function zhReportsParagraph(entries: readonly ReportEntry[]): string | undefined {
  const named = namedReports(entries);
  if (named.length === 0) return undefined;
  const line = (e: ReportEntry) => {
    const c = e.coverage ?? {};
    const covered = [
      c.regions && `${statedCount(c.regions.count)}个${ZH_LEVEL[c.regions.level]}`,
      c.institutions && `${statedCount(c.institutions)}家机构`,
      c.respondents && `${statedCount(c.respondents)}份（人）`,
    ].filter((p): p is string => typeof p === 'string');
    return `${e.title}${covered.length ? `，覆盖${covered.join('、')}` : ''}`;
  };
  const shown = named.slice(0, MAX_RECORD_LINES).map(line);
  const more = named.length - shown.length;
  return `其中：${shown.join('；')}${more > 0 ? `；另有${more}项` : ''}。`;
}

export function enReportsParagraph(entries: readonly ReportEntry[]): string | undefined {
  const named = namedReports(entries);
  if (named.length === 0) return undefined;
  const line = (e: ReportEntry) => {
    const c = e.coverage ?? {};
    const covered = [
      c.regions && `${enCount(c.regions.count)} ${EN_LEVEL[c.regions.level]}`,
      c.institutions && `${enCount(c.institutions)} institutions`,
      c.respondents && `${enCount(c.respondents)} respondents`,
    ].filter(Boolean);
    return covered.length ? `${e.title} (covering ${covered.join(', ')})` : e.title;
  };
  const shown = named.slice(0, MAX_RECORD_LINES).map(line);
  const more = named.length - shown.length;
  return `Among them: ${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}.`;
}
