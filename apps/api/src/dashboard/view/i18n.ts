import type { SummaryIndicatorKey } from '@assocflow/projections/yearly-summary';

export const DASHBOARD_LANGUAGES = ['zh', 'en'] as const;
export type DashboardLanguage = (typeof DASHBOARD_LANGUAGES)[number];

export const langOf = (value: unknown): DashboardLanguage => (value === 'en' ? 'en' : 'zh');
export const htmlLang = (lang: DashboardLanguage): string => (lang === 'zh' ? 'zh-CN' : 'en');

/** Every word the dashboard shows, in both languages: a page never mixes them. */
const WORDS = {
  product: { zh: 'assocflow 工作台', en: 'assocflow dashboard' },
  signInTitle: { zh: '登录', en: 'Sign in' },
  signInIntro: {
    zh: '使用本会的 API 密钥登录。密钥只用于本次会话，保存在仅限本站的加密 Cookie 中。',
    en: "Sign in with your organization's API key. It is kept for this session only, in an encrypted cookie this site alone can read.",
  },
  apiKey: { zh: 'API 密钥', en: 'API key' },
  signIn: { zh: '登录', en: 'Sign in' },
  signOut: { zh: '退出登录', en: 'Sign out' },
  wrongKey: { zh: '密钥无效或已停用，请检查后重试。', en: 'The key is unknown or revoked; check it and try again.' },
  rateLimited: { zh: '尝试次数过多，请稍后再试。', en: 'Too many attempts; try again shortly.' },
  skipToContent: { zh: '跳到正文', en: 'Skip to content' },
  navOverview: { zh: '年度概览', en: 'Year at a glance' },
  navBranches: { zh: '分支机构', en: 'Branches' },
  navMeetings: { zh: '会议', en: 'Meetings' },
  navReminders: { zh: '提醒', en: 'Reminders' },
  navReport: { zh: '年度报告', en: 'Yearly report' },
  year: { zh: '年度', en: 'Year' },
  show: { zh: '查看', en: 'Show' },
  language: { zh: 'English', en: '中文' },
  nothingRecorded: { zh: '本年度尚无记录。', en: 'Nothing is recorded for this year.' },
  noYears: {
    zh: '尚无任何年度记录。导入或记录事件后，这里会显示年度概览。',
    en: 'No year has records yet. Once events are recorded, the year shows here.',
  },
  indicators: { zh: '主要指标', en: 'Key figures' },
  vsLastYear: { zh: '较上年', en: 'vs last year' },
  noComparison: { zh: '上年无记录', en: 'no record last year' },
  unchanged: { zh: '持平', en: 'unchanged' },
  charts: { zh: '图表', en: 'Charts' },
  chartActivities: { zh: '各月活动场次（按类别）', en: 'Activity sessions by month and kind' },
  chartGrants: { zh: '科研资助（按类别）', en: 'Research grants by category' },
  chartBranches: { zh: '分支机构状态', en: 'Branches by status' },
  wholeYear: { zh: '全年汇总', en: 'Year totals' },
  chartTable: { zh: '图表数据', en: 'Chart data' },
  sessions: { zh: '场次', en: 'Sessions' },
  participants: { zh: '人次', en: 'Participants' },
  count: { zh: '项数', en: 'Count' },
  amountWan: { zh: '金额（万元）', en: 'Amount (CNY 10,000)' },
  planVsActual: { zh: '计划与完成', en: 'Plan versus actual' },
  noPlan: { zh: '本年度未通过工作计划。', en: 'No work plan was adopted for this year.' },
  target: { zh: '目标', en: 'Target' },
  planned: { zh: '计划', en: 'Planned' },
  actual: { zh: '完成', en: 'Actual' },
  status: { zh: '状态', en: 'Status' },
  branchesDue: { zh: '待换届与逾期的分支机构', en: 'Branches due for renewal or overdue' },
  noneDue: { zh: '目前没有待换届或逾期的分支机构。', en: 'No branch is due for renewal or overdue.' },
  branch: { zh: '分支机构', en: 'Branch' },
  term: { zh: '届次', en: 'Term' },
  termEnds: { zh: '任期届满', en: 'Term ends' },
  dueOn: { zh: '换届截止', en: 'Renewal due' },
  allBranches: { zh: '全部分支机构', en: 'All branches' },
  founded: { zh: '成立/登记', en: 'Founded or registered' },
  upcomingMeetings: { zh: '即将召开的会议', en: 'Upcoming meetings' },
  noUpcoming: { zh: '暂无已安排的会议。', en: 'No meeting is scheduled.' },
  meetingsOfYear: { zh: '本年度会议', en: 'Meetings of the year' },
  meetingsOnlyTotals: {
    zh: '本年度会议仅有全年汇总，无逐次记录。',
    en: "This year's meetings are recorded as totals only, not one by one.",
  },
  noMeetings: { zh: '本年度没有会议记录。', en: 'No meeting is recorded for this year.' },
  meeting: { zh: '会议', en: 'Meeting' },
  date: { zh: '日期', en: 'Date' },
  notice: { zh: '通知', en: 'Notice' },
  noticeSent: { zh: '已发通知', en: 'notice sent' },
  noticeNotSent: { zh: '未发通知', en: 'no notice yet' },
  minutes: { zh: '纪要', en: 'Minutes' },
  minutesRecorded: { zh: '已记录', en: 'recorded' },
  minutesMissing: { zh: '未记录', en: 'not recorded' },
  nextOrdinal: { zh: '拟', en: 'expected' },
  reminders: { zh: '提醒记录', en: 'Reminders feed' },
  noReminders: { zh: '尚未发送提醒。', en: 'No reminder has been sent.' },
  sentOn: { zh: '发送日期', en: 'Sent' },
  subject: { zh: '事项', en: 'About' },
  acknowledged: { zh: '已确认', en: 'Acknowledged' },
  notAcknowledged: { zh: '未确认', en: 'not acknowledged' },
  totalSent: { zh: '累计发送', en: 'Sent in all' },
  report: { zh: '年度工作总结', en: 'Yearly work summary' },
  downloads: { zh: '下载', en: 'Downloads' },
  spreadsheets: { zh: '表格（Excel / CSV）', en: 'Spreadsheets (Excel / CSV)' },
  sheetActivities: { zh: '活动台账', en: 'Activity ledger' },
  sheetBranches: { zh: '分支机构名册', en: 'Branch roster' },
  sheetMeetings: { zh: '会议台账', en: 'Meetings' },
  sheetSummary: { zh: '年度指标（近五年）', en: 'Indicators, five years' },
  importHint: {
    zh: '活动台账和分支机构名册的 Excel 文件也是导入模板：添加行后，由秘书处用 assocflow import-sheet 或 POST /imports/activities、/imports/branches 导入（先试运行 --dry-run）。',
    en: 'The activity ledger and branch roster Excel files are also the import templates: add rows, then the secretariat imports them with assocflow import-sheet or POST /imports/activities, /imports/branches (try --dry-run first).',
  },
  reportAs: { zh: '报告', en: 'Report' },
  asOf: { zh: '统计截至', en: 'As of' },
} as const satisfies Record<string, Record<DashboardLanguage, string>>;

