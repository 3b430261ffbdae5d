import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEventStore } from '@assocflow/eventstore/event-store.factory';
import { loadConfig } from '@assocflow/platform';
import { startSeedTarget, type SeedTarget } from '../support/seeded-store';

const line = (endpoint: string, key: string, body: object, section = '一、') =>
  JSON.stringify({ endpoint, idempotencyKey: key, source: { document: '000_test.txt', section }, body });

const SEED = [
  line('POST /organization', 'demo-org', { name: '测试医院协会', kind: 'association', registeredOn: '2020-01-01' }),
  line(
    'POST /branches',
    'demo-branch-a',
    { branchId: 'branch-a', name: '医疗质量管理分会', kind: 'society', foundedOn: '2023-03-01' },
    '二、（一）',
  ),
  '',
  line('POST /branches', 'demo-branch-b', { branchId: 'branch-b', name: 'x'.repeat(101), kind: 'society', foundedOn: '2023-03-01' }),
  '{"endpoint":"GET /branches"}',
  line('POST /branches/branch-a/party-group', 'demo-party-a', { formedOn: '2023-04-01' }),
].join('\n');

describe('cli import', () => {
  let target: SeedTarget;
  let seeds: string;

  beforeAll(async () => {
    target = await startSeedTarget();
    seeds = mkdtempSync(join(tmpdir(), 'assocflow-seed-fixture-'));
    mkdirSync(join(seeds, 'demo'));
    writeFileSync(join(seeds, 'demo', '2023.ndjson'), `${SEED}\n`);
  });
  afterAll(async () => {
    await target.close();
    rmSync(seeds, { recursive: true, force: true });
  });

  async function storedEvents() {
    const store = createEventStore(loadConfig(target.env).eventStore);
    try {
      return await store.readAll();
    } finally {
      await store.close();
    }
  }

  it('records every valid line, reports each rejected one by line number and reason, and keeps going', async () => {
    const { report, err } = await target.importPath(seeds);
    expect(report).toMatchObject({ lines: 5, recorded: 3, unchanged: 0 });
    expect(report.rejected.map((r) => r.lineNumber)).toEqual([4, 5]);
    expect(err).toMatch(/2023\.ndjson:4: 400 .*name \(/);
    expect(err).toMatch(/2023\.ndjson:5: .*endpoint must be "POST/);
    expect(err).toMatch(/5 lines from 1 file\(s\): 3 recorded, 0 already there, 2 rejected/);
  });

  it("keeps the source document, section and operator as the events' metadata", async () => {
    const founded = (await storedEvents()).find((e) => e.type === 'BranchFounded')!;
    expect(founded.metadata).toMatchObject({
      tenant: 'demo',
      actor: expect.stringMatching(/^cli-import:/),
      idempotencyKey: 'demo-branch-a',
      source: { document: '000_test.txt', section: '二、（一）' },
    });
  });

  it('changes nothing when run a second time', async () => {
    const before = await storedEvents();
    const { report } = await target.importPath(join(seeds, 'demo', '2023.ndjson'));
    expect(report).toMatchObject({ lines: 5, recorded: 0, unchanged: 3 });
    expect(report.rejected).toHaveLength(2);
    const after = await storedEvents();
    expect(after.map((e) => [e.id, e.position])).toEqual(before.map((e) => [e.id, e.position]));
  });
});
