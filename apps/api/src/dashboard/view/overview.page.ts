import { EN_PLAN, figureWithUnit, planTable, ZH_PLAN } from '@assocflow/reporting';
import type { IndicatorValue } from '@assocflow/projections/yearly-summary';
import type { Summary, YearView } from '../dashboard-data';
import { activitiesByMonthAndKind } from '@assocflow/projections/registers';
import { activityCellsOf } from '../activity-cells';
import { activitiesChart, branchesChart, chartFigure, grantsChart } from './charts';
import { CARD_INDICATORS, statusWord, t, type DashboardLanguage } from './i18n';
import { badge, h, section, table } from './layout';
import { dueBranchesTable } from './branches.page';
import { upcomingMeetingsTable } from './meetings.page';
import { remindersTable } from './reminders.page';
import { downloadLinks } from './report.page';

export interface OverviewInput {
  lang: DashboardLanguage;
  tenant: string;
  today: string;
  view: YearView;
}

/** The year at a glance: cards with the change on last year, charts, plan versus actual, what needs doing. */
export function overviewBody({ lang, tenant, today, view }: OverviewInput): string {
  if (!view.summary) return `<p>${h(t(lang, 'nothingRecorded'))}</p>`;
  const summary = view.summary;
  const due = view.branches.filter((b) => b.status === 'due-soon' || b.status === 'overdue');
  return [
    `<p class="as-of">${h(t(lang, 'asOf'))} ${h(today)}</p>`,
    section('cards', t(lang, 'indicators'), cards(lang, summary, view.previous)),
    section(
      'charts',
      t(lang, 'charts'),
      `<div class="charts">${[
        activitiesChart(lang, view.activities ? activityCellsOf(activitiesByMonthAndKind(view.activities)) : []),
        grantsChart(lang, view.grants),
        branchesChart(lang, view.branches),
      ]
        .map((c) => chartFigure(lang, c))
        .join('\n')}</div>`,
    ),
    section('plan', t(lang, 'planVsActual'), planSection(lang, summary)),
    section('due', t(lang, 'branchesDue'), due.length ? dueBranchesTable(lang, due) : `<p>${h(t(lang, 'noneDue'))}</p>`),
    section('upcoming', t(lang, 'upcomingMeetings'), upcomingMeetingsTable(lang, view.meetings, today)),
    section('reminders', t(lang, 'reminders'), remindersTable(lang, view.reminders, 10)),
    section('report', t(lang, 'report'), downloadLinks(lang, tenant, view.year)),
  ].join('\n');
}

function cards(lang: DashboardLanguage, summary: Summary, previous: Summary | undefined): string {
  const items = CARD_INDICATORS.map(({ key, zh, en }) => {
    const figure = summary.indicators[key];
    const before = previous?.indicators[key];
    return `<li class="card" data-indicator="${h(key)}">
<span class="card-label">${h(lang === 'zh' ? zh : en)}</span>
<span class="card-value">${h(figureWithUnit(lang, key, figure))}</span>
<span class="card-change">${h(change(lang, figure, before))}</span>
</li>`;
  });
  return `<ul class="cards">${items.join('\n')}</ul>`;
}

/** +12 (+8.3%) against last year; a lower bound (余) on either side makes the change approximate (约). */
export function change(lang: DashboardLanguage, now: IndicatorValue, before: IndicatorValue | undefined): string {
  if (!before) return t(lang, 'noComparison');
  const delta = now.value - before.value;
  if (delta === 0) return `${t(lang, 'vsLastYear')} ${t(lang, 'unchanged')}`;
  const approx = now.approximate || before.approximate ? (lang === 'zh' ? '约' : '~') : '';
  const signed = `${delta > 0 ? '+' : '−'}${approx}${Math.abs(delta).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en')}`;
  const pct = before.value === 0 ? '' : ` (${delta > 0 ? '+' : '−'}${((Math.abs(delta) / before.value) * 100).toFixed(1)}%)`;
  return `${t(lang, 'vsLastYear')} ${signed}${pct}`;
}

function planSection(lang: DashboardLanguage, summary: Summary): string {
  const plan = summary.planVsActual;
  if (!plan) return `<p>${h(t(lang, 'noPlan'))}</p>`;
  const wording = lang === 'zh' ? ZH_PLAN : EN_PLAN;
  const rendered = planTable(plan.targets, wording);
  const rows = rendered.rows.map((row, i) => [
    h(row[0]),
    h(row[1]),
    h(row[2]),
    badge(plan.targets[i].status, statusWord(lang, plan.targets[i].status)),
  ]);
  const caption = plan.documentNumber ? `${t(lang, 'planVsActual')}（${plan.documentNumber}）` : t(lang, 'planVsActual');
  return table(caption, rendered.columns, rows, { id: 'plan-table' });
}