export type Word = keyof typeof WORDS;
export const t = (lang: DashboardLanguage, word: Word): string => WORDS[word][lang];

const STATUS_WORDS: Record<string, Record<DashboardLanguage, string>> = {
  current: { zh: '正常', en: 'current' },
  'due-soon': { zh: '即将到期', en: 'due soon' },
  overdue: { zh: '逾期未换届', en: 'overdue' },
  postponed: { zh: '已批准延期', en: 'postponed' },
  dissolved: { zh: '已撤销', en: 'dissolved' },
  met: { zh: '已完成', en: 'met' },
  'partly-met': { zh: '部分完成', en: 'partly met' },
  'not-met': { zh: '未完成', en: 'not met' },
  unplanned: { zh: '计划外', en: 'unplanned' },
  scheduled: { zh: '已安排', en: 'scheduled' },
  held: { zh: '已召开', en: 'held' },
  cancelled: { zh: '已取消', en: 'cancelled' },
};
export const statusWord = (lang: DashboardLanguage, status: string): string => STATUS_WORDS[status]?.[lang] ?? status;

const KIND_WORDS: Record<string, Record<DashboardLanguage, string>> = {
  academic: { zh: '学术活动', en: 'Academic' },
  training: { zh: '培训', en: 'Training' },
  competition: { zh: '竞赛', en: 'Competitions' },
  welfare: { zh: '公益', en: 'Public welfare' },
  exchange: { zh: '交流考察', en: 'Exchange visits' },
  study: { zh: '党建学习', en: 'Study sessions' },
};
export const kindWord = (lang: DashboardLanguage, kind: string): string => KIND_WORDS[kind]?.[lang] ?? kind;

/** The figures the year-at-a-glance cards show, in this order, with their labels. */
export const CARD_INDICATORS: { key: SummaryIndicatorKey; zh: string; en: string }[] = [
  { key: 'academic.sessions', zh: '学术活动', en: 'Academic sessions' },
  { key: 'academic.participants', zh: '学术活动参与', en: 'Academic participants' },
  { key: 'training.sessions', zh: '培训', en: 'Training sessions' },
  { key: 'training.participants', zh: '培训人次', en: 'Trained' },
  { key: 'competition.count', zh: '竞赛', en: 'Competitions' },
  { key: 'welfare.activities', zh: '公益活动', en: 'Public-welfare activities' },
  { key: 'welfare.peopleServed', zh: '服务群众', en: 'People served' },
  { key: 'grants.awarded', zh: '科研资助', en: 'Grants awarded' },
  { key: 'grants.amountYuan', zh: '资助金额', en: 'Grant amount' },
  { key: 'reports.issued', zh: '报告与标准', en: 'Reports and standards' },
  { key: 'branches.founded', zh: '新成立分支机构', en: 'Branches founded' },
  { key: 'branches.active', zh: '分支机构', en: 'Active branches' },
  { key: 'meetings.council', zh: '理事会', en: 'Council meetings' },
  { key: 'members.active', zh: '会员单位', en: 'Members' },
];
