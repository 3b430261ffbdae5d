import { Queue, Worker, type ConnectionOptions, type Job } from 'bullmq';
import { settledWithin } from '@assocflow/platform/timeouts';
import { organization } from '@assocflow/domain';
import type { EventStore } from '@assocflow/eventstore';
import { systemClock, type Clock } from './clock';
import { desiredTimers } from './desired-timers';
import { fireTimer, type FireOutcome } from './fire-timer';
import { reconcileTimers, type ReconcileResult } from './reconcile';
import { ScheduleTracker } from './schedule-tracker';
import type { TenantSchedule } from './schedule-state';
import type { Timer } from './timer';
import { DAILY_RECONCILE_SCHEDULER_ID, RECONCILE_JOB_NAME, RECONCILE_QUEUE, TIMER_QUEUE, FAILED_JOBS_KEPT } from './timer-queue';

export interface SchedulerLogger {
  log(message: string, context?: unknown): void;
  warn(message: string, context?: unknown): void;
}

export interface SchedulerOptions {
  store: EventStore;
  redisUrl: string;
  clock?: Clock;
  /** BullMQ key prefix ('bull' by default); tests and benchmarks use their own. */
  prefix?: string;
  logger?: SchedulerLogger;
  /** Events within this window are reconciled together. */
  debounceMs?: number;
  timerConcurrency?: number;
  /** Cron pattern (with seconds) and zone of the daily reconciliation. */
  daily?: { pattern: string; tz: string };
  /** False: reconcile only, run no BullMQ workers (benchmarks, tests of the queue's contents). */
  runWorkers?: boolean;
}

const quiet: SchedulerLogger = { log: () => undefined, warn: () => undefined };

/**
 * The timers of every tenant as BullMQ jobs. On start it folds the log, reconciles every
 * tenant and upserts the daily reconciliation's job scheduler; afterwards every event that
 * may change timers reconciles its tenant (debounced). Timer jobs record ReminderSent.
 */
export class Scheduler {
  readonly timers: Queue;
  readonly reconciles: Queue;
  readonly tracker: ScheduleTracker;
  private readonly clock: Clock;
  private readonly logger: SchedulerLogger;
  private readonly connection: ConnectionOptions;
  private readonly workers: Worker[] = [];
  private readonly dirty = new Set<string>();
  private debounce?: NodeJS.Timeout;
  private running: Promise<unknown> = Promise.resolve();
  private stopped = false;

  constructor(private readonly options: SchedulerOptions) {
    this.clock = options.clock ?? systemClock;
    this.logger = options.logger ?? quiet;
    this.connection = { url: options.redisUrl, maxRetriesPerRequest: null };
    const queueOptions = { connection: this.connection, ...(options.prefix ? { prefix: options.prefix } : {}) };
    this.timers = new Queue(TIMER_QUEUE, queueOptions);
    this.reconciles = new Queue(RECONCILE_QUEUE, queueOptions);
    // Without a listener BullMQ prints each connection error raw to stderr: log it once per error instead.
    for (const queue of [this.timers, this.reconciles])
      queue.on('error', (error) => this.logger.warn(`queue ${queue.name}: ${error.message}`));
    this.tracker = new ScheduleTracker(options.store, (tenant) => this.markDirty(tenant));
  }

  async start(): Promise<ReconcileResult> {
    await this.tracker.start();
    const result = await this.reconcileAll();
    this.logger.log('timers reconciled at start', result);
    const daily = this.options.daily ?? { pattern: '0 10 0 * * *', tz: 'Asia/Shanghai' };
    await this.reconciles.upsertJobScheduler(DAILY_RECONCILE_SCHEDULER_ID, daily, {
      name: RECONCILE_JOB_NAME,
      opts: { removeOnComplete: { count: 30 }, removeOnFail: { count: FAILED_JOBS_KEPT } },
    });
    if (this.options.runWorkers !== false) this.startWorkers();
    return result;
  }

