import type {
  ActivityLedgerRow,
  BranchView,
  GrantsLedgerDoc,
  MeetingEntry,
  MeetingRegisterDoc,
  RemindersFeedDoc,
  ReportsOfKind,
} from '@assocflow/projections/registers';
import type { YearlySummaryDocument } from '@assocflow/projections/yearly-summary';
import { workplan } from '@assocflow/domain';
import { cell, countCell, type Sheet } from './sheet';
import {
  ACTIVITY_KIND,
  ACTIVITY_MODE,
  BRANCH_KIND,
  BRANCH_ORIGIN,
  BRANCH_STATUS,
  GRANT_CATEGORY,
  MEETING_STATUS,
  ORGANIZATION_ORGANIZER,
  QUORUM,
  wordOf,
  yesNo,
} from './wording';

/** 分支机构名册: every branch with its term, renewal due date and status on the day asked. */
export function branchesSheet(branches: BranchView[]): Sheet {
  return {
    name: '分支机构',
    columns: [
      '分支机构编号',
      '名称',
      '类别',
      '来源',
      '记录日期',
      '届次',
      '本届起始',
      '本届届满',
      '换届期限',
      '状态',
      '党的工作小组',
      '撤销日期',
    ],
    rows: branches.map((b) => [
      b.branchId,
      b.name,
      wordOf(BRANCH_KIND, b.kind),
      wordOf(BRANCH_ORIGIN, b.origin),
      b.recordedOn,
      b.term.number,
      b.term.startedOn,
      b.term.endsOn,
      b.dueOn,
      wordOf(BRANCH_STATUS, b.status),
      yesNo(b.hasPartyGroup),
      cell(b.dissolved?.dissolvedOn),
    ]),
  };
}

/** 活动台账: every activity held in the year and every total backfilled for it, as it stands after corrections. */
export function activitiesSheet(year: number, rows: ActivityLedgerRow[]): Sheet {
  return {
    name: `活动台账${year}`,
    columns: [
      '活动编号',
      '类别',
      '名称或说明',
      '日期',
      '结束日期',
      '主办',
      '场次',
      '其中线上',
      '形式',
      '人次',
      '通过考核',
      '继续医学教育项目',
      '参赛队伍',
      '服务群众',
      '年度汇总',
      '来源文件',
      '来源章节',
    ],
    rows: rows.map((r) => [
      r.activityId,
      wordOf(ACTIVITY_KIND, r.kind),
      cell(r.title ?? r.note),
      r.occurredOn,
      cell(r.endedOn),
      r.organizer ? (r.organizer.kind === 'branch' ? r.organizer.branchId : ORGANIZATION_ORGANIZER) : null,
      r.sessionsApproximate ? `${r.sessions}余` : r.sessions,
      r.onlineSessions,
      r.mode ? wordOf(ACTIVITY_MODE, r.mode) : null,
      countCell(r.participants),
      cell(r.passed),
      r.cmeCreditProjects !== undefined ? r.cmeCreditProjects : yesNo(r.cmeCreditProject),
      cell(r.teams),
      countCell(r.peopleServed),
      yesNo(r.backfilled ?? false),
      cell(r.source?.document),
      cell(r.source?.section),
    ]),
  };
}

/**
 * 达到法定人数: 是/否 when it could be reckoned, 未知 for a meeting held whose attendance or size
 * the source does not state (never 否), empty for one not held. Attendance and size not stated
 * stay empty cells.
 */
function quorumCell(m: MeetingEntry): string | null {
  if (m.status !== 'held') return null;
  return wordOf(QUORUM, m.quorum ?? (m.quorumMet === undefined ? 'unknown' : m.quorumMet ? 'met' : 'not-met'));
}

/** 会议台账: every meeting scheduled, held or cancelled, with its ordinal label and notice. */
export function meetingsSheet(doc: MeetingRegisterDoc | undefined): Sheet {
  const meetings = Object.values(doc?.meetings ?? {}).sort(
    (a, b) => (a.heldOn ?? a.scheduledOn ?? '').localeCompare(b.heldOn ?? b.scheduledOn ?? '') || a.key.localeCompare(b.key),
  );
  return {
    name: '会议',
    columns: [
      '会议编号',
      '系列',
      '届',
      '次',
      '名称',
      '状态',
      '拟召开日期',
      '通知日期',
      '召开日期',
      '地点',
      '出席',
      '应出席',
      '达到法定人数',
      '纪要',
    ],
    rows: meetings.map((m) => [
      m.meetingId,
      m.seriesId,
      m.term,
      cell(m.ordinal),
      cell(m.label ?? m.title),
      wordOf(MEETING_STATUS, m.status),
      cell(m.scheduledOn),
      cell(m.noticeSentOn),
      cell(m.heldOn),
      cell(m.location),
      cell(m.present),
      cell(m.membersTotal),
      quorumCell(m),
      yesNo(m.minutesRecorded),
    ]),
  };
}

