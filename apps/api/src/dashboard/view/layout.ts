import { escapeHtml } from '@assocflow/reporting';
import { htmlLang, t, type DashboardLanguage, type Word } from './i18n';

export const h = escapeHtml;

export type DashboardPage = 'overview' | 'branches' | 'meetings' | 'reminders' | 'report';

const NAV: { page: DashboardPage; word: Word; path: string }[] = [
  { page: 'overview', word: 'navOverview', path: '' },
  { page: 'branches', word: 'navBranches', path: '/branches' },
  { page: 'meetings', word: 'navMeetings', path: '/meetings' },
  { page: 'reminders', word: 'navReminders', path: '/reminders' },
  { page: 'report', word: 'navReport', path: '/report' },
];

export interface PageFrame {
  lang: DashboardLanguage;
  title: string;
  /** Absent on the sign-in page. */
  tenant?: { id: string; name: string; page: DashboardPage; year?: number; years: number[] };
  body: string;
}

/** A page's URL with the language and year it was shown in. */
export function pageUrl(tenant: string, path: string, lang: DashboardLanguage, year?: number): string {
  const query = new URLSearchParams();
  if (year !== undefined) query.set('year', String(year));
  if (lang === 'en') query.set('lang', 'en');
  const q = query.toString();
  return `/dashboard/${encodeURIComponent(tenant)}${path}${q ? `?${q}` : ''}`;
}

/** The frame of every page: skip link, navigation, year picker, language switch, sign-out. */
export function layout(frame: PageFrame): string {
  const { lang, tenant } = frame;
  const header = tenant
    ? tenantHeader(lang, tenant)
    : `<header class="top"><span class="brand">${h(t(lang, 'product'))}</span>${languageLink(lang, '/dashboard')}</header>`;
  return `<!DOCTYPE html>
<html lang="${htmlLang(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(frame.title)} · ${h(t(lang, 'product'))}</title>
<link rel="stylesheet" href="/dashboard/assets/dashboard.css">
<script src="/dashboard/assets/echarts.min.js" defer></script>
<script src="/dashboard/assets/dashboard.js" defer></script>
</head>
<body>
<a class="skip" href="#main">${h(t(lang, 'skipToContent'))}</a>
${header}
<main id="main" tabindex="-1">
<h1>${h(frame.title)}</h1>
${frame.body}
</main>
</body>
</html>
`;
}

function tenantHeader(lang: DashboardLanguage, tenant: NonNullable<PageFrame['tenant']>): string {
  const path = NAV.find((n) => n.page === tenant.page)!.path;
  const links = NAV.map((n) => {
    const current = n.page === tenant.page ? ' aria-current="page"' : '';
    return `<li><a href="${h(pageUrl(tenant.id, n.path, lang, tenant.year))}"${current}>${h(t(lang, n.word))}</a></li>`;
  }).join('');
  const years =
    tenant.years.length > 0 && tenant.year !== undefined
      ? `<form class="year" method="get" action="${h(pageUrl(tenant.id, path, 'zh'))}">
<label for="year-select">${h(t(lang, 'year'))}</label>
<select id="year-select" name="year">${tenant.years.map((y) => `<option value="${y}"${y === tenant.year ? ' selected' : ''}>${y}</option>`).join('')}</select>
${lang === 'en' ? '<input type="hidden" name="lang" value="en">' : ''}<button type="submit">${h(t(lang, 'show'))}</button>
</form>`
      : '';
  const other = lang === 'zh' ? 'en' : 'zh';
  return `<header class="top">
<span class="brand">${h(tenant.name)}</span>
<nav aria-label="${h(t(lang, 'product'))}"><ul>${links}</ul></nav>
${years}
<a class="lang" href="${h(pageUrl(tenant.id, path, other, tenant.year))}" hreflang="${htmlLang(other)}" lang="${htmlLang(other)}">${h(t(lang, 'language'))}</a>
<form class="logout" method="post" action="/dashboard/${h(encodeURIComponent(tenant.id))}/logout"><button type="submit">${h(t(lang, 'signOut'))}</button></form>
</header>`;
}

function languageLink(lang: DashboardLanguage, path: string): string {
  const other = lang === 'zh' ? 'en' : 'zh';
  return `<a class="lang" href="${path}${other === 'en' ? '?lang=en' : ''}" hreflang="${htmlLang(other)}" lang="${htmlLang(other)}">${h(t(lang, 'language'))}</a>`;
}

/** A table with a caption and column headers; cells are HTML already escaped by the caller. */
export function table(caption: string, headers: string[], rows: string[][], options: { id?: string } = {}): string {
  const head = headers.map((c) => `<th scope="col">${h(c)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table${options.id ? ` id="${h(options.id)}"` : ''}><caption>${h(caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

export function section(id: string, title: string, content: string): string {
  return `<section aria-labelledby="${id}-title" id="${id}"><h2 id="${id}-title">${h(title)}</h2>\n${content}\n</section>`;
}

export const badge = (status: string, text: string): string => `<span class="badge badge-${h(status)}">${h(text)}</span>`;