  private startWorkers(): void {
    const workerOptions = { connection: this.connection, ...(this.options.prefix ? { prefix: this.options.prefix } : {}) };
    const timers = new Worker<Timer, FireOutcome>(TIMER_QUEUE, (job) => fireTimer(this.options.store, job.data, this.clock), {
      ...workerOptions,
      concurrency: this.options.timerConcurrency ?? 8,
    });
    const reconciles = new Worker(
      RECONCILE_QUEUE,
      (job: Job) => this.reconcileAll((done) => job.updateProgress(Math.round(done * 100))),
      workerOptions,
    );
    for (const worker of [timers, reconciles]) {
      worker.on('failed', (job, error) =>
        this.logger.warn(`job ${job?.id} failed: ${error.message}`, { queue: worker.name, attemptsMade: job?.attemptsMade }),
      );
      worker.on('error', (error) => this.logger.warn(`worker ${worker.name}: ${error.message}`));
      this.workers.push(worker);
    }
  }

  /** The timers a tenant should have now (the schedule as shown to people). */
  desiredFor(tenant: string): Timer[] {
    const schedule = this.tracker.schedule(tenant);
    return schedule ? desiredOf(schedule, this.clock.now()) : [];
  }

  /** Reconciles every tenant (at start, daily); serialized with every other run. */
  reconcileAll(onProgress?: (done: number) => unknown): Promise<ReconcileResult> {
    return this.serialized(() => {
      const now = this.clock.now();
      this.dirty.clear();
      const desired = this.tracker.schedules().flatMap((s) => desiredOf(s, now));
      return reconcileTimers(this.timers, desired, { now, onProgress });
    });
  }

  /** Resolves once no reconciliation is pending or running (tests, benchmarks). */
  async idle(): Promise<void> {
    while (this.debounce || this.dirty.size) {
      if (this.debounce) {
        clearTimeout(this.debounce);
        this.debounce = undefined;
      }
      await this.reconcileDirty();
    }
    await this.running;
  }

  private markDirty(tenant: string): void {
    if (this.stopped) return;
    this.dirty.add(tenant);
    if (!this.debounce)
      this.debounce = setTimeout(() => {
        this.debounce = undefined;
        this.reconcileDirty().catch(() => undefined);
      }, this.options.debounceMs ?? 200);
  }

  private reconcileDirty(): Promise<unknown> {
    return this.serialized(async () => {
      if (!this.dirty.size) return;
      const tenants = new Set(this.dirty);
      this.dirty.clear();
      const now = this.clock.now();
      const desired = [...tenants].flatMap((t) => (this.tracker.schedule(t) ? desiredOf(this.tracker.schedule(t)!, now) : []));
      try {
        await reconcileTimers(this.timers, desired, { now, tenants });
      } catch (error) {
        // Redis away: try again shortly; the daily run and the next start are the backstop.
        for (const t of tenants) this.dirty.add(t);
        this.logger.warn(`reconciliation of ${[...tenants].join(', ')} failed, retrying: ${(error as Error).message}`);
        if (!this.stopped && !this.debounce)
          this.debounce = setTimeout(() => {
            this.debounce = undefined;
            this.reconcileDirty().catch(() => undefined);
          }, 2_000);
      }
    });
  }

  private serialized<T>(run: () => Promise<T>): Promise<T> {
    const next = this.running.then(run, run);
    this.running = next.catch(() => undefined);
    return next;
  }

  /** Graceful: no new reconciliation, running jobs finish, then workers, queues and the subscription close. */
  /**
   * Finishes the reconciliation in hand and closes the workers and queues. With Redis away their
   * commands wait for it forever, so each step gets `closeWithinMs` (default 3 s) and then the
   * connections are dropped: a stop during an outage does not hang the worker's shutdown.
   */
  async stop(closeWithinMs = 3_000): Promise<void> {
    this.stopped = true;
    clearTimeout(this.debounce);
    this.debounce = undefined;
    await settledWithin(this.running, closeWithinMs);
    await Promise.all(this.workers.map((w) => closeWithin(w, closeWithinMs)));
    await Promise.all([closeWithin(this.timers, closeWithinMs), closeWithin(this.reconciles, closeWithinMs)]);
    await this.tracker.stop();
  }
}

/**
 * Closes a BullMQ queue or worker; when Redis does not answer in time, asks it to drop its
 * connections and goes on without waiting (BullMQ's disconnect also waits for a connection that
 * is reconnecting): the process is about to exit.
 */
async function closeWithin(closable: { close(): Promise<void>; disconnect(): Promise<void> }, ms: number): Promise<void> {
  if (!(await settledWithin(closable.close(), ms))) void closable.disconnect().catch(() => undefined);
}

const desiredOf = (schedule: TenantSchedule, now: Date): Timer[] =>
  desiredTimers(schedule, organization.effectiveBylaws(schedule.organization), now);
