import { randomUUID } from 'node:crypto';
import { WrongExpectedVersion, type EventStore, type NewEvent, type RecordedEvent, type SubscriptionMessage } from '@assocflow/eventstore';

export interface ContractSubject {
  store: EventStore;
  teardown(): Promise<void>;
}

let counter = 0;
/** A tenant of its own per test, so every $all read can be narrowed to this test's events. */
const freshTenant = () => `c${Date.now().toString(36)}${(counter++).toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

export const event = (type = 'TrainingHeld', data: unknown = { sessions: 1 }): NewEvent => ({
  id: randomUUID(),
  type,
  data,
  metadata: { actor: 'contract-test' },
});

const events = (n: number, type?: string) => Array.from({ length: n }, (_, i) => event(type, { i }));

/** Collects subscription messages until `until` says stop. */
async function collect(
  iterable: AsyncIterable<SubscriptionMessage>,
  until: (received: SubscriptionMessage[]) => boolean,
  onMessage?: (m: SubscriptionMessage, received: SubscriptionMessage[]) => Promise<void>,
): Promise<SubscriptionMessage[]> {
  const received: SubscriptionMessage[] = [];
  for await (const m of iterable) {
    received.push(m);
    await onMessage?.(m, received);
    if (until(received)) break;
  }
  return received;
}

const eventsOf = (ms: SubscriptionMessage[]): RecordedEvent[] => ms.flatMap((m) => (m.kind === 'event' ? [m.event] : []));

/** Every adapter passes this one suite. */
export function describeEventStoreContract(name: string, makeSubject: () => Promise<ContractSubject>): void {
  describe(`EventStore contract: ${name}`, () => {
    let subject: ContractSubject;
    let store: EventStore;
    let tenant: string;
    const stream = (id: string, category = 'branch') => `${category}-${tenant}.${id}`;

    beforeEach(async () => {
      subject = await makeSubject();
      store = subject.store;
      tenant = freshTenant();
    });
    afterEach(async () => {
      await subject.teardown();
    });

    describe('append and expected revision', () => {
      it('creates a stream with no_stream, numbering revisions from 0', async () => {
        const result = await store.append(stream('a'), events(3), { expectedRevision: 'no_stream' });
        expect(result.nextExpectedRevision).toBe(2n);
        const read = await store.readStream(stream('a'));
        expect(read.map((e) => e.revision)).toEqual([0n, 1n, 2n]);
        expect(read[2].position).toBe(result.position);
        expect(read[0].position < read[1].position && read[1].position < read[2].position).toBe(true);
      });

      it('refuses no_stream on an existing stream with WrongExpectedVersion naming the actual revision', async () => {
        await store.append(stream('a'), events(2), { expectedRevision: 'no_stream' });
        const error = await store.append(stream('a'), events(1), { expectedRevision: 'no_stream' }).catch((e) => e);
        expect(error).toBeInstanceOf(WrongExpectedVersion);
        expect(error).toMatchObject({ streamId: stream('a'), expected: 'no_stream', actual: 1n });
      });

      it('refuses stream_exists on a missing stream', async () => {
        const error = await store.append(stream('a'), events(1), { expectedRevision: 'stream_exists' }).catch((e) => e);
        expect(error).toBeInstanceOf(WrongExpectedVersion);
        expect(error.actual).toBe('no_stream');
      });

      it('accepts stream_exists on an existing stream', async () => {
        await store.append(stream('a'), events(1), { expectedRevision: 'no_stream' });
        await expect(store.append(stream('a'), events(1), { expectedRevision: 'stream_exists' })).resolves.toMatchObject({
          nextExpectedRevision: 1n,
        });
      });

      it('accepts the exact revision and refuses a stale one', async () => {
        await store.append(stream('a'), events(2), { expectedRevision: 'no_stream' });
        await store.append(stream('a'), events(1), { expectedRevision: 1n });
        const error = await store.append(stream('a'), events(1), { expectedRevision: 1n }).catch((e) => e);
        expect(error).toBeInstanceOf(WrongExpectedVersion);
        expect(error).toMatchObject({ expected: 1n, actual: 2n });
        expect(await store.readStream(stream('a'))).toHaveLength(3);
      });

      it('refuses a numeric revision on a missing stream', async () => {
        const error = await store.append(stream('a'), events(1), { expectedRevision: 0n }).catch((e) => e);
        expect(error).toBeInstanceOf(WrongExpectedVersion);
      });

      it('appends with any, whatever the stream holds', async () => {
        await store.append(stream('a'), events(1), { expectedRevision: 'any' });
        const result = await store.append(stream('a'), events(1), { expectedRevision: 'any' });
        expect(result.nextExpectedRevision).toBe(1n);
      });

      it('keeps data and metadata as written, Chinese text and integers included', async () => {
        const data = { name: '急救管理分会', participants: { value: 30300, approximate: true }, tags: ['线上', 'online'] };
        const e = { ...event('TrainingHeld', data), metadata: { tenant, occurredAt: '2023-05-09', actor: '秘书处' } };
        await store.append(stream('a'), [e], { expectedRevision: 'no_stream' });
        const [read] = await store.readStream(stream('a'));
        expect(read).toMatchObject({ id: e.id, type: 'TrainingHeld', data, streamId: stream('a'), revision: 0n });
        expect(read.metadata).toMatchObject(e.metadata);
      });
    });

    describe('idempotent retry by event id', () => {
      it('a retried append with the same ids and expected revision appends nothing and answers as the first time', async () => {
        const batch = events(2);
        const first = await store.append(stream('a'), batch, { expectedRevision: 'no_stream' });
        const again = await store.append(stream('a'), batch, { expectedRevision: 'no_stream' });
        expect(again).toEqual(first);
        expect(await store.readStream(stream('a'))).toHaveLength(2);
      });

      it('a retry after the stream moved on is still a no-op', async () => {
        const batch = events(1);
        await store.append(stream('a'), events(1), { expectedRevision: 'no_stream' });
        const first = await store.append(stream('a'), batch, { expectedRevision: 0n });
        await store.append(stream('a'), events(1), { expectedRevision: 1n });
        const again = await store.append(stream('a'), batch, { expectedRevision: 0n });
        expect(again.nextExpectedRevision).toBe(first.nextExpectedRevision);
        expect(await store.readStream(stream('a'))).toHaveLength(3);
      });

      it('a retry with expected revision any is a no-op', async () => {
        const batch = events(1);
        await store.append(stream('a'), batch, { expectedRevision: 'any' });
        await store.append(stream('a'), batch, { expectedRevision: 'any' });
        expect(await store.readStream(stream('a'))).toHaveLength(1);
      });

      it('refuses an id already in the stream when it is not a retry of the same append', async () => {
        const batch = events(1);
        await store.append(stream('a'), batch, { expectedRevision: 'no_stream' });
        await store.append(stream('a'), events(1), { expectedRevision: 0n });
        await expect(store.append(stream('a'), [...batch, event()], { expectedRevision: 1n })).rejects.toBeInstanceOf(Error);
        expect(await store.readStream(stream('a'))).toHaveLength(2);
      });

      it('treats ids per stream, as EventStoreDB does: the same id in another stream is another event', async () => {
        const batch = events(1);
        await store.append(stream('a'), batch, { expectedRevision: 'no_stream' });
        await store.append(stream('b'), batch, { expectedRevision: 'no_stream' });
        expect(await store.readStream(stream('b'))).toHaveLength(1);
      });
    });

    describe('reading a stream', () => {
      beforeEach(async () => {
        await store.append(stream('a'), events(5), { expectedRevision: 'no_stream' });
      });

      it('reads an unknown stream as empty', async () => {
        expect(await store.readStream(stream('nobody'))).toEqual([]);
      });

      it('reads forwards from a revision with a maximum count', async () => {
        const read = await store.readStream(stream('a'), { from: 1n, maxCount: 2 });
        expect(read.map((e) => e.revision)).toEqual([1n, 2n]);
      });

      it('reads backwards from the end', async () => {
        const read = await store.readStream(stream('a'), { direction: 'backwards', maxCount: 2 });
        expect(read.map((e) => e.revision)).toEqual([4n, 3n]);
      });

      it('reads backwards from a revision', async () => {
        const read = await store.readStream(stream('a'), { direction: 'backwards', from: 2n });
        expect(read.map((e) => e.revision)).toEqual([2n, 1n, 0n]);
      });
    });

    describe('reading $all', () => {
      it('orders events across streams by position, as appended', async () => {
        await store.append(stream('a'), [event('A1')], { expectedRevision: 'no_stream' });
        await store.append(stream('b'), [event('B1')], { expectedRevision: 'no_stream' });
        await store.append(stream('a'), [event('A2')], { expectedRevision: 0n });
        const all = await store.readAll({ filter: { tenants: [tenant] } });
        expect(all.map((e) => e.type)).toEqual(['A1', 'B1', 'A2']);
        const positions = all.map((e) => e.position);
        expect([...positions].sort((x, y) => (x < y ? -1 : 1))).toEqual(positions);
        expect(new Set(positions).size).toBe(3);
      });

      it('reads after an exclusive position, in pages', async () => {
        await store.append(stream('a'), events(5), { expectedRevision: 'no_stream' });
        const all = await store.readAll({ filter: { tenants: [tenant] } });
        const page = await store.readAll({ fromPosition: all[1].position, maxCount: 2, filter: { tenants: [tenant] } });
        expect(page.map((e) => e.id)).toEqual([all[2].id, all[3].id]);
      });

      it('reads backwards', async () => {
        await store.append(stream('a'), events(3), { expectedRevision: 'no_stream' });
        const all = await store.readAll({ filter: { tenants: [tenant] } });
        const back = await store.readAll({ direction: 'backwards', filter: { tenants: [tenant] } });
        expect(back.map((e) => e.id)).toEqual([...all].reverse().map((e) => e.id));
      });

      it('filters by category, tenant and event type', async () => {
        const other = freshTenant();
        await store.append(stream('a', 'branch'), [event('BranchFounded')], { expectedRevision: 'no_stream' });
        await store.append(stream('x', 'meeting'), [event('MeetingHeld')], { expectedRevision: 'no_stream' });
        await store.append(`branch-${other}.a`, [event('BranchFounded')], { expectedRevision: 'no_stream' });
        const byCategory = await store.readAll({ filter: { tenants: [tenant], categories: ['meeting'] } });
        expect(byCategory.map((e) => e.streamId)).toEqual([stream('x', 'meeting')]);
        const byTenant = await store.readAll({ filter: { tenants: [other] } });
        expect(byTenant.map((e) => e.streamId)).toEqual([`branch-${other}.a`]);
        const byType = await store.readAll({ filter: { tenants: [tenant, other], eventTypes: ['BranchFounded'] } });
        expect(byType).toHaveLength(2);
      });

      it('reports the head position', async () => {
        const result = await store.append(stream('a'), events(3), { expectedRevision: 'no_stream' });
        expect(await store.headPosition()).toBe(result.position);
      });
    });

    describe('subscribing to $all', () => {
      it('delivers the past, says it caught up, then delivers live events', async () => {
        await store.append(stream('a'), events(3), { expectedRevision: 'no_stream' });
        const subscription = store.subscribeToAll({ filter: { tenants: [tenant] } });
        let appended = false;
        const received = await collect(
          subscription,
          (ms) => eventsOf(ms).length === 5,
          async (m) => {
            if (m.kind === 'caughtUp' && !appended) {
              appended = true;
              await store.append(stream('b'), events(2), { expectedRevision: 'no_stream' });
            }
          },
        );
        await subscription.close();
        expect(received.map((m) => m.kind)).toEqual(['event', 'event', 'event', 'caughtUp', 'event', 'event']);
        expect(eventsOf(received).map((e) => e.streamId)).toEqual([...Array(3).fill(stream('a')), stream('b'), stream('b')]);
      });

      it('delivers events appended during catch-up exactly once and in order', async () => {
        const writes: Promise<unknown>[] = [];
        for (let i = 0; i < 30; i++) {
          writes.push(store.append(stream(`s${i}`), events(50), { expectedRevision: 'no_stream' }));
        }
        await Promise.all(writes);
        const subscription = store.subscribeToAll({ filter: { tenants: [tenant] } });
        let next = 30;
        const total = 30 * 50 + 20 * 10;
        const received = await collect(
          subscription,
          (ms) => eventsOf(ms).length === total && ms.some((m) => m.kind === 'caughtUp'),
          async (m, ms) => {
            if (m.kind === 'event' && next < 50 && eventsOf(ms).length % 75 === 0) {
              await store.append(stream(`s${next++}`), events(10), { expectedRevision: 'no_stream' });
            }
          },
        );
        expect(next).toBe(50);
        await subscription.close();
        const delivered = eventsOf(received);
        expect(new Set(delivered.map((e) => e.id)).size).toBe(delivered.length);
        const positions = delivered.map((e) => e.position);
        expect(positions.every((p, i) => i === 0 || p > positions[i - 1])).toBe(true);
        expect(received.filter((m) => m.kind === 'caughtUp')).toHaveLength(1);
      });

      it('resumes after a checkpoint without repeating or skipping', async () => {
        await store.append(stream('a'), events(10), { expectedRevision: 'no_stream' });
        const all = await store.readAll({ filter: { tenants: [tenant] } });
        const checkpoint = all[3].position;
        const subscription = store.subscribeToAll({ fromPosition: checkpoint, filter: { tenants: [tenant] } });
        const received = await collect(subscription, (ms) => ms.some((m) => m.kind === 'caughtUp'));
        await subscription.close();
        expect(eventsOf(received).map((e) => e.id)).toEqual(all.slice(4).map((e) => e.id));
      });

      it('delivers only what the filter asks for', async () => {
        await store.append(stream('a'), [event('BranchFounded')], { expectedRevision: 'no_stream' });
        await store.append(stream('m', 'meeting'), [event('MeetingHeld')], { expectedRevision: 'no_stream' });
        const subscription = store.subscribeToAll({ filter: { tenants: [tenant], categories: ['meeting'] } });
        const received = await collect(subscription, (ms) => ms.some((m) => m.kind === 'caughtUp'));
        await subscription.close();
        expect(eventsOf(received).map((e) => e.type)).toEqual(['MeetingHeld']);
      });

      it('ends the iteration when closed while waiting for live events', async () => {
        const subscription = store.subscribeToAll({ filter: { tenants: [tenant] } });
        const iterator = subscription[Symbol.asyncIterator]();
        expect((await iterator.next()).value).toMatchObject({ kind: 'caughtUp' });
        const pending = iterator.next();
        await subscription.close();
        await expect(pending).resolves.toMatchObject({ done: true });
      });
    });

    describe('concurrency', () => {
      it('50 concurrent appenders on one stream: each expected revision wins exactly once', async () => {
        await store.append(stream('hot'), [event('Start')], { expectedRevision: 'no_stream' });
        const first = await Promise.allSettled(
          Array.from({ length: 50 }, () => store.append(stream('hot'), [event('Write')], { expectedRevision: 0n })),
        );
        expect(first.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        expect(first.filter((r) => r.status === 'rejected' && r.reason instanceof WrongExpectedVersion)).toHaveLength(49);

        const writers = Array.from({ length: 50 }, async (_, w) => {
          const mine = event('Write', { writer: w });
          for (;;) {
            const [last] = await store.readStream(stream('hot'), { direction: 'backwards', maxCount: 1 });
            try {
              return await store.append(stream('hot'), [mine], { expectedRevision: last.revision });
            } catch (error) {
              if (!(error instanceof WrongExpectedVersion)) throw error;
            }
          }
        });
        const results = await Promise.all(writers);
        const revisions = results.map((r) => r.nextExpectedRevision).sort((a, b) => (a < b ? -1 : 1));
        expect(revisions).toEqual(Array.from({ length: 50 }, (_, i) => BigInt(i + 2)));
        const read = await store.readStream(stream('hot'));
        expect(read.map((e) => e.revision)).toEqual(Array.from({ length: 52 }, (_, i) => BigInt(i)));
        const writersSeen = read.filter((e) => (e.data as { writer?: number }).writer !== undefined);
        expect(new Set(writersSeen.map((e) => (e.data as { writer: number }).writer)).size).toBe(50);
      });
    });
  });
}
