import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { SqliteEventStore, type NewEvent } from '@assocflow/eventstore';
import { ReadModelReader, activeVersionKey, builtWithKey, type Projection } from '@assocflow/projections';
import { ProjectionSupervisor } from './projection-supervisor';

/** Trainings per tenant and year; version 2 of the code also sums the participants. */
interface Trainings {
  held: number;
  participants?: number;
}
const trainings = (name: string, version: 1 | 2): Projection<Trainings> => ({
  name,
  version,
  handles: ['TrainingHeld'],
  keysOf: (e) => [`${e.metadata.tenant}/${e.metadata.occurredAt.slice(0, 4)}`],
  initial: () => (version === 1 ? { held: 0 } : { held: 0, participants: 0 }),
  evolve: (doc, e) =>
    version === 1 ? { held: doc.held + 1 } : { held: doc.held + 1, participants: (doc.participants ?? 0) + Number(e.data.participants) },
});

const held = (participants: number): NewEvent => ({
  id: randomUUID(),
  type: 'TrainingHeld',
  data: { occurredOn: '2023-04-12', participants },
  metadata: { tenant: 'sichuan', occurredAt: '2023-04-12', recordedAt: '2023-04-13T00:00:00Z', schemaVersion: 2 },
});

async function until(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('timed out');
}

describe('ProjectionSupervisor (SQLite on disk, real Redis)', () => {
  let dir: string;
  let store: SqliteEventStore;
  let redis: Redis;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'assocflow-supervisor-'));
    store = new SqliteEventStore({ path: join(dir, 'events.sqlite') });
    redis = new Redis(process.env.REDIS_URL!);
  });
  afterAll(async () => {
    await store.close();
    await redis.quit();
    rmSync(dir, { recursive: true, force: true });
  });

  it('builds the next version blue/green when a changed fold is deployed (the old one stays active until it has caught up), then drops it', async () => {
    const name = `trainings-${randomUUID()}`;
    for (let i = 0; i < 30; i++) await store.append(`activity-sichuan.t${i}`, [held(100)], { expectedRevision: 'no_stream' });
    const reader = new ReadModelReader(redis);
    const read = async () => (await reader.get<Trainings>(name, 1, 'sichuan/2023')).doc;

    const first = new ProjectionSupervisor(store, redis, [trainings(name, 1) as Projection<unknown>], 50);
    first.onApplicationBootstrap();
    await until(async () => (await read())?.held === 30);
    await first.beforeApplicationShutdown();
    expect(await redis.mget(activeVersionKey(name), builtWithKey(name, 1))).toEqual(['1', '1']);

    // Version 2 of the code is deployed: version 1 keeps serving until version 3, built by it, has caught up.
    await store.append('activity-sichuan.t30', [held(50)], { expectedRevision: 'no_stream' });
    const second = new ProjectionSupervisor(store, redis, [trainings(name, 2) as Projection<unknown>], 50);
    second.onApplicationBootstrap();
    await until(async () => (await redis.get(activeVersionKey(name))) === '3');
    expect(await read()).toEqual({ held: 31, participants: 3050 });
    expect(await redis.get(builtWithKey(name, 3))).toBe('2');
    await until(async () => (await redis.keys(`assocflow:rm:${name}:v1:*`)).length === 0);

    // Live on the new version; a restart of the same code runs on it, without building again.
    await store.append('activity-sichuan.t31', [held(7)], { expectedRevision: 'no_stream' });
    await until(async () => (await read())?.held === 32);
    await second.beforeApplicationShutdown();
    const third = new ProjectionSupervisor(store, redis, [trainings(name, 2) as Projection<unknown>], 50);
    third.onApplicationBootstrap();
    await store.append('activity-sichuan.t32', [held(3)], { expectedRevision: 'no_stream' });
    await until(async () => (await read())?.held === 33);
    await third.beforeApplicationShutdown();
    expect(await read()).toEqual({ held: 33, participants: 3060 });
    expect(await redis.get(activeVersionKey(name))).toBe('3');
    expect(await redis.keys(`assocflow:rm:${name}:v4:*`)).toEqual([]);
  });
});
