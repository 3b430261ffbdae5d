import { join } from 'node:path';
import { yearlySummaryProjection } from '@assocflow/projections/yearly-summary';
import { startSeedTarget, type SeedApi, type SeedTarget } from '../support/seeded-store';

interface TargetResult {
  targetId: string;
  status: string;
  entities?: { name: string; done: boolean }[];
  evidence: { streamId: string; eventType: string; description?: string }[];
}
interface Summary {
  indicators: Record<string, { value: number; approximate: boolean }>;
  branchesFounded: { name: string; foundedOn: string }[];
  planVsActual: { adoptedOn: string; documentNumber?: string; targets: TargetResult[] };
}

/** sichuan 2023 alone: what the rendered report and plan vs actual read from its yearly summary. */
describe('the sichuan 2023 seed', () => {
  let target: SeedTarget;
  let api: SeedApi;
  let summary: Summary;

  beforeAll(async () => {
    target = await startSeedTarget();
    const { report } = await target.importPath(join(__dirname, '..', '..', 'seeds', 'sichuan', '2023.ndjson'));
    expect(report.rejected).toEqual([]);
    await target.rebuild(yearlySummaryProjection);
    api = await target.startApi();
    const response = await api.get('sichuan', '/summaries/2023');
    expect(response.statusCode).toBe(200);
    summary = response.json<Summary>();
  }, 180_000);
  afterAll(async () => {
    await api?.close();
    await target?.close();
  });

  it('gives the report its headline figures: 54 academic sessions (18 online), 30300余 participants, 20 trainings, 18312 trained, 51 grants', () => {
    const i = summary.indicators;
    expect(i['academic.sessions']).toEqual({ value: 54, approximate: false });
    expect(i['academic.sessionsOnline']).toEqual({ value: 18, approximate: false });
    expect(i['academic.participants']).toEqual({ value: 30300, approximate: true });
    expect(i['training.sessions']).toEqual({ value: 20, approximate: false });
    expect(i['training.participants']).toEqual({ value: 18312, approximate: false });
    expect(i['grants.awarded']).toEqual({ value: 51, approximate: false });
  });

  it('names the 4 branches founded in 2023', () => {
    expect(summary.branchesFounded.map((b) => b.name).sort()).toEqual(
      ['信息化建设分会', '医学装备管理分会', '医疗康复管理分会', '门诊管理分会'].sort(),
    );
    expect(summary.indicators['branches.active']).toEqual({ value: 24, approximate: false });
    expect(summary.indicators['party.branchesWithGroup']).toEqual({ value: 23, approximate: false });
  });

  it('shows in plan vs actual which planned branches were founded, which were not, and the one founded unplanned', () => {
    expect(summary.planVsActual).toMatchObject({ adoptedOn: '2023-01-16', documentNumber: '川医协发〔2023〕32号' });
    const byId = Object.fromEntries(summary.planVsActual.targets.map((t) => [t.targetId, t]));
    expect(byId['approved-branches']).toMatchObject({
      status: 'partly-met',
      entities: [
        { name: '医院人力资源工作委员会', done: false },
        { name: '信息化管理专业委员会', done: true },
        { name: '医疗管理康复分会', done: true },
      ],
    });
    expect(byId['approved-branches'].evidence.map((e) => e.description).sort()).toEqual(['信息化建设分会', '医疗康复管理分会'].sort());
    expect(byId['prepared-branches']).toMatchObject({
      status: 'partly-met',
      entities: [
        { name: '医院采购管理分会', done: false },
        { name: '医院门诊管理专业委员会', done: true },
      ],
      evidence: [{ streamId: 'branch-sichuan.outpatient-mgmt', eventType: 'BranchFounded', description: '门诊管理分会' }],
    });
    const unplanned = summary.planVsActual.targets.filter((t) => t.status === 'unplanned');
    expect(unplanned).toEqual([
      expect.objectContaining({ targetId: 'unplanned:branch:medical-equipment', entities: [{ name: '医学装备管理分会', done: true }] }),
    ]);
  });

  it("links the plan's targets to what met them, and leaves those the summary reports nothing for not met", () => {
    const status = Object.fromEntries(summary.planVsActual.targets.map((t) => [t.targetId, t.status]));
    for (const met of [
      'party-leadership',
      'covid-prevention',
      'delegated-tasks',
      'training',
      'academic',
      'liaison',
      'awards',
      'media',
      'research',
      'grants',
      'rural-revitalization',
      'self-discipline',
    ]) {
      expect([met, status[met]]).toEqual([met, 'met']);
    }
    for (const notMet of ['council-meetings', 'branch-meetings', 'salons', 'southwest-summit', 'study-tours', 'info-platform', 'members']) {
      expect([notMet, status[notMet]]).toEqual([notMet, 'not-met']);
    }
  });
});
