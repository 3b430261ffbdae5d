/**
 * The words a secretariat writes in its sheets for the values the domain names in English:
 * exports write them, imports read them back (and accept the English value as well).
 */
export type Wording = Readonly<Record<string, string>>;

export const BRANCH_KIND: Wording = { society: '分会', committee: '专业委员会', other: '其他' };
export const BRANCH_ORIGIN: Wording = { founded: '新成立', registered: '登记' };
export const BRANCH_STATUS: Wording = {
  current: '正常',
  'due-soon': '即将换届',
  overdue: '逾期未换届',
  postponed: '延期换届',
  dissolved: '已撤销',
};
export const ACTIVITY_KIND: Wording = {
  training: '培训',
  academic: '学术活动',
  competition: '竞赛',
  welfare: '公益',
  exchange: '交流考察',
  study: '党建学习',
};
export const ACTIVITY_MODE: Wording = { online: '线上', offline: '线下', hybrid: '线上线下' };
export const MEETING_STATUS: Wording = { scheduled: '拟召开', held: '已召开', cancelled: '已取消' };
export const GRANT_CATEGORY: Wording = { general: '一般项目', youth: '青年项目', key: '重点项目' };
export const YES_NO: Wording = { true: '是', false: '否' };
/** 达到法定人数 of a meeting held: unknown when the source states neither attendance nor the body's size. */
export const QUORUM: Wording = { met: '是', 'not-met': '否', unknown: '未知' };
/** 主办 of an activity the association itself organized; a branch is written by its id. */
export const ORGANIZATION_ORGANIZER = '协会';

/** The word of a value, or the value itself when it has none. */
export const wordOf = (wording: Wording, value: string): string => wording[value] ?? value;

/** The value a word (or the value itself) stands for; undefined when it is neither. */
export function valueOfWord(wording: Wording, word: string): string | undefined {
  if (Object.hasOwn(wording, word)) return word;
  return Object.keys(wording).find((value) => wording[value] === word);
}

/** 是/否 of an optional yes/no. */
export const yesNo = (value: boolean | undefined): string | null => (value === undefined ? null : wordOf(YES_NO, String(value)));
