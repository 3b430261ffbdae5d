import { randomUUID } from 'node:crypto';
import { startEsdbTestServer, type EsdbTestServer } from '../../../../test/support/esdb-grpc-server';
import { InvalidAppend, WrongExpectedVersion } from '../errors';
import type { NewEvent, SubscriptionMessage } from '../event-store.port';
import { EsdbEventStore } from './esdb-event-store';

// What the contract cannot reach: paths a fast consumer on a recent server never takes.

const events = (n: number): NewEvent[] => Array.from({ length: n }, (_, i) => ({ id: randomUUID(), type: 'Tick', data: { i } }));

describe('EsdbEventStore against the in-process server', () => {
  let server: EsdbTestServer;
  let store: EsdbEventStore;
  afterEach(async () => {
    await store.close();
    await server.stop();
  });

  it('keeps order and the caught-up marker in place for a consumer slower than the server', async () => {
    server = await startEsdbTestServer();
    store = new EsdbEventStore(server.connectionString);
    for (let s = 0; s < 30; s++) await store.append(`branch-t.${s}`, events(100), { expectedRevision: 'no_stream' });
    const received: SubscriptionMessage[] = [];
    const subscription = store.subscribeToAll({ filter: { tenants: ['t'] } });
    for await (const m of subscription) {
      received.push(m);
      if (received.length % 20 === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      if (m.kind === 'caughtUp') break;
    }
    const positions = received.flatMap((m) => (m.kind === 'event' ? [m.event.position] : []));
    expect(positions).toHaveLength(3000);
    expect(positions.every((p, i) => i === 0 || p > positions[i - 1])).toBe(true);
    expect(received.at(-1)).toEqual({ kind: 'caughtUp', position: positions.at(-1) });
  });

  it("passes on the server's checkpoints past events the filter leaves out, never ahead of an event not yet delivered", async () => {
    server = await startEsdbTestServer();
    store = new EsdbEventStore(server.connectionString);
    const wanted = await store.append('branch-t.a', events(3), { expectedRevision: 'no_stream' });
    for (let s = 0; s < 20; s++) await store.append(`member-t.${s}`, events(100), { expectedRevision: 'no_stream' });
    const received: SubscriptionMessage[] = [];
    for await (const m of store.subscribeToAll({ filter: { categories: ['branch'] } })) {
      received.push(m);
      if (m.kind === 'caughtUp') break;
    }
    const checkpoints = received.flatMap((m) => (m.kind === 'checkpoint' ? [m.position] : []));
    expect(received.filter((m) => m.kind === 'event')).toHaveLength(3);
    // The log ends with 2,000 events the filter leaves out: the last checkpoint is well past the last event.
    expect(checkpoints.length).toBeGreaterThan(0);
    expect(checkpoints.every((p, i) => p > wanted.position && (i === 0 || p > checkpoints[i - 1]))).toBe(true);
    const firstCheckpoint = received.findIndex((m) => m.kind === 'checkpoint');
    expect(received.slice(firstCheckpoint).some((m) => m.kind === 'event')).toBe(false);
    const head = await store.headPosition();
    expect(checkpoints.at(-1)!).toBeLessThanOrEqual(head);
  });

  it('appends through Streams.Append on a server without BatchAppend', async () => {
    server = await startEsdbTestServer({ batchAppend: false });
    store = new EsdbEventStore(server.connectionString);
    const first = await store.append('branch-t.a', events(2), { expectedRevision: 'no_stream' });
    expect(first.nextExpectedRevision).toBe(1n);
    const error = await store.append('branch-t.a', events(1), { expectedRevision: 'no_stream' }).catch((e) => e);
    expect(error).toBeInstanceOf(WrongExpectedVersion);
    expect(error).toMatchObject({ expected: 'no_stream', actual: 1n });
    const [last] = await store.readStream('branch-t.a', { direction: 'backwards', maxCount: 1 });
    expect(last.position).toBe(first.position);
  });

  it.each([true, false])('refuses an append over the maximum append size (BatchAppend: %s)', async (batchAppend) => {
    server = await startEsdbTestServer({ batchAppend });
    store = new EsdbEventStore(server.connectionString);
    const big = { id: randomUUID(), type: 'Big', data: { blob: 'x'.repeat(1024 * 1024) } };
    await expect(store.append('branch-t.a', [big], { expectedRevision: 'any' })).rejects.toBeInstanceOf(InvalidAppend);
    expect(await store.readStream('branch-t.a')).toEqual([]);
  });

  it('ends open subscriptions when the store closes', async () => {
    server = await startEsdbTestServer();
    store = new EsdbEventStore(server.connectionString);
    const iterator = store.subscribeToAll()[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toEqual({ kind: 'caughtUp', position: 0n });
    const pending = iterator.next();
    await store.close();
    await expect(pending).resolves.toMatchObject({ done: true });
  });

  it('fails a subscription from a position that is no record, as the server refuses it', async () => {
    server = await startEsdbTestServer();
    store = new EsdbEventStore(server.connectionString);
    const { position } = await store.append('branch-t.a', events(1), { expectedRevision: 'no_stream' });
    const iterator = store.subscribeToAll({ fromPosition: position + 1n })[Symbol.asyncIterator]();
    await expect(iterator.next()).rejects.toThrow(/invalid position/i);
  });
});
