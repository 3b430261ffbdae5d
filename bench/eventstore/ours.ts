import type { EventStore, ExpectedRevision, NewEvent } from '../../libs/eventstore/src/event-store.port';
import { SqliteEventStore } from '../../libs/eventstore/src/sqlite/sqlite-event-store';
import { fmt, measure, progress, throttledProgress, type Measurement } from '../support/result';
import type { BenchConfig, FileOf } from './config';
import { batches, callerPlans, type BenchEvent, type Workload } from './workload';

/** Our side. The drivers use the port only; runOurs picks the SQLite adapter. */
const toNew = (e: BenchEvent): NewEvent => ({ id: e.id, type: e.type, data: e.data, metadata: e.metadata });

const expectedBefore = (e: BenchEvent): ExpectedRevision => (e.revision === 0 ? 'no_stream' : BigInt(e.revision - 1));

/** Each of plans.length callers appends its events one per call, awaiting each. */
export async function appendConcurrent(
  store: EventStore,
  w: Workload,
  plans: BenchEvent[][],
  onProgress?: (done: number) => void,
): Promise<void> {
  let done = 0;
  await Promise.all(
    plans.map(async (plan) => {
      for (const e of plan) {
        const r = await store.append(w.streams[e.stream], [toNew(e)], { expectedRevision: expectedBefore(e) });
        if (r.nextExpectedRevision !== BigInt(e.revision)) throw new Error(`unexpected revision ${r.nextExpectedRevision} for ${e.id}`);
        if (++done % 500 === 0) onProgress?.(done);
      }
    }),
  );
}

/** Sequential appends, each of one batch of consecutive events of one stream. */
export async function appendBatches(
  store: EventStore,
  w: Workload,
  appends: BenchEvent[][],
  onProgress?: (done: number) => void,
): Promise<void> {
  let done = 0;
  for (const batch of appends) {
    await store.append(w.streams[batch[0].stream], batch.map(toNew), { expectedRevision: expectedBefore(batch[0]) });
    done += batch.length;
    onProgress?.(done);
  }
}

/** Pages through $all from the start; returns how many events it saw. */
export async function readAllPaged(store: EventStore, pageSize: number): Promise<number> {
  let from: bigint | 'start' = 'start';
  let count = 0;
  for (;;) {
    const page = await store.readAll({ fromPosition: from, maxCount: pageSize });
    if (page.length === 0) break;
    count += page.length;
    const last = page[page.length - 1].position;
    if (from !== 'start' && last <= from) throw new Error('readAll went backwards');
    from = last;
    if (page.length < pageSize) break;
  }
  return count;
}

/** Cheap check that a store holds the whole workload: head position and two streams. */
export async function checkStored(store: EventStore, w: Workload): Promise<void> {
  const head = await store.headPosition();
  if (head < BigInt(w.events.length)) throw new Error(`head position ${head} < ${w.events.length} events`);
  for (const s of [0, w.streams.length - 1]) {
    const events = await store.readStream(w.streams[s]);
    const want = w.events.filter((e) => e.stream === s).length;
    if (events.length !== want || (want > 0 && events[want - 1].revision !== BigInt(want - 1))) {
      throw new Error(`stream ${w.streams[s]} holds ${events.length} events, expected ${want}`);
    }
  }
}

async function withStore<T>(path: string, use: (store: EventStore) => Promise<T>): Promise<T> {
  const store = new SqliteEventStore({ path });
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

export async function runOurs(
  w: Workload,
  file: FileOf,
  c: BenchConfig,
): Promise<Record<'appendConcurrent1' | 'appendBatch100' | 'readAll', Measurement>> {
  const n = w.events.length;
  progress(`appendConcurrent1: ${fmt(n)} events, ${c.callers} callers appending 1 event per call`);
  const appendConcurrent1 = await withStore(file('ours-concurrent'), async (store) => {
    const m = await measure(
      'appendConcurrent1',
      n,
      () => appendConcurrent(store, w, callerPlans(w, c.callers), throttledProgress('appendConcurrent1', n)),
      `${c.callers} callers, SqliteEventStore (group commit)`,
    );
    await checkStored(store, w);
    return m;
  });

  const appends = batches(w, c.batch);
  progress(`appendBatch100: ${fmt(n)} events in ${fmt(appends.length)} sequential appends`);
  const appendBatch100 = await withStore(file('ours-batch'), async (store) => {
    const m = await measure(
      'appendBatch100',
      n,
      () => appendBatches(store, w, appends, throttledProgress('appendBatch100', n)),
      `${fmt(appends.length)} appends of ${(n / appends.length).toFixed(0)}`,
    );
    await checkStored(store, w);
    return m;
  });

  progress(`readAll: paging $all by ${c.page}, store reopened on the appendBatch100 file`);
  const readAll = await withStore(file('ours-batch'), async (store) => {
    let seen = 0;
    const m = await measure(
      'readAll',
      n,
      async () => {
        seen = await readAllPaged(store, c.page);
      },
      `readAll pages of ${c.page}`,
    );
    if (seen !== n) throw new Error(`readAll saw ${seen} events, expected ${n}`);
    return m;
  });
  return { appendConcurrent1, appendBatch100, readAll };
}
