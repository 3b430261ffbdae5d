import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { SqliteEventStore, type EventStore, type ReadAllOptions, type RecordedEvent } from '@assocflow/eventstore';
import { appendMix } from '../../../../bench/support/event-mix';
import { projectAll, servedDocument, type ProjectedEvent } from '../projection';
import { PROJECTIONS } from '../registry';
import { SharedLogPages, type LogPages } from './log-pages';
import { ProjectionRunner } from './projection-runner';
import { ReadModelReader } from './read-model-reader';
import { toProjectedEvent } from './to-projected-event';

/** Every event a reader is given frozen (a fold that changed one would change it for all), and every read counted. */
function frozenCounting(store: EventStore): { store: EventStore; reads: ReadAllOptions[] } {
  const reads: ReadAllOptions[] = [];
  const freeze = <T>(value: T): T => {
    if (value && typeof value === 'object' && !Object.isFrozen(value)) {
      for (const v of Object.values(value)) freeze(v);
      Object.freeze(value);
    }
    return value;
  };
  const wrapped = new Proxy(store, {
    get(target, key) {
      if (key === 'readAll') {
        return async (options: ReadAllOptions) => {
          reads.push(options);
          return (await target.readAll(options)).map(freeze);
        };
      }
      const value = Reflect.get(target, key) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { store: wrapped, reads };
}

/** Reads the whole log through `pages` as one reader of `types`, a pause of `pauseMs` after each page. */
async function readThrough(pages: LogPages, reader: object, types: Set<string>, from = 0n, pauseMs = 0): Promise<ProjectedEvent[]> {
  const events: ProjectedEvent[] = [];
  for (;;) {
    const page = await pages.read(reader, from, types);
    events.push(...page.events);
    from = page.through;
    if (page.end) break;
    await new Promise((r) => setTimeout(r, pauseMs));
  }
  pages.leave(reader);
  return events;
}

describe('SharedLogPages (SQLite on disk, real Redis)', () => {
  let dir: string;
  let sqlite: SqliteEventStore;
  let redis: Redis;
  let all: RecordedEvent[];
  const ofTypes = (types: Set<string>) => all.filter((e) => types.has(e.type)).map((e) => e.position.toString());

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'assocflow-log-pages-'));
    sqlite = new SqliteEventStore({ path: join(dir, 'events.sqlite') });
    await appendMix(sqlite, { events: 12_000, tenants: 3, years: 2 });
    all = await sqlite.readAll();
    redis = new Redis(process.env.REDIS_URL!);
  });
  afterAll(async () => {
    await redis.quit();
    await sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads each page once for readers in step, and gives each the types it handles', async () => {
    const { store, reads } = frozenCounting(sqlite);
    const pages = new SharedLogPages(store, { pageSize: 1_000 });
    const kinds = [
      new Set(['TrainingHeld', 'AcademicEventHeld']),
      new Set(['GrantAwarded', 'ReportIssued', 'BranchFounded']),
      new Set(all.map((e) => e.type)),
    ];
    const got = await Promise.all(kinds.map((types) => readThrough(pages, {}, types)));
    got.forEach((events, i) => expect(events.map((e) => e.position)).toEqual(ofTypes(kinds[i])));
    // 12,000 events in pages of 1,000: 13 reads (the last one short), not 39.
    expect(reads.length).toBe(13);
    expect(pages.stats.alone).toBe(0);
    expect(pages.cached).toBeLessThanOrEqual(4);
  });

  it('lets a reader behind the window read alone up to it and join it; a slow reader holds the window, one that left does not', async () => {
    const { store, reads } = frozenCounting(sqlite);
    const pages = new SharedLogPages(store, { pageSize: 1_000, window: 3, maxWaitMs: 10_000 });
    const types = new Set(['TrainingHeld', 'GrantAwarded']);
    const front = {};
    // The front reads two pages before the others arrive.
    let from = 0n;
    for (let i = 0; i < 2; i++) from = (await pages.read(front, from, types)).through;
    const [rest, late, slow] = await Promise.all([
      readThrough(pages, front, types, from),
      readThrough(pages, {}, types),
      readThrough(pages, {}, new Set(['ReportIssued']), 0n, 20),
    ]);
    expect(rest.length).toBeGreaterThan(0);
    expect(late.map((e) => e.position)).toEqual(ofTypes(types));
    expect(slow.map((e) => e.position)).toEqual(ofTypes(new Set(['ReportIssued'])));
    // The late readers read their first pages alone (filtered), then shared the window: nothing dropped before they took it.
    expect(pages.stats.alone).toBeGreaterThan(0);
    expect(pages.stats.forced).toBe(0);
    expect(reads.filter((r) => !r.filter).length).toBe(13);

    // A reader that stopped without leaving holds the others at most maxWaitMs; one that left not at all.
    const quick = new SharedLogPages(store, { pageSize: 1_000, window: 2, maxWaitMs: 200 });
    await quick.read({}, 0n, types); // gone, never left
    const started = Date.now();
    expect((await readThrough(quick, {}, types)).map((e) => e.position)).toEqual(ofTypes(types));
    expect(quick.stats.forced).toBeGreaterThan(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
  });

  it('runners of every projection sharing the pages build what projectAll builds, the events frozen', async () => {
    const { store, reads } = frozenCounting(sqlite);
    const pages = new SharedLogPages(store, { pageSize: 1_000 });
    const prefix = `shared-${randomUUID().slice(0, 8)}`;
    const projections = PROJECTIONS.map((p) => ({ ...p, name: `${prefix}-${p.name}` }));
    const head = await sqlite.headPosition();
    const runners = projections.map((p) => new ProjectionRunner(store, redis, p, { pages, catchUpCommitMs: 0 }));
    await Promise.all(runners.map((r) => r.start()));
    for (let i = 0; i < 600 && runners.some((r) => r.checkpoint < head); i++) await new Promise((r) => setTimeout(r, 50));
    await Promise.all(runners.map((r) => r.stop()));
    expect(runners.map((r) => r.checkpoint)).toEqual(runners.map(() => head));
    // The log was read once between them (and not once per projection).
    expect(reads.filter((r) => !r.filter).length).toBeLessThanOrEqual(14);

    const events = all.map((e) => toProjectedEvent(e));
    const reader = new ReadModelReader(redis);
    for (const projection of projections) {
      const expected = projectAll(projection, events);
      for (const [key, doc] of expected) {
        const { doc: stored } = await reader.get(projection.name, projection.version, key, projection.rows?.table);
        expect({ projection: projection.name, key, doc: stored }).toEqual({
          projection: projection.name,
          key,
          doc: JSON.parse(JSON.stringify(servedDocument(projection, doc, key))),
        });
      }
    }
  }, 120_000);
});
