import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { MemoryEventStore, SqliteEventStore, type NewEvent } from '@assocflow/eventstore';
import { projectAll, type Projection } from '../projection';
import { ProjectionRunner } from './projection-runner';
import { ReadModelReader } from './read-model-reader';
import { toProjectedEvent } from './to-projected-event';

interface Tally {
  founded: number;
  names: string[];
}

/** A small projection of the kind the runner serves: founded branches per tenant and year. */
const tally = (name: string): Projection<Tally> => ({
  name,
  version: 1,
  handles: ['BranchFounded'],
  keysOf: (e) => [`${e.metadata.tenant}/${e.metadata.occurredAt.slice(0, 4)}`],
  initial: () => ({ founded: 0, names: [] }),
  evolve: (doc, e) => ({ founded: doc.founded + 1, names: [...doc.names, String(e.data.name)] }),
});

const founded = (tenant: string, i: number, year = 2023): NewEvent => ({
  id: randomUUID(),
  type: 'BranchFounded',
  data: { occurredOn: `${year}-0${1 + (i % 9)}-01`, branchId: `b${i}`, name: `分会${i}` },
  metadata: { tenant, occurredAt: `${year}-0${1 + (i % 9)}-01`, recordedAt: '2024-01-01T00:00:00Z', schemaVersion: 1 },
});

describe('ProjectionRunner (memory store, real Redis)', () => {
  let redis: Redis;
  beforeAll(() => {
    redis = new Redis(process.env.REDIS_URL!);
  });
  afterAll(() => redis.quit());

  async function waitFor(runner: ProjectionRunner<Tally>, position: bigint): Promise<void> {
    for (let i = 0; i < 500 && runner.checkpoint < position; i++) await new Promise((r) => setTimeout(r, 10));
    expect(runner.checkpoint).toBe(position);
  }

  it('catches up, goes live, and equals the in-memory fold', async () => {
    const name = `tally-${randomUUID()}`;
    const store = new MemoryEventStore();
    for (let i = 0; i < 30; i++) await store.append(`branch-sichuan.b${i}`, [founded('sichuan', i)], { expectedRevision: 'no_stream' });
    await store.append('meeting-sichuan.council-t4', [{ id: randomUUID(), type: 'MeetingHeld', data: { occurredOn: '2023-05-01' } }], {
      expectedRevision: 'no_stream',
    });
    const runner = new ProjectionRunner(store, redis, tally(name), { batchSize: 7 });
    await runner.start();
    const last = await store.append('branch-shandong.x', [founded('shandong', 99, 2025)], { expectedRevision: 'no_stream' });
    await waitFor(runner, last.position);
    await runner.stop();

    const expected = projectAll(
      tally(name),
      (await store.readAll()).map((e) => toProjectedEvent(e)),
    );
    const reader = new ReadModelReader(redis);
    for (const [key, doc] of expected) expect((await reader.get<Tally>(name, 1, key)).doc).toEqual(doc);
    expect((await reader.get<Tally>(name, 1, 'sichuan/2023')).doc?.founded).toBe(30);
  });

  it('saves the position of events it does not handle at the end of the log, so its lag is 0 once caught up (SQLite on disk)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'assocflow-runner-'));
    const store = new SqliteEventStore({ path: join(dir, 'events.sqlite') });
    const runner = new ProjectionRunner(store, redis, tally(`tally-${randomUUID()}`), { batchSize: 5 });
    try {
      for (let i = 0; i < 12; i++) await store.append(`branch-t.b${i}`, [founded('t', i)], { expectedRevision: 'no_stream' });
      const meeting = (i: number): NewEvent => ({ id: randomUUID(), type: 'MeetingHeld', data: { occurredOn: '2023-05-01', i } });
      for (let i = 0; i < 8; i++) await store.append(`meeting-t.m${i}`, [meeting(i)], { expectedRevision: 'no_stream' });
      const head = await store.headPosition();
      await runner.start();
      for (let i = 0; i < 500 && !runner.isCaughtUp; i++) await new Promise((r) => setTimeout(r, 10));
      expect(runner.checkpoint).toBe(head);
      // Live: a tail of unhandled events moves the checkpoint on too.
      let last = 0n;
      for (let i = 8; i < 11; i++) last = (await store.append(`meeting-t.m${i}`, [meeting(i)], { expectedRevision: 'no_stream' })).position;
      await waitFor(runner, last);
    } finally {
      await runner.stop();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('resumes from its checkpoint after a stop: nothing applied twice, nothing skipped', async () => {
    const name = `tally-${randomUUID()}`;
    const store = new MemoryEventStore();
    const runner = new ProjectionRunner(store, redis, tally(name), { batchSize: 5 });
    await runner.start();
    let last = 0n;
    for (let i = 0; i < 20; i++)
      last = (await store.append(`branch-t.b${i}`, [founded('t', i)], { expectedRevision: 'no_stream' })).position;
    await waitFor(runner, last);
    await runner.stop();
    for (let i = 20; i < 45; i++)
      last = (await store.append(`branch-t.b${i}`, [founded('t', i)], { expectedRevision: 'no_stream' })).position;
    const again = new ProjectionRunner(store, redis, tally(name), { batchSize: 5 });
    await again.start();
    await waitFor(again, last);
    await again.stop();
    const doc = (await new ReadModelReader(redis).get<Tally>(name, 1, 't/2023')).doc!;
    expect(doc.founded).toBe(45);
    expect(new Set(doc.names).size).toBe(45);
  });
});

describe('rebuildProjection (blue/green)', () => {
  let redis: Redis;
  beforeAll(() => {
    redis = new Redis(process.env.REDIS_URL!);
  });
  afterAll(() => redis.quit());

  it('builds the next version beside the serving one, switches, and removes the old keys', async () => {
    const { rebuildProjection } = await import('./rebuild');
    const name = `tally-${randomUUID()}`;
    const store = new MemoryEventStore();
    for (let i = 0; i < 12; i++) await store.append(`branch-s.b${i}`, [founded('s', i)], { expectedRevision: 'no_stream' });
    const live = new ProjectionRunner(store, redis, tally(name), { activateOnCatchUp: true });
    await live.start();
    for (let i = 0; i < 200 && !live.isCaughtUp; i++) await new Promise((r) => setTimeout(r, 10));
    await live.stop();
    const reader = new ReadModelReader(redis);
    expect(await reader.servingVersion(name, 1)).toBe(1);
    const caching = new ReadModelReader(redis, { activeCacheMs: 60_000 });
    expect((await caching.get<Tally>(name, 1, 's/2023')).doc?.founded).toBe(12);

    const progress: bigint[] = [];
    const result = await rebuildProjection(store, redis, tally(name), { batchSize: 5, onProgress: (p) => progress.push(p.position) });
    expect(result).toMatchObject({ from: 1, to: 2, events: 12 });
    expect(progress.length).toBeGreaterThan(1);
    expect(await reader.servingVersion(name, 1)).toBe(2);
    expect((await reader.get<Tally>(name, 1, 's/2023')).doc?.founded).toBe(12);
    expect(await redis.keys(`assocflow:rm:${name}:v1:*`)).toEqual([]);
    // A reader that cached version 1 as the active one finds it gone and asks again.
    expect(await caching.get<Tally>(name, 1, 's/2023')).toEqual({
      doc: expect.objectContaining({ founded: 12 }),
      position: expect.any(BigInt),
    });
    expect(await caching.servingVersion(name, 1)).toBe(2);
  });
});
