import { join } from 'node:path';
import ExcelJS from 'exceljs';
import {
  activityLedgerProjection,
  branchRegistryProjection,
  grantsLedgerProjection,
  meetingRegisterProjection,
  remindersFeedProjection,
  reportsRegisterProjection,
} from '@assocflow/projections/registers';
import { yearlySummaryProjection } from '@assocflow/projections/yearly-summary';
import { startSeedTarget, type SeedApi, type SeedTarget } from '../support/seeded-store';

const SEED = join(__dirname, '..', '..', 'seeds', 'sichuan', '2023.ndjson');
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function rowsOf(payload: Buffer): Promise<ExcelJS.CellValue[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(payload as unknown as ArrayBuffer);
  return workbook.worksheets[0]
    .getSheetValues()
    .slice(1)
    .map((row) => (row as ExcelJS.CellValue[]).slice(1));
}

/** GET /v1/orgs/:tenant/exports/<register>.<xlsx|csv> over the sichuan 2023 seed. */
describe('exports of the registers and the summary', () => {
  let target: SeedTarget;
  let api: SeedApi;

  beforeAll(async () => {
    target = await startSeedTarget();
    const { report } = await target.importPath(SEED);
    expect(report.rejected).toEqual([]);
    await target.rebuild(
      activityLedgerProjection,
      branchRegistryProjection,
      grantsLedgerProjection,
      reportsRegisterProjection,
      meetingRegisterProjection,
      remindersFeedProjection,
      yearlySummaryProjection,
    );
    api = await target.startApi();
  }, 180_000);
  afterAll(async () => {
    await api?.close();
    await target?.close();
  });

  it('exports the 2023 activity ledger as .xlsx: one row per activity, the totals as the document words them', async () => {
    const res = await api.get('sichuan', '/exports/activities.xlsx?year=2023');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    expect(res.headers['content-disposition']).toBe('attachment; filename="sichuan-activities-2023.xlsx"');
    const [header, ...rows] = await rowsOf(res.rawPayload);
    expect(header.slice(0, 3)).toEqual(['活动编号', '类别', '名称或说明']);
    expect(rows).toHaveLength(27);
    const academic = rows.find((r) => r[0] === 'backfill-academic-2023-1')!;
    expect(academic[header.indexOf('场次')]).toBe(49);
    expect(academic[header.indexOf('其中线上')]).toBe(18);
    expect(academic[header.indexOf('人次')]).toBe('30300余');
    expect(rows.find((r) => r[0] === 'backfill-training-2023-1')![header.indexOf('人次')]).toBe(18312);
  });

  it('exports the same ledger as CSV with a BOM, and answers 304 to its ETag', async () => {
    const res = await api.get('sichuan', '/exports/activities.csv?year=2023');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.body.startsWith('\uFEFF活动编号,类别,名称或说明,')).toBe(true);
    expect(res.body.split('\r\n').filter(Boolean)).toHaveLength(28);
    expect(res.body).toContain(',30300余,');
    const again = await api.get('sichuan', '/exports/activities.csv?year=2023', { 'if-none-match': String(res.headers.etag) });
    expect(again.statusCode).toBe(304);
  });

  it('exports the branch roster with the four branches founded in 2023', async () => {
    const res = await api.get('sichuan', '/exports/branches.xlsx?today=2023-12-31');
    const [header, ...rows] = await rowsOf(res.rawPayload);
    const founded = rows.filter((r) => r[header.indexOf('来源')] === '新成立').map((r) => r[header.indexOf('名称')]);
    expect(founded.sort()).toEqual(['信息化建设分会', '医学装备管理分会', '医疗康复管理分会', '门诊管理分会'].sort());
    expect(rows.length).toBe(24);
  });

  it('exports the summary year over year: a column per year, 余 kept', async () => {
    const res = await api.get('sichuan', '/exports/summary.xlsx?from=2022&to=2023');
    const [header, ...rows] = await rowsOf(res.rawPayload);
    expect(header).toEqual(['指标', '说明', '2023年']);
    expect(rows.find((r) => r[0] === 'academic.participants')).toEqual(['academic.participants', undefined, '30300余']);
    expect(rows.find((r) => r[0] === 'training.participants')).toEqual(['training.participants', undefined, 18312]);
    expect(rows.find((r) => r[0] === 'branches.founded')).toEqual(['branches.founded', undefined, 4]);
  });

  it('exports the 2023 grants (51 projects, no amount where the document states none) and reports', async () => {
    const res = await api.get('sichuan', '/exports/grants.xlsx?year=2023');
    expect(res.statusCode).toBe(200);
    const [header, ...rows] = await rowsOf(res.rawPayload);
    const funded = rows.filter((r) => r[header.indexOf('记录')] !== '获外部资助');
    const sum = (column: string) => funded.reduce((n, r) => n + Number(r[header.indexOf(column)] ?? 0), 0);
    expect(sum('项数')).toBe(51);
    const total = funded.find((r) => r[header.indexOf('记录')] === '年度汇总')!;
    expect(total[header.indexOf('金额（元）')]).toBeUndefined();
    expect(String(total[header.indexOf('名称或说明')])).toContain('资助课题51项');
    const reports = await api.get('sichuan', '/exports/reports.csv?year=2023');
    expect(reports.statusCode).toBe(200);
    expect(reports.body).toContain('WS/T 820');
  });

  it('exports meetings and reminders, and answers 400 naming the register or format it does not know', async () => {
    expect((await api.get('sichuan', '/exports/meetings.csv')).statusCode).toBe(200);
    expect((await api.get('sichuan', '/exports/reminders.xlsx')).statusCode).toBe(200);
    const register = await api.get('sichuan', '/exports/members.xlsx');
    expect(register.statusCode).toBe(400);
    expect(register.json<{ errors: { field: string; rule: string }[] }>().errors).toEqual([
      expect.objectContaining({ field: 'register', rule: 'isIn' }),
    ]);
    const format = await api.get('sichuan', '/exports/branches.docx');
    expect(format.json<{ errors: { field: string }[] }>().errors).toEqual([expect.objectContaining({ field: 'format' })]);
    expect((await api.get('sichuan', '/exports/summary.csv?from=2024&to=2023')).statusCode).toBe(400);
  });
});
