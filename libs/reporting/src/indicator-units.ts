import { work } from '@assocflow/domain';
import type { IndicatorValue, SummaryIndicatorKey } from '@assocflow/projections/yearly-summary';
import { enCount, enYuan, zhCount, zhWanYuan } from './figures';

/** A work measure's unit and noun come from the catalogue (一台, 193件). */
const WORK_UNITS = Object.fromEntries(
  work.WORK_MEASURE_KEYS.map((m) => [
    work.workIndicatorKey(m),
    { zh: work.WORK_MEASURES[m].unit, en: [work.WORK_MEASURES[m].en, work.WORK_MEASURES[m].en] },
  ]),
) as Record<work.WorkIndicatorKey, { zh: string; en: [one: string, many: string] }>;

/** What a figure counts, in Chinese (the measure word) and in English (the noun). */
const UNITS: Record<SummaryIndicatorKey, { zh: string; en: [one: string, many: string] }> = {
  'party.groupsFormed': { zh: '个', en: ['party working group', 'party working groups'] },
  'party.branchesWithGroup': { zh: '个', en: ['branch with a party working group', 'branches with a party working group'] },
  'party.unitsFounded': { zh: '个', en: ['party unit', 'party units'] },
  'party.generalBranchesFounded': { zh: '个', en: ['general party branch', 'general party branches'] },
  'party.branchesFounded': { zh: '个', en: ['party branch', 'party branches'] },
  'party.studySessions': { zh: '次', en: ['study session', 'study sessions'] },
  'academic.sessions': { zh: '场', en: ['academic session', 'academic sessions'] },
  'academic.sessionsOnline': { zh: '场', en: ['online session', 'online sessions'] },
  'academic.participants': { zh: '人次', en: ['participant', 'participants'] },
  'training.sessions': { zh: '场', en: ['training session', 'training sessions'] },
  'training.participants': { zh: '人次', en: ['participant', 'participants'] },
  'training.cmeProjects': { zh: '项', en: ['CME credit project', 'CME credit projects'] },
  'training.passed': { zh: '人次', en: ['participant passed', 'participants passed'] },
  'competition.count': { zh: '项', en: ['competition', 'competitions'] },
  'competition.participants': { zh: '人次', en: ['participant', 'participants'] },
  'welfare.activities': { zh: '场', en: ['public-welfare activity', 'public-welfare activities'] },
  'welfare.peopleServed': { zh: '人次', en: ['person served', 'people served'] },
  'exchange.visits': { zh: '次', en: ['exchange visit', 'exchange visits'] },
  'exchange.participants': { zh: '人次', en: ['participant', 'participants'] },
  'alliances.founded': { zh: '个', en: ['alliance founded', 'alliances founded'] },
  'alliances.members': { zh: '家', en: ['member institution', 'member institutions'] },
  'grants.awarded': { zh: '项', en: ['grant', 'grants'] },
  'grants.awardedYouth': { zh: '项', en: ['youth grant', 'youth grants'] },
  'grants.amountYuan': { zh: '元', en: ['yuan', 'yuan'] },
  'grants.externalWon': { zh: '项', en: ['external project', 'external projects'] },
  'grants.externalAmountYuan': { zh: '元', en: ['yuan', 'yuan'] },
  'grants.concluded': { zh: '项', en: ['grant concluded', 'grants concluded'] },
  'reports.issued': { zh: '项', en: ['report', 'reports'] },
  'reports.surveys': { zh: '篇', en: ['survey report', 'survey reports'] },
  'reports.standards': { zh: '项', en: ['standard', 'standards'] },
  'reports.submitted': { zh: '份', en: ['report submitted', 'reports submitted'] },
  'publications.issues': { zh: '期', en: ['issue', 'issues'] },
  'publications.copies': { zh: '册', en: ['copy', 'copies'] },
  'publications.posts': { zh: '条', en: ['post', 'posts'] },
  'meetings.generalAssembly': { zh: '次', en: ['general assembly', 'general assemblies'] },
  'meetings.council': { zh: '次', en: ['council meeting', 'council meetings'] },
  'meetings.standingCouncil': { zh: '次', en: ['standing council meeting', 'standing council meetings'] },
  'meetings.presidentOffice': { zh: '次', en: ["president's office meeting", "president's office meetings"] },
  'meetings.branch': { zh: '次', en: ['branch committee meeting', 'branch committee meetings'] },
  'regulations.adopted': { zh: '项', en: ['regulation adopted', 'regulations adopted'] },
  'regulations.revised': { zh: '项', en: ['regulation revised', 'regulations revised'] },
  'branches.founded': { zh: '个', en: ['branch founded', 'branches founded'] },
  'branches.renewed': { zh: '个', en: ['term renewed', 'terms renewed'] },
  'branches.overdue': { zh: '个', en: ['renewal overdue', 'renewals overdue'] },
  'branches.active': { zh: '个', en: ['active branch', 'active branches'] },
  'branches.inPreparation': { zh: '个', en: ['branch in preparation', 'branches in preparation'] },
  'branches.subgroupsSetUp': { zh: '个', en: ['sub-group set up', 'sub-groups set up'] },
  'members.joined': { zh: '个', en: ['new member', 'new members'] },
  'members.active': { zh: '个', en: ['member', 'members'] },
  'honors.received': { zh: '项', en: ['honor', 'honors'] },
  'honors.staffHonored': { zh: '人次', en: ['staff honor', 'staff honors'] },
  'honors.memberProjectsHonored': { zh: '个', en: ['member project honored', 'member projects honored'] },
  'honors.awarded': { zh: '人次', en: ['awardee honored', 'awardees honored'] },
  ...WORK_UNITS,
};

/** A figure with its unit, for the plan-versus-actual table: 54场, 56.8万元 / 54 academic sessions, CNY 568,000. */
export function figureWithUnit(lang: 'zh' | 'en', key: SummaryIndicatorKey, figure: IndicatorValue): string {
  if (key === 'grants.amountYuan' || key === 'grants.externalAmountYuan') return lang === 'zh' ? zhWanYuan(figure) : enYuan(figure);
  if (lang === 'zh') return `${zhCount(figure)}${UNITS[key].zh}`;
  const [one, many] = UNITS[key].en;
  return `${enCount(figure)} ${figure.value === 1 && !figure.approximate ? one : many}`;
}
