import type { BranchView, GrantsLedgerDoc } from '@assocflow/projections/registers';
import { h } from './layout';
import { kindWord, statusWord, t, type DashboardLanguage } from './i18n';

/** A chart as the page embeds it: ECharts options (drawn by dashboard.js) and the same figures as a table. */
export interface ChartSpec {
  id: string;
  title: string;
  option: Record<string, unknown>;
  table: { headers: string[]; rows: (string | number)[][] };
}

/** Sessions and participants of one kind in one month (1-12), or in the backfilled year totals (month absent). */
export interface ActivityCell {
  kind: string;
  month?: number;
  sessions: number;
  participants: number;
}

const PALETTE = ['#2f6fb0', '#d9822b', '#3a9d5d', '#b5443c', '#7a5aa6', '#6b7b8c'];

/**
 * Stacked bars of sessions per month, one series per kind; the totals a document gave only for
 * the whole year are a thirteenth bar of their own, never spread over the months.
 */
export function activitiesChart(lang: DashboardLanguage, cells: ActivityCell[]): ChartSpec {
  const months = Array.from({ length: 12 }, (_, i) =>
    lang === 'zh' ? `${i + 1}月` : new Date(Date.UTC(2000, i, 1)).toLocaleString('en', { month: 'short', timeZone: 'UTC' }),
  );
  const categories = [...months, t(lang, 'wholeYear')];
  const kinds = [...new Set(cells.map((c) => c.kind))];
  const series = kinds.map((kind) => {
    const data = new Array<number>(13).fill(0);
    for (const c of cells) if (c.kind === kind) data[c.month === undefined ? 12 : c.month - 1] += c.sessions;
    return { name: kindWord(lang, kind), type: 'bar', stack: 'sessions', data, emphasis: { focus: 'series' } };
  });
  const rows = kinds.flatMap((kind) =>
    categories
      .map((label, i) => {
        const inBucket = cells.filter((c) => c.kind === kind && (c.month === undefined ? 12 : c.month - 1) === i);
        return [kindWord(lang, kind), label, sum(inBucket, 'sessions'), sum(inBucket, 'participants')];
      })
      .filter((row) => (row[2] as number) > 0 || (row[3] as number) > 0),
  );
  return {
    id: 'chart-activities',
    title: t(lang, 'chartActivities'),
    option: {
      color: PALETTE,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 48, bottom: 32 },
      xAxis: { type: 'category', data: categories },
      yAxis: { type: 'value', name: t(lang, 'sessions') },
      series,
    },
    table: {
      headers: [lang === 'zh' ? '类别' : 'Kind', lang === 'zh' ? '月份' : 'Month', t(lang, 'sessions'), t(lang, 'participants')],
      rows,
    },
  };
}

/** Grants awarded by category (count and amount), with the backfilled totals as their own bar. */
export function grantsChart(lang: DashboardLanguage, ledger: GrantsLedgerDoc | undefined): ChartSpec {
  const buckets = new Map<string, { count: number; yuan: number }>();
  const add = (label: string, count: number, yuan: number) => {
    const b = buckets.get(label) ?? { count: 0, yuan: 0 };
    buckets.set(label, { count: b.count + count, yuan: b.yuan + yuan });
  };
  const categoryLabel = (category: string | undefined) =>
    ({
      general: lang === 'zh' ? '一般项目' : 'General',
      youth: lang === 'zh' ? '青年项目' : 'Youth',
      key: lang === 'zh' ? '重点项目' : 'Key',
    })[category ?? ''] ?? (lang === 'zh' ? '未分类' : 'Uncategorized');
  for (const award of Object.values(ledger?.awards ?? {})) add(categoryLabel(award.category), 1, award.amountYuan);
  for (const backfill of Object.values(ledger?.backfills ?? {})) {
    const youth = backfill.youthCount ?? 0;
    if (youth > 0) add(`${categoryLabel('youth')}（${t(lang, 'wholeYear')}）`, youth, 0);
    add(`${lang === 'zh' ? '其他' : 'Other'}（${t(lang, 'wholeYear')}）`, backfill.count - youth, backfill.amountYuan ?? 0);
  }
  const labels = [...buckets.keys()];
  const wan = (yuan: number) => Math.round(yuan / 100) / 100;
  return {
    id: 'chart-grants',
    title: t(lang, 'chartGrants'),
    option: {
      color: PALETTE,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 56, top: 48, bottom: 32 },
      xAxis: { type: 'category', data: labels },
      yAxis: [
        { type: 'value', name: t(lang, 'count') },
        { type: 'value', name: t(lang, 'amountWan') },
      ],
      series: [
        { name: t(lang, 'count'), type: 'bar', data: labels.map((l) => buckets.get(l)!.count) },
        { name: t(lang, 'amountWan'), type: 'bar', yAxisIndex: 1, data: labels.map((l) => wan(buckets.get(l)!.yuan)) },
      ],
    },
    table: {
      headers: [lang === 'zh' ? '类别' : 'Category', t(lang, 'count'), t(lang, 'amountWan')],
      rows: labels.map((l) => [l, buckets.get(l)!.count, wan(buckets.get(l)!.yuan)]),
    },
  };
}

/** Branches by status on the day shown. */
export function branchesChart(lang: DashboardLanguage, branches: BranchView[]): ChartSpec {
  const counts = new Map<string, number>();
  for (const b of branches) counts.set(b.status, (counts.get(b.status) ?? 0) + 1);
  const data = [...counts].map(([status, value]) => ({ name: statusWord(lang, status), value }));
  return {
    id: 'chart-branches',
    title: t(lang, 'chartBranches'),
    option: {
      color: ['#3a9d5d', '#d9822b', '#b5443c', '#2f6fb0', '#6b7b8c'],
      tooltip: { trigger: 'item' },
      legend: { top: 0 },
      series: [{ type: 'pie', radius: ['40%', '68%'], top: 24, data, label: { formatter: '{b}: {c}' } }],
    },
    table: { headers: [t(lang, 'status'), t(lang, 'count')], rows: data.map((d) => [d.name, d.value]) },
  };
}

/**
 * A chart's figure: the container ECharts draws into, its options as inert JSON (no inline
 * script, so the page's CSP forbids them all), and the figures as a table for keyboards and
 * screen readers.
 */
export function chartFigure(lang: DashboardLanguage, chart: ChartSpec): string {
  const json = JSON.stringify(chart.option).replace(/</g, '\\u003c');
  const head = chart.table.headers.map((c) => `<th scope="col">${h(c)}</th>`).join('');
  const rows = chart.table.rows.map((r) => `<tr>${r.map((c) => `<td>${h(String(c))}</td>`).join('')}</tr>`).join('');
  return `<figure class="chart">
<figcaption id="${chart.id}-caption">${h(chart.title)}</figcaption>
<div class="chart-canvas" id="${chart.id}" data-chart="${chart.id}-options" role="img" aria-labelledby="${chart.id}-caption"></div>
<script type="application/json" id="${chart.id}-options">${json}</script>
<details><summary>${h(t(lang, 'chartTable'))}</summary><table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></details>
</figure>`;
}

function sum<T>(items: T[], key: keyof T): number {
  return items.reduce((n, item) => n + (item[key] as number), 0);
}
