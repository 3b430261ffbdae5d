import ExcelJS from 'exceljs';
import type { Cell } from './sheet';

/** A worksheet read back: its header row, and every row below it that holds anything, with its row number. */
export interface ReadSheet {
  name: string;
  columns: string[];
  rows: { row: number; cells: Cell[] }[];
}

/** The file is not an .xlsx workbook, or holds no worksheet. */
export class NotAWorkbook extends Error {}

/** The first worksheet of an .xlsx workbook, cells as the secretariat sees them (formulas by their result). */
export async function readXlsx(file: Buffer): Promise<ReadSheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch (error) {
    throw new NotAWorkbook(`not an .xlsx workbook (${(error as Error).message})`);
  }
  const ws = workbook.worksheets[0];
  if (!ws) throw new NotAWorkbook('the workbook holds no worksheet');
  const width = ws.getRow(1).cellCount;
  const valuesOf = (row: ExcelJS.Row): Cell[] =>
    Array.from({ length: Math.max(width, row.cellCount) }, (_, i) => cellValue(row.getCell(i + 1).value));
  const columns = valuesOf(ws.getRow(1)).map((c) => (c === null ? '' : String(c).trim()));
  const rows: ReadSheet['rows'] = [];
  ws.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1) return;
    const cells = valuesOf(row);
    if (cells.some((c) => c !== null)) rows.push({ row: number, cells });
  });
  return { name: ws.name, columns, rows };
}

/** One cell's value: text trimmed (empty is nothing), numbers and yes/no as they are, a date as YYYY-MM-DD. */
export function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if ('richText' in value) return cellValue(value.richText.map((t) => t.text).join(''));
  if ('result' in value) return cellValue((value.result ?? null) as ExcelJS.CellValue);
  if ('text' in value) return cellValue(value.text as ExcelJS.CellValue);
  if ('error' in value) return String(value.error);
  return null;
}
