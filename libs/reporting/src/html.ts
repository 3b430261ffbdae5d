import type { ReportDocument, ReportTable } from './report.types';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML shows it literally, in element content and in quoted attributes alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

const STYLE = `
  body { margin: 0; background: #f6f7f9; color: #1f2328; font: 16px/1.75 "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", system-ui, sans-serif; }
  main { max-width: 48rem; margin: 2rem auto; padding: 2rem 2.5rem; background: #fff; border-radius: 6px; box-shadow: 0 1px 3px rgba(0, 0, 0, .08); }
  h1 { font-size: 1.6rem; text-align: center; margin: 0 0 1.5rem; }
  .document-number { text-align: center; text-indent: 0; margin: -1rem 0 1.5rem; }
  h2 { font-size: 1.15rem; margin: 1.75rem 0 .5rem; }
  p { margin: .4rem 0; text-indent: 2em; }
  table { width: 100%; border-collapse: collapse; margin: .75rem 0; font-size: .95rem; }
  th, td { border: 1px solid #d0d7de; padding: .35rem .6rem; text-align: left; vertical-align: top; }
  th { background: #f0f3f6; }
  footer { margin-top: 2rem; border-top: 1px solid #d0d7de; color: #57606a; font-size: .9rem; }
  footer p { text-indent: 0; }
  @media print { body { background: #fff; } main { box-shadow: none; margin: 0; } }
`;

function table({ columns, rows }: ReportTable): string {
  const cells = (tag: 'th' | 'td', values: string[]) => values.map((v) => `<${tag}>${escapeHtml(v)}</${tag}>`).join('');
  return [
    '<table>',
    `<thead><tr>${cells('th', columns)}</tr></thead>`,
    '<tbody>',
    ...rows.map((row) => `<tr>${cells('td', row)}</tr>`),
    '</tbody>',
    '</table>',
  ].join('\n');
}

/** A complete standalone HTML document: its own charset, language, title and stylesheet. */
export function toHtml(report: ReportDocument): string {
  const body: string[] = [`<h1>${escapeHtml(report.title)}</h1>`];
  if (report.documentNumber) body.push(`<p class="document-number">${escapeHtml(report.documentNumber)}</p>`);
  for (const section of report.sections) {
    body.push('<section>', `<h2>${escapeHtml(section.heading)}</h2>`, ...section.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`));
    if (section.table) body.push(table(section.table));
    body.push('</section>');
  }
  if (report.notes.length) body.push('<footer>', ...report.notes.map((n) => `<p>${escapeHtml(n)}</p>`), '</footer>');
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(report.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(report.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
