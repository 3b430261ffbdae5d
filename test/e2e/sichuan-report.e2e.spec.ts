import { join } from 'node:path';
import type { CommanderError } from 'commander';
import { activityLedgerProjection } from '@assocflow/projections/activity-ledger';
import { reportsRegisterProjection } from '@assocflow/projections/reports-register';
import { yearlySummaryProjection } from '@assocflow/projections/yearly-summary';
import { buildProgram, type CliIo } from '../../apps/cli/src/program';
import { startSeedTarget, type SeedTarget } from '../support/seeded-store';

/** The report of the real seeds: seeds/sichuan imported as `cli import` does, then reported. */
describe('the sichuan 2023 report, from the seeds', () => {
  let target: SeedTarget;

  async function report(args: string[]): Promise<string> {
    let out = '';
    const io: CliIo = { out: (t) => void (out += t), err: () => undefined, env: target.env, setExitCode: () => undefined };
    const program = buildProgram(io);
    const all = (c: typeof program): (typeof program)[] => [c, ...c.commands.flatMap(all)];
    for (const command of all(program)) command.exitOverride();
    try {
      await program.parseAsync(['report', 'sichuan', '2023', ...args], { from: 'user' });
    } catch (error) {
      throw new Error(`cli report failed: ${(error as CommanderError).message}`, { cause: error });
    }
    return out;
  }

  beforeAll(async () => {
    target = await startSeedTarget();
    const { report: imported } = await target.importPath(join(__dirname, '..', '..', 'seeds', 'sichuan'));
    expect(imported.rejected).toEqual([]);
  });
  afterAll(() => target.close());

  it('states 54 academic sessions (18 online) with 30300余 participants, 20 trainings with 18312, 51 grants and the 4 new branches by name', async () => {
    const zh = await report([]);
    expect(zh.split('\n')[0]).toBe('# 四川省医院协会 2023年度工作总结');
    expect(zh).toContain('举办学术活动54场（其中线上18场），参加人员30300余人次。');
    expect(zh).toContain('举办培训20场次，培训18312人次。');
    expect(zh).toMatch(/资助课题51项[，。]/);
    expect(zh).toContain('新成立分支机构4个：医疗康复管理分会、门诊管理分会、信息化建设分会、医学装备管理分会。');
    expect(zh).toMatch(/## [一二三四五六七八九十]+、年度工作计划完成情况/);
  });

  it('says the same in English', async () => {
    const en = await report(['--lang', 'en']);
    expect(en).toContain('Held 54 academic sessions (18 online), with 30,300+ participants.');
    expect(en).toContain('Held 20 training sessions, with 18,312 participants.');
    expect(en).toMatch(/Awarded 51 research grants[,.]/);
    expect(en).toContain('Founded 4 new branches: 医疗康复管理分会, 门诊管理分会, 信息化建设分会, 医学装备管理分会.');
  });

  it('serves the same report over HTTP once the summary is projected', async () => {
    // The totals from the summary, the records each section names from the activity ledger and the reports register.
    await target.rebuild(yearlySummaryProjection, activityLedgerProjection, reportsRegisterProjection);
    const api = await target.startApi();
    try {
      const response = await api.get('sichuan', '/summaries/2023/report');
      expect(response.statusCode).toBe(200);
      expect(response.body).toBe(await report([]));
    } finally {
      await api.close();
    }
  });
});
