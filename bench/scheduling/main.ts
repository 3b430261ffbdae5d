// Must stay the first import: resolves the @assocflow/* aliases in the compiled code.
import '../../libs/platform/src/module-aliases';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { SqliteEventStore, type EventStore, type NewEvent } from '@assocflow/eventstore';
import { addDays, FixedClock, Scheduler, TIMER_JOB_NAME, timerJobOptions, type Timer } from '@assocflow/scheduling';
import { startRedis } from '../support/redis-process';
import { measureWebhookThroughput } from '../delivery/webhook-throughput';
import { fmt, printResult, progress, table } from '../support/result';

const TENANTS = 10;
const NOW = '2026-01-01T00:00:00Z';

/** 10,000 branches whose terms end over the next five years (some already overdue), 1,000 meetings scheduled over the year. */
async function seed(store: EventStore, branches: number, meetings: number): Promise<void> {
  const writes: { streamId: string; event: NewEvent }[] = [];
  const event = (tenant: string, type: string, data: Record<string, unknown>): NewEvent => ({
    id: randomUUID(),
    type,
    data,
    metadata: { tenant, actor: 'bench', schemaVersion: 1, occurredAt: data.occurredOn },
  });
  for (let t = 0; t < TENANTS; t++) {
    const tenant = `bench${t}`;
    writes.push({
      streamId: `organization-${tenant}.profile`,
      event: event(tenant, 'OrganizationRegistered', {
        occurredOn: '2020-01-01',
        name: tenant,
        kind: 'association',
        timeZone: 'Asia/Shanghai',
      }),
    });
    writes.push({
      streamId: `meetings-${tenant}.council-t5`,
      event: event(tenant, 'MeetingSeriesDeclared', { occurredOn: '2024-01-01', body: 'council', term: 5, membersTotal: 60, heldSoFar: 0 }),
    });
  }
  for (let i = 0; i < branches; i++) {
    const tenant = `bench${i % TENANTS}`;
    const endsOn = addDays('2025-12-01', Math.floor((i * 1900) / branches));
    writes.push({
      streamId: `branch-${tenant}.b${i}`,
      event: event(tenant, 'BranchRegistered', {
        occurredOn: '2020-01-01',
        branchId: `b${i}`,
        name: `分会${i}`,
        kind: 'society',
        term: { number: 1, startedOn: addDays(endsOn, -1800), endsOn },
        hasPartyGroup: false,
        leadership: [],
      }),
    });
  }
  const byStream = new Map<string, NewEvent[]>();
  for (const w of writes) byStream.set(w.streamId, [...(byStream.get(w.streamId) ?? []), w.event]);
  const series = new Map<string, NewEvent[]>();
  for (let m = 0; m < meetings; m++) {
    const tenant = `bench${m % TENANTS}`;
    const stream = `meetings-${tenant}.council-t5`;
    series.set(stream, [
      ...(series.get(stream) ?? []),
      event(tenant, 'MeetingScheduled', {
        occurredOn: '2025-12-01',
        body: 'council',
        term: 5,
        meetingId: `m${m}`,
        scheduledOn: addDays('2026-01-05', m % 360),
      }),
    ]);
  }
  for (const [stream, events] of series) byStream.set(stream, [...byStream.get(stream)!, ...events]);
  const entries = [...byStream];
  for (let i = 0; i < entries.length; i += 500) {
    await Promise.all(
      entries.slice(i, i + 500).map(([streamId, events]) => store.append(streamId, events, { expectedRevision: 'no_stream' })),
    );
  }
}

/**
 * Reconciliation of every timer for BENCH_BRANCHES (10,000) branches and BENCH_MEETINGS
 * (1,000) meetings into an empty Redis (cold: folding the log, then adding every job), again
 * when nothing changed (no-op), against a raw BullMQ addBulk of the same jobs (the floor).
 */