/** 提醒记录: every reminder sent, newest first. */
export function remindersSheet(doc: RemindersFeedDoc | undefined): Sheet {
  return {
    name: '提醒',
    columns: ['提醒编号', '规则', '对象类别', '对象', '到期日', '发送日', '渠道', '接收方', '事项'],
    rows: (doc?.entries ?? []).map((r) => [
      r.reminderId,
      r.rule,
      r.entity.kind,
      r.entity.id,
      r.dueOn,
      r.sentOn,
      r.channels.join(','),
      cell(r.audience === 'branch' ? '分支机构' : r.audience ? '秘书处' : undefined),
      cell(r.subject),
    ]),
  };
}

type SummaryYear = Pick<YearlySummaryDocument, 'year' | 'indicators' | 'custom'>;

/** 年度指标: every indicator of the summary, one column per year, then the organization's own figures. */
export function summarySheet(years: SummaryYear[]): Sheet {
  const customKeys = [...new Set(years.flatMap((y) => Object.keys(y.custom)))].sort();
  const label = (key: string) => {
    const figure = years.map((y) => y.custom[key]).find(Boolean);
    return figure ? `${figure.label}${figure.unit ? `（${figure.unit}）` : ''}` : key;
  };
  return {
    name: '年度指标',
    columns: ['指标', '说明', ...years.map((y) => `${y.year}年`)],
    rows: [
      ...workplan.SUMMARY_INDICATOR_KEYS.map((key) => [key, null, ...years.map((y) => countCell(y.indicators[key]))]),
      ...customKeys.map((key) => [
        key,
        label(key),
        ...years.map((y) =>
          countCell(y.custom[key] && { value: y.custom[key].value, approximate: y.custom[key].approximate, marker: y.custom[key].marker }),
        ),
      ]),
    ],
  };
}

/** 科研资助台账 of a year: awards (元), external grants won, and totals a source gives only as totals. */
export function grantsSheet(year: number, doc: GrantsLedgerDoc | undefined): Sheet {
  const awards = Object.values(doc?.awards ?? {}).sort(
    (a, b) => a.awardedOn.localeCompare(b.awardedOn) || a.grantId.localeCompare(b.grantId),
  );
  const external = Object.values(doc?.externalGrants ?? {}).sort(
    (a, b) => a.wonOn.localeCompare(b.wonOn) || a.grantId.localeCompare(b.grantId),
  );
  const backfills = Object.values(doc?.backfills ?? {}).sort((a, b) => a.grantId.localeCompare(b.grantId));
  return {
    name: `科研资助${year}`,
    columns: ['项目编号', '记录', '名称或说明', '类别', '日期', '项数', '金额（元）', '资助方', '结题日期'],
    rows: [
      ...awards.map((a) => [
        a.grantId,
        '资助',
        a.title,
        cell(a.category && wordOf(GRANT_CATEGORY, a.category)),
        a.awardedOn,
        1,
        a.amountYuan,
        null,
        cell(a.concludedOn),
      ]),
      ...external.map((e) => [e.grantId, '获外部资助', e.title, null, e.wonOn, 1, cell(e.amountYuan), e.funder, null]),
      ...backfills.map((b) => [
        b.grantId,
        '年度汇总',
        b.note,
        b.youthCount !== undefined ? `其中青年项目${b.youthCount}项` : null,
        `${b.year}-12-31`,
        b.count,
        cell(b.amountYuan),
        null,
        null,
      ]),
    ],
  };
}

/** 报告与出版物台账 of a year: reports and standards issued with their 文号, and totals of publications. */
export function reportsSheet(year: number, reports: ReportsOfKind | null | undefined): Sheet {
  return {
    name: `报告与出版物${year}`,
    columns: ['编号', '类别', '名称或说明', '日期', '文号', '发布单位', '期数', '印数', '篇数', '状态', '年度汇总'],
    rows: [
      ...(reports?.reports ?? []).map((r) => [
        r.reportId,
        r.kind,
        r.title,
        r.issuedOn,
        cell(r.documentNumber),
        r.issuer.kind === 'branch' ? r.issuer.branchId : '协会',
        cell(r.issues),
        cell(r.copies),
        null,
        r.status,
        '否',
      ]),
      ...(reports?.backfills ?? []).map((b) => [
        b.reportId,
        b.kind,
        b.note,
        `${b.year}-12-31`,
        null,
        null,
        countCell(b.issues),
        countCell(b.copies),
        countCell(b.posts),
        null,
        '是',
      ]),
    ],
  };
}
