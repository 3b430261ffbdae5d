import type { ReportDocument, ReportTable } from './report.types';

/**
 * Text as Markdown shows it literally: punctuation that would start emphasis, code, links,
 * HTML or a table cell is backslash-escaped (CommonMark escapes any ASCII punctuation), and
 * what would start a block at the beginning of a line (heading, list, quote) too.
 */
export function escapeMarkdownInline(text: string): string {
  return text.replace(/\r\n?|\n/g, ' ').replace(/[\\`*_[\]<>&|~]/g, (c) => `\\${c}`);
}

export function escapeMarkdownLine(text: string): string {
  return escapeMarkdownInline(text)
    .replace(/^(\s*)([#+\-=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

function table({ columns, rows }: ReportTable): string {
  const line = (cells: string[]) => `| ${cells.map((c) => escapeMarkdownInline(c).trim() || ' ').join(' | ')} |`;
  return [line(columns), `|${columns.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}

/** The report as CommonMark with a GFM table for the plan versus actual. */
export function toMarkdown(report: ReportDocument): string {
  const blocks = [`# ${escapeMarkdownInline(report.title)}`];
  if (report.documentNumber) blocks.push(escapeMarkdownLine(report.documentNumber));
  for (const section of report.sections) {
    blocks.push(`## ${escapeMarkdownInline(section.heading)}`);
    blocks.push(...section.paragraphs.map(escapeMarkdownLine));
    if (section.table) blocks.push(table(section.table));
  }
  if (report.notes.length) blocks.push('---', ...report.notes.map(escapeMarkdownLine));
  return `${blocks.join('\n\n')}\n`;
}
