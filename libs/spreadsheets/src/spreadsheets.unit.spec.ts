import ExcelJS from 'exceljs';
import { toCsv } from './csv';
import type { MeetingEntry } from '@assocflow/projections/registers';
import { meetingsSheet, summarySheet } from './register-sheets';
import { countCell, type Sheet } from './sheet';
import { toXlsx } from './xlsx';

const sheet: Sheet = {
  name: '活动台账2023',
  columns: ['活动编号', '名称', '人次', '线上'],
  rows: [
    ['a-1', '医院管理论坛, "年会"', 30300, true],
    ['a-2', '=HYPERLINK("http://evil")', '30300余', null],
    ['a-3', '两行\n说明', -3, false],
  ],
};

describe('spreadsheets', () => {
  it('writes counts as a secretariat does: a number when exact, 余 when a lower bound', () => {
    expect(countCell({ value: 18312, approximate: false })).toBe(18312);
    expect(countCell({ value: 30300, approximate: true })).toBe('30300余');
    expect(countCell(undefined)).toBeNull();
  });

  it('writes RFC 4180 CSV with a BOM, CRLF, quoting, and formulas neutralised', () => {
    expect(toCsv(sheet)).toBe(
      '\uFEFF活动编号,名称,人次,线上\r\n' +
        'a-1,"医院管理论坛, ""年会""",30300,TRUE\r\n' +
        'a-2,"\'=HYPERLINK(""http://evil"")",30300余,\r\n' +
        'a-3,"两行\n说明",-3,FALSE\r\n',
    );
  });

  it('writes an .xlsx whose cells read back as written, numbers as numbers, under a frozen bold header', async () => {
    const buffer = await toXlsx([sheet, { name: '空', columns: ['a'], rows: [] }]);
    expect(buffer.subarray(0, 2).toString()).toBe('PK');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['活动台账2023', '空']);
    const ws = workbook.getWorksheet('活动台账2023')!;
    const values = ws
      .getSheetValues()
      .slice(1)
      .map((row) => (row as ExcelJS.CellValue[]).slice(1));
    expect(values).toEqual([
      ['活动编号', '名称', '人次', '线上'],
      ['a-1', '医院管理论坛, "年会"', 30300, true],
      ['a-2', '=HYPERLINK("http://evil")', '30300余'],
      ['a-3', '两行\n说明', -3, false],
    ]);
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it("lays the summary out year over year, the organization's own figures after the indicators", () => {
    const indicators = (n: number) =>
      ({ 'academic.sessions': { value: n, approximate: false }, 'academic.participants': { value: 30300, approximate: true } }) as never;
    const s = summarySheet([
      { year: 2022, indicators: indicators(40), custom: {} },
      {
        year: 2023,
        indicators: indicators(54),
        custom: { 'custom.alliances': { label: '联盟', unit: '个', value: 3, approximate: false } },
      },
    ]);
    expect(s.columns).toEqual(['指标', '说明', '2022年', '2023年']);
    expect(s.rows.find((r) => r[0] === 'academic.sessions')).toEqual(['academic.sessions', null, 40, 54]);
    expect(s.rows.find((r) => r[0] === 'academic.participants')).toEqual(['academic.participants', null, '30300余', '30300余']);
    expect(s.rows[s.rows.length - 1]).toEqual(['custom.alliances', '联盟（个）', null, 3]);
  });

  it('writes a quorum it could not reckon as 未知, never as 否, and attendance not stated as empty cells', () => {
    const base: Pick<MeetingEntry, 'seriesId' | 'body' | 'term' | 'resolutions' | 'minutesRecorded' | 'cancelled'> = {
      seriesId: 'council-t4',
      body: 'council',
      term: 4,
      resolutions: [],
      minutesRecorded: false,
      cancelled: false,
    };
    const meetings: Record<string, MeetingEntry> = {
      a: {
        ...base,
        key: 'council-t4/a',
        meetingId: 'a',
        status: 'held',
        heldOn: '2024-03-01',
        ordinal: 5,
        label: '四届五次理事会',
        membersTotal: 45,
        quorum: 'unknown',
      },
      b: {
        ...base,
        key: 'council-t4/b',
        meetingId: 'b',
        status: 'held',
        heldOn: '2024-06-01',
        ordinal: 6,
        present: 20,
        membersTotal: 45,
        quorumMet: false,
        quorum: 'not-met',
      },
      c: { ...base, key: 'council-t4/c', meetingId: 'c', status: 'scheduled', scheduledOn: '2024-12-01' },
    };
    const s = meetingsSheet({ tenant: 'sichuan', series: {}, meetings });
    const [present, size, quorum] = ['出席', '应出席', '达到法定人数'].map((c) => s.columns.indexOf(c));
    expect(s.rows.map((r) => [r[0], r[present], r[size], r[quorum]])).toEqual([
      ['a', null, 45, '未知'],
      ['b', 20, 45, '否'],
      ['c', null, null, null],
    ]);
  });
});
