import type { Cell, Sheet } from './sheet';

/** Text a spreadsheet would run as a formula (=, +, -, @, tab, CR): quoted with a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

function field(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line break,
 * and a UTF-8 byte-order mark so that Excel opens Chinese text as Chinese.
 */
export function toCsv(sheet: Sheet): string {
  const lines = [sheet.columns, ...sheet.rows].map((row) => row.map(field).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
