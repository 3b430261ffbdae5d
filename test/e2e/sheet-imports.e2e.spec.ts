import { join } from 'node:path';
import { readXlsx, toXlsx, type Cell, type ReadSheet } from '@assocflow/spreadsheets';
import { activityLedgerProjection, branchRegistryProjection } from '@assocflow/projections/registers';
import { ApiKeyService } from '../../apps/api/src/auth/api-key.service';
import { startSeedTarget, type SeedApi, type SeedTarget } from '../support/seeded-store';

const SEED = join(__dirname, '..', '..', 'seeds', 'sichuan', '2023.ndjson');
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Problem {
  row: number;
  column?: string;
  rule: string;
  message: string;
}
interface Report {
  register: string;
  dryRun: boolean;
  rows: { row: number; id: string; outcome: string }[];
  recorded: number;
  toRecord: number;
  unchanged: number;
}

/** POST /v1/orgs/:tenant/imports/<register>: the activity ledger and the branch roster from their .xlsx templates. */
describe('sheet imports of the activity ledger and the branch roster', () => {
  let target: SeedTarget;
  let api: SeedApi;
  let secretary: string;
  let activities: ReadSheet;
  let branches: ReadSheet;

  const eventCount = async () => (await target.events()).length;
  const post = async (register: string, file: Buffer, query = '', key = secretary, contentType = XLSX) =>
    api.app.inject({
      method: 'POST',
      url: `/v1/orgs/sichuan/imports/${register}${query}`,
      headers: { authorization: `Bearer ${key}`, 'content-type': contentType },
      payload: file,
    });
  /** The sheet with its rows replaced: each row by column name, the rest empty. */
  const sheetOf = (template: ReadSheet, rows: Record<string, Cell | undefined>[]) =>
    toXlsx([{ name: template.name, columns: template.columns, rows: rows.map((r) => template.columns.map((c) => r[c] ?? null)) }]);
  const asRecord = (template: ReadSheet, cells: Cell[]): Record<string, Cell> =>
    Object.fromEntries(template.columns.map((c, i) => [c, cells[i] ?? null]));

  beforeAll(async () => {
    target = await startSeedTarget();
    const { report } = await target.importPath(SEED);
    expect(report.rejected).toEqual([]);
    await target.rebuild(activityLedgerProjection, branchRegistryProjection);
    api = await target.startApi();
    secretary = (await api.app.get(ApiKeyService).issue('sichuan', 'secretary', { actor: 'test', today: '2026-01-01' })).token;
    activities = await readXlsx((await api.get('sichuan', '/exports/activities.xlsx?year=2023')).rawPayload);
    branches = await readXlsx((await api.get('sichuan', '/exports/branches.xlsx?today=2023-12-31')).rawPayload);
  }, 180_000);
  afterAll(async () => {
    await api?.close();
    await target?.close();
  });

  it('re-imports the exported 2023 activity ledger: every row unchanged, nothing appended', async () => {
    const file = (await api.get('sichuan', '/exports/activities.xlsx?year=2023')).rawPayload;
    const before = await eventCount();
    const dry = await post('activities', file, '?dryRun=true');
    expect(dry.statusCode).toBe(200);
    expect(dry.json<Report>()).toMatchObject({ register: 'activities', dryRun: true, toRecord: 0, recorded: 0, unchanged: 27 });
    const real = await post('activities', file);
    expect(real.statusCode).toBe(200);
    expect(real.json<Report>()).toMatchObject({ dryRun: false, recorded: 0, unchanged: 27 });
    expect(real.json<Report>().rows[0]).toEqual({ row: 2, id: String(activities.rows[0].cells[0]), outcome: 'unchanged' });
    expect(await eventCount()).toBe(before);
  });

  it('re-imports the exported branch roster: all 24 branches unchanged, nothing appended', async () => {
    const file = (await api.get('sichuan', '/exports/branches.xlsx?today=2026-12-07')).rawPayload;
    const before = await eventCount();
    const res = await post('branches', file);
    expect(res.statusCode).toBe(200);
    expect(res.json<Report>()).toMatchObject({ register: 'branches', recorded: 0, unchanged: 24 });
    expect(await eventCount()).toBe(before);
  });

  it('refuses a sheet with broken rows by row and column, every one of them, and appends nothing', async () => {
    const kept = activities.rows.map((r) => asRecord(activities, r.cells));
    const changed = kept.findIndex((r) => r['活动编号'] === 'backfill-training-2023-1');
    kept[changed] = { ...kept[changed], 人次: 18000 };
    const training = {
      活动编号: 'import-training-1',
      类别: '培训',
      名称或说明: '医院感染管理培训班',
      日期: '2023-09-12',
      主办: '协会',
      场次: 1,
      其中线上: 0,
      形式: '线下',
      人次: 120,
      年度汇总: '否',
    };
    const file = await sheetOf(activities, [
      ...kept,
      training,
      { ...training, 活动编号: 'import-training-2', 人次: 'about 80' },
      { ...training, 活动编号: 'import-training-3', 参赛队伍: 4, 日期: '2023-13-01' },
      { ...training, 类别: '宴会' },
      training,
      { ...training, 活动编号: 'import-training-5', 形式: '线上', 其中线上: 0, 通过考核: 121 },
    ]);
    const before = await eventCount();
    const res = await post('activities', file);
    expect(res.statusCode).toBe(422);
    const body = res.json<{ rule: string; problems: Problem[]; detail: string }>();
    expect(body.rule).toBe('import-rows-valid');
    const at = (row: number) => body.problems.filter((p) => p.row === row).map((p) => [p.column, p.rule]);
    const first = kept.length + 2;
    expect(at(first)).toEqual([]);
    expect(at(first + 1)).toEqual(expect.arrayContaining([['人次', 'isInt']]));
    expect(new Set(at(first + 1).map(([column]) => column))).toEqual(new Set(['人次']));
    expect(at(first + 2)).toEqual(
      expect.arrayContaining([
        ['参赛队伍', 'whitelistValidation'],
        ['日期', 'isIsoDate'],
      ]),
    );
    expect(at(changed + 2)).toEqual([['人次', 'row-matches-record']]);
    expect(body.problems.find((p) => p.row === changed + 2)!.message).toContain('18312');
    expect(at(first + 3)).toEqual([['类别', 'isIn']]);
    expect(at(first + 4)).toEqual([['活动编号', 'id-once-per-sheet']]);
    // The decider's rules, as the endpoint would answer them with 422.
    expect(at(first + 5)).toEqual([[undefined, expect.stringMatching(/^(online-sessions-match-mode|passed-at-most-participants)$/)]]);
    expect(new Set(body.problems.map((p) => p.row))).toEqual(new Set([changed + 2, first + 1, first + 2, first + 3, first + 4, first + 5]));
    expect(body.detail).toContain('nothing was recorded');
    expect(await eventCount()).toBe(before);
  });

  it('records new rows through the same rules: a dry run records nothing, the import records once, the same file again nothing', async () => {
    const rows = [
      {
        活动编号: 'import-training-ok',
        类别: '培训',
        名称或说明: '病案质控培训班',
        日期: '2023-10-20',
        主办: 'medical-records',
        场次: 2,
        其中线上: 1,
        形式: '线上线下',
        人次: '300余',
        通过考核: 280,
        继续医学教育项目: '是',
        年度汇总: '否',
      },
      {
        活动编号: 'backfill-welfare-2023-2',
        类别: '公益',
        名称或说明: '全年义诊 12 场',
        日期: '2023-12-31',
        场次: 12,
        其中线上: 0,
        人次: 60,
        服务群众: '1100余',
        年度汇总: '是',
        来源文件: '工作总结',
        来源章节: '三、公益',
      },
    ];
    const file = await sheetOf(activities, rows);
    const before = await eventCount();
    const dry = await post('activities', file, '?dryRun=true');
    expect(dry.statusCode).toBe(200);
    expect(dry.json<Report>()).toMatchObject({ toRecord: 2, recorded: 0, unchanged: 0 });
    expect(await eventCount()).toBe(before);

    const real = await post('activities', file);
    expect(real.statusCode).toBe(201);
    expect(real.json<Report>().rows).toEqual([
      { row: 2, id: 'import-training-ok', outcome: 'recorded' },
      { row: 3, id: 'backfill-welfare-2023-2', outcome: 'recorded' },
    ]);
    const appended = (await target.events()).slice(before);
    expect(appended.map((e) => e.type)).toEqual(['TrainingHeld', 'ActivitiesBackfilled']);
    expect(appended[0].data).toMatchObject({
      participants: { value: 300, approximate: true },
      passed: 280,
      cmeCreditProject: true,
      organizer: { kind: 'branch', branchId: 'medical-records' },
    });
    expect(appended[1].data).toMatchObject({
      peopleServed: { value: 1100, approximate: true },
      source: { document: '工作总结', section: '三、公益' },
    });

    const again = await post('activities', file);
    expect(again.json<Report>()).toMatchObject({ recorded: 0, unchanged: 2 });
    expect(await eventCount()).toBe(before + 2);
  });

  it('refuses a row whose organizer is a branch never founded, naming the row and 主办, and records none of the rows', async () => {
    const base = {
      类别: '培训',
      名称或说明: '院感防控培训班',
      日期: '2023-10-21',
      场次: 1,
      其中线上: 0,
      形式: '线下',
      人次: 80,
      年度汇总: '否',
    };
    const file = await sheetOf(activities, [
      { ...base, 活动编号: 'import-known-organizer', 主办: 'medical-records' },
      { ...base, 活动编号: 'import-unknown-organizer', 主办: 'infection-control' },
    ]);
    const before = await eventCount();
    const res = await post('activities', file);
    expect(res.statusCode).toBe(422);
    expect(res.json<{ problems: Problem[] }>().problems).toEqual([
      { row: 3, column: '主办', rule: 'branch-must-exist', message: expect.stringContaining('infection-control') },
    ]);
    expect(await eventCount()).toBe(before);
  });

  it('imports a registered branch, and refuses a founded branch whose row the founding cannot state', async () => {
    const registered = {
      分支机构编号: 'import-nursing',
      名称: '护理管理分会',
      类别: '分会',
      来源: '登记',
      记录日期: '2023-01-01',
      届次: 3,
      本届起始: '2021-05-10',
      本届届满: '2026-05-10',
      换届期限: '2026-05-10',
      党的工作小组: '是',
    };
    const founded = {
      分支机构编号: 'import-rehab',
      名称: '康复管理分会',
      类别: '分会',
      来源: '新成立',
      记录日期: '2023-06-01',
      届次: 1,
      本届起始: '2023-06-01',
      本届届满: '2028-06-01',
      换届期限: '2028-06-01',
      党的工作小组: '是',
    };
    const before = await eventCount();
    const refused = await post('branches', await sheetOf(branches, [registered, founded]));
    expect(refused.statusCode).toBe(422);
    expect(refused.json<{ problems: Problem[] }>().problems.map((p) => [p.row, p.column, p.rule])).toEqual([
      [3, '党的工作小组', 'row-recordable'],
    ]);
    expect(await eventCount()).toBe(before);

    const res = await post('branches', await sheetOf(branches, [registered, { ...founded, 党的工作小组: '否' }]));
    expect(res.statusCode).toBe(201);
    expect(res.json<Report>()).toMatchObject({ recorded: 2 });
    expect((await target.events()).slice(before).map((e) => e.type)).toEqual(['BranchRegistered', 'BranchFounded']);
  });

  it('answers 400 naming the file for what is not a workbook, 422 naming the column for a foreign header, 403 to a reader, 413 above the limit', async () => {
    const notXlsx = await post('activities', Buffer.from('活动编号,类别\n'));
    expect(notXlsx.statusCode).toBe(400);
    expect(notXlsx.json<{ errors: { field: string; rule: string }[] }>().errors[0]).toMatchObject({ field: 'file', rule: 'xlsx' });

    const foreign = await post('activities', await toXlsx([{ name: 'x', columns: [...activities.columns, '备注'], rows: [] }]));
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json<{ problems: Problem[] }>().problems).toEqual([
      expect.objectContaining({ row: 1, column: '备注', rule: 'column-of-template' }),
    ]);

    const unknown = await post('members', await sheetOf(activities, []));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<{ errors: { field: string }[] }>().errors[0].field).toBe('register');

    expect((await post('activities', await sheetOf(activities, []), '', await api.readerKey('sichuan'))).statusCode).toBe(403);
    expect((await post('activities', Buffer.alloc(5 * 1024 * 1024))).statusCode).toBe(413);
    expect((await post('activities', Buffer.from('{}'), '', secretary, 'application/json')).statusCode).toBe(400);
  });
});
