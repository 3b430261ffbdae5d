import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { EventStore } from '@assocflow/eventstore';
import { projectionLags } from '../health/projection-lag';

const REMINDER_OUTCOMES: Record<string, string> = {
  ReminderSent: 'sent',
  ReminderDelivered: 'delivered',
  ReminderDeliveryFailed: 'failed',
};

/**
 * The api's Prometheus metrics, in a registry of its own (several apps may share a process in
 * tests). Request latency is observed as requests end; projection lag, queue depth and the
 * reminder counts are read when Prometheus scrapes. Reminders are counted from the event log
 * itself (every ReminderSent, ReminderDelivered, ReminderDeliveryFailed of every tenant), read on
 * from where the last scrape stopped, so the counts survive restarts and agree with the record.
 */
export class ApiMetrics {
  readonly registry = new Registry();
  readonly requestDuration = new Histogram({
    name: 'assocflow_http_request_duration_seconds',
    help: 'HTTP request latency by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  private readonly reminders = new Counter({
    name: 'assocflow_reminders_total',
    help: 'Reminders on the record: sent, and deliveries delivered or failed, per tenant',
    labelNames: ['tenant', 'outcome'] as const,
    registers: [this.registry],
  });
  private remindersReadTo: bigint | 'start' = 'start';

  /** `queues`: the queue board's, which owns and closes them. */
  constructor(private readonly deps: { store: EventStore; redis: Redis; queues: readonly Queue[] }) {
    collectDefaultMetrics({ register: this.registry, prefix: 'assocflow_api_' });
    const queues = deps.queues;
    // Read when Prometheus scrapes (prom-client awaits each gauge's collect).
    new Gauge({
      name: 'assocflow_projection_lag_events',
      help: 'Events each read model is behind the log',
      labelNames: ['projection'] as const,
      registers: [this.registry],
      async collect() {
        const head = await deps.store.headPosition().catch(() => undefined);
        this.reset();
        for (const lag of await projectionLags(deps.redis, head)) this.set({ projection: lag.name }, Number(lag.lag));
      },
    });
    new Gauge({
      name: 'assocflow_queue_jobs',
      help: 'BullMQ jobs per queue and state',
      labelNames: ['queue', 'state'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const queue of queues) {
          const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed').catch(() => undefined);
          for (const [state, count] of Object.entries(counts ?? {})) this.set({ queue: queue.name, state }, count);
        }
      },
    });
  }

  /** The exposition text, after reading the reminders recorded since the last scrape. */
  async render(): Promise<string> {
    await this.countReminders();
    return this.registry.metrics();
  }

  private async countReminders(): Promise<void> {
    for (;;) {
      const events = await this.deps.store.readAll({
        fromPosition: this.remindersReadTo,
        maxCount: 10_000,
        filter: { eventTypes: Object.keys(REMINDER_OUTCOMES) },
      });
      for (const event of events) {
        const tenant = String((event.metadata as { tenant?: unknown }).tenant ?? '');
        this.reminders.inc({ tenant, outcome: REMINDER_OUTCOMES[event.type] });
        this.remindersReadTo = event.position;
      }
      if (events.length < 10_000) return;
    }
  }
}