async function main(): Promise<void> {
  const branches = Number(process.env.BENCH_BRANCHES ?? 10_000);
  const meetings = Number(process.env.BENCH_MEETINGS ?? 1_000);
  const dir = mkdtempSync(join(tmpdir(), 'assocflow-bench-sched-'));
  const redisServer = await startRedis({ appendonly: false });
  const store = new SqliteEventStore({ path: join(dir, 'events.sqlite') });
  const clock = new FixedClock(NOW);
  let scheduler: Scheduler | undefined;
  try {
    progress(`seeding ${fmt(branches)} branches and ${fmt(meetings)} meetings over ${TENANTS} tenants`);
    await seed(store, branches, meetings);

    scheduler = new Scheduler({ store, redisUrl: redisServer.url, clock, prefix: 'bench', runWorkers: false });
    progress('cold: fold the log, reconcile into an empty queue');
    let t = performance.now();
    await scheduler.tracker.start();
    const foldMs = performance.now() - t;
    const cold = await scheduler.reconcileAll();
    const coldMs = performance.now() - t;
    progress(`cold: ${fmt(cold.added)} jobs added in ${fmt(coldMs)} ms (fold ${fmt(foldMs)} ms)`);

    t = performance.now();
    const noop = await scheduler.reconcileAll();
    const noopMs = performance.now() - t;
    if (noop.added || noop.removed) throw new Error(`a second reconciliation changed something: ${JSON.stringify(noop)}`);

    progress('one tenant after an event: a renewal, reconciled for its tenant only');
    const at = await store.append(
      'branch-bench0.b0',
      [
        {
          id: randomUUID(),
          type: 'BranchTermRenewed',
          data: {
            occurredOn: '2025-12-31',
            branchId: 'b0',
            term: { number: 2, startedOn: '2025-12-31', endsOn: '2030-12-31' },
            leadership: [],
          },
          metadata: { tenant: 'bench0', schemaVersion: 1 },
        },
      ],
      { expectedRevision: 0n },
    );
    await scheduler.tracker.reached(at.position);
    t = performance.now();
    await scheduler.idle();
    const eventMs = performance.now() - t;

    progress('baseline: raw addBulk of the same jobs into a fresh queue');
    const timers: Timer[] = Array.from({ length: TENANTS }, (_, t) => scheduler!.desiredFor(`bench${t}`)).flat();
    const raw = new Queue('bench-raw', { connection: { url: redisServer.url, maxRetriesPerRequest: null }, prefix: 'bench' });
    t = performance.now();
    for (let i = 0; i < timers.length; i += 2_000) {
      await raw.addBulk(
        timers.slice(i, i + 2_000).map((timer) => ({ name: TIMER_JOB_NAME, data: timer, opts: timerJobOptions(timer, clock.now()) })),
      );
    }
    const rawMs = performance.now() - t;
    await raw.close();

    progress('delivery: reminders through the webhook channel, against plain POSTs (bench/delivery)');
    const webhook = await measureWebhookThroughput({ reminders: Number(process.env.BENCH_REMINDERS ?? 2_000) });

    process.stdout.write(
      `\n${table(
        ['run', 'jobs', 'ms', 'note'],
        [
          [
            'reconcile, cold',
            fmt(cold.added),
            fmt(coldMs),
            `fold of the log ${fmt(foldMs)} ms + reconcile ${fmt(coldMs - foldMs)} ms (aim < 10,000)`,
          ],
          ['reconcile, nothing changed', fmt(noop.kept), fmt(noopMs), 'aim < 1,000'],
          ['reconcile one tenant after an event', '', fmt(eventMs), `1 of ${TENANTS} tenants, ${fmt(branches / TENANTS)} branches`],
          ['raw addBulk (floor)', fmt(timers.length), fmt(rawMs), 'the same jobs, no derivation, no diff'],
        ],
      )}\nwebhook reminders: ${fmt(webhook.webhookRemindersPerSec)}/s delivered (log, BullMQ, signed POST, recorded) vs ${fmt(webhook.baselinePostsPerSec)}/s plain POSTs, ${fmt(webhook.reminders)} reminders\n`,
    );
    printResult({
      reconcileColdMs: coldMs,
      reconcileNoopMs: noopMs,
      reconcileAfterEventMs: eventMs,
      rawAddBulkMs: rawMs,
      timers: cold.added,
      webhookRemindersPerSec: webhook.webhookRemindersPerSec,
      webhookBaselinePostsPerSec: webhook.baselinePostsPerSec,
    });
  } finally {
    await scheduler?.stop();
    await store.close();
    await redisServer.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
