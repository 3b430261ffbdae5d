import { t, type DashboardLanguage } from './i18n';
import { h } from './layout';

/**
 * The report in each format: plain links to the API, which
 * accepts the dashboard session for reads, so they download with the browser's own means.
 */
export function downloadLinks(lang: DashboardLanguage, tenant: string, year: number): string {
  const base = `/v1/orgs/${encodeURIComponent(tenant)}`;
  const report = (format: string, label: string) =>
    `<li><a href="${h(`${base}/summaries/${year}/report?format=${format}&lang=${lang}`)}" data-download="report-${format}">${h(label)}</a></li>`;
  const sheet = (register: string, label: Parameters<typeof t>[1], query: string) => {
    const link = (format: string) =>
      `<a href="${h(`${base}/exports/${register}.${format}${query}`)}" data-download="${register}-${format}">${format === 'xlsx' ? 'Excel' : 'CSV'}</a>`;
    return `<li>${h(t(lang, label))}：${link('xlsx')} · ${link('csv')}</li>`;
  };
  return (
    `<h3>${h(t(lang, 'reportAs'))}</h3><ul class="downloads">${report('pdf', 'PDF')}${report('html', 'HTML')}${report('md', 'Markdown')}</ul>` +
    `<h3>${h(t(lang, 'spreadsheets'))}</h3><ul class="downloads">${sheet('activities', 'sheetActivities', `?year=${year}`)}${sheet('branches', 'sheetBranches', '')}` +
    `${sheet('meetings', 'sheetMeetings', '')}${sheet('summary', 'sheetSummary', `?from=${year - 4}&to=${year}`)}</ul>` +
    `<p class="hint" data-import-hint>${h(t(lang, 'importHint'))}</p>`
  );
}

/** The report itself, as the API renders it, with its downloads. */
export function reportBody(lang: DashboardLanguage, tenant: string, year: number): string {
  const src = `/v1/orgs/${encodeURIComponent(tenant)}/summaries/${year}/report?format=html&lang=${lang}`;
  return `<section aria-labelledby="downloads-title"><h2 id="downloads-title">${h(t(lang, 'downloads'))}</h2>${downloadLinks(lang, tenant, year)}</section>
<section aria-labelledby="report-title"><h2 id="report-title">${h(t(lang, 'report'))} ${year}</h2>
<iframe class="report" id="report-frame" title="${h(`${t(lang, 'report')} ${year}`)}" src="${h(src)}"></iframe></section>`;
}
