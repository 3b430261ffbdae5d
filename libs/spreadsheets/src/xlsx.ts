import ExcelJS from 'exceljs';
import type { Sheet } from './sheet';

/** Worksheets as an .xlsx workbook: a bold, frozen header row, columns sized to their text, filters on. */
export async function toXlsx(sheets: Sheet[], meta: { creator: string; created?: Date } = { creator: 'assocflow' }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = meta.creator;
  workbook.created = meta.created ?? new Date(0);
  workbook.modified = workbook.created;
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(sheet.columns).font = { bold: true };
    for (const row of sheet.rows) ws.addRow(row.map((v) => v ?? undefined));
    sheet.columns.forEach((header, i) => {
      const widest = Math.max(header.length * 2, ...sheet.rows.map((r) => String(r[i] ?? '').length * 1.6));
      ws.getColumn(i + 1).width = Math.min(60, Math.max(8, Math.ceil(widest)));
    });
    if (sheet.columns.length) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
