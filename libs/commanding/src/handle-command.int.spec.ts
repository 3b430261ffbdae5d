import { branch } from '@assocflow/domain';
import { MemoryEventStore, WrongExpectedVersion } from '@assocflow/eventstore';
import { ConcurrencyRetriesExhausted, IdempotencyKeyReused } from './command-errors';
import { handleCommand } from './handle-command';

const aggregate = { decider: branch.branchDecider, upcasters: branch.branchUpcasters };
const streamId = branch.toBranchStreamId('sichuan', 'rehab');
const found: branch.FoundBranch = {
  type: 'FoundBranch',
  data: { branchId: 'rehab', name: '医疗康复管理分会', kind: 'society', foundedOn: '2023-06-01' },
};
const context = { tenant: 'sichuan', actor: 'key-1', correlationId: 'corr-1' };
const now = () => new Date('2023-06-02T08:00:00Z');

describe('handleCommand', () => {
  it('appends what the decider decided, with the metadata of the request', async () => {
    const store = new MemoryEventStore();
    const result = await handleCommand(store, aggregate, streamId, found, context, { now });
    expect(result).toMatchObject({ streamId, revision: 0n, events: [{ type: 'BranchFounded' }], replayed: false });
    const [stored] = await store.readStream(streamId);
    expect(stored.metadata).toEqual({
      tenant: 'sichuan',
      actor: 'key-1',
      correlationId: 'corr-1',
      occurredAt: '2023-06-01',
      recordedAt: '2023-06-02T08:00:00.000Z',
      schemaVersion: 1,
    });
  });

  it('answers a retried request from the events it produced, appending nothing', async () => {
    const store = new MemoryEventStore();
    const keyed = { ...context, idempotencyKey: 'seed-sichuan-2023-17' };
    const first = await handleCommand(store, aggregate, streamId, found, keyed);
    const again = await handleCommand(store, aggregate, streamId, found, keyed);
    expect(again).toEqual({ ...first, replayed: true });
    expect(await store.readStream(streamId)).toHaveLength(1);
  });

  it('refuses a key reused for a different request', async () => {
    const store = new MemoryEventStore();
    const keyed = { ...context, idempotencyKey: 'k' };
    await handleCommand(store, aggregate, streamId, found, keyed);
    const other = { ...found, data: { ...found.data, name: 'other' } };
    await expect(handleCommand(store, aggregate, streamId, other, keyed)).rejects.toBeInstanceOf(IdempotencyKeyReused);
  });

  it('refuses a stale If-Match revision without retrying', async () => {
    const store = new MemoryEventStore();
    await handleCommand(store, aggregate, streamId, found, context);
    const change: branch.ChangeBranchLeadership = {
      type: 'ChangeBranchLeadership',
      data: { branchId: 'rehab', changedOn: '2024-01-01', leadership: [] },
    };
    await expect(handleCommand(store, aggregate, streamId, change, context, { expectedRevision: 'no_stream' })).rejects.toBeInstanceOf(
      WrongExpectedVersion,
    );
  });

  it('20 concurrent commands on one branch: every acknowledged one is in the stream, in order, once', async () => {
    const store = new MemoryEventStore();
    await handleCommand(store, aggregate, streamId, found, context);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        handleCommand(
          store,
          aggregate,
          streamId,
          {
            type: 'ChangeBranchLeadership',
            data: { branchId: 'rehab', changedOn: '2024-01-01', leadership: [{ role: '主任委员', name: `第${i}位` }] },
          },
          context,
        ),
      ),
    );
    const acknowledged = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
    for (const o of outcomes) if (o.status === 'rejected') expect(o.reason).toBeInstanceOf(ConcurrencyRetriesExhausted);
    const stored = await store.readStream(streamId);
    expect(stored).toHaveLength(1 + acknowledged.length);
    expect(new Set(acknowledged.map((a) => a.revision)).size).toBe(acknowledged.length);
    expect(stored.map((e) => e.revision)).toEqual(stored.map((_, i) => BigInt(i)));
  });
});

describe('tenantCalendarOf', () => {
  it("is today and this year in the tenant's time zone, not the server's: 2026-12-31 16:30 UTC is 2027 in Shanghai, 2026 in Urumqi", async () => {
    const { tenantCalendarOf } = await import('./organization-profile');
    const { MemoryEventStore } = await import('@assocflow/eventstore');
    const store = new MemoryEventStore();
    const at = new Date('2026-12-31T16:30:00Z');
    expect(await tenantCalendarOf(store, 'none', at)).toEqual({ timeZone: 'Asia/Shanghai', today: '2027-01-01', year: 2027 });
    await store.append(
      'organization-xj.profile',
      [
        {
          id: '0b9a8a3e-4c1e-4f6a-9d2b-7e5f1c3a9b10',
          type: 'OrganizationRegistered',
          data: { occurredOn: '2020-01-01', name: '协会', kind: 'association', timeZone: 'Asia/Urumqi' },
          metadata: { tenant: 'xj', schemaVersion: 1 },
        },
      ],
      { expectedRevision: 'no_stream' },
    );
    expect(await tenantCalendarOf(store, 'xj', at)).toEqual({ timeZone: 'Asia/Urumqi', today: '2026-12-31', year: 2026 });
  });
});
