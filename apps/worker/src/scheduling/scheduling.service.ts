import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { EventStore } from '@assocflow/eventstore';
import { EVENT_STORE, settledWithin } from '@assocflow/platform';
import { Scheduler, type Clock } from '@assocflow/scheduling';

export const SCHEDULING_CLOCK = 'SCHEDULING_CLOCK';
export const SCHEDULING_REDIS_URL = 'SCHEDULING_REDIS_URL';
const RETRY_MS = 5_000;

/**
 * Runs the scheduler in the worker: timers derived from the log become BullMQ delayed jobs,
 * reconciled at start, daily and after every relevant event. It starts in the background (a
 * Redis that is away delays the timers, not the rest of the worker) and retries until it runs.
 * Stops before the event store closes: running jobs finish, then the BullMQ workers and queues close.
 */
const START_WAIT_ON_STOP_MS = 2_000;

@Injectable()
export class SchedulingService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Scheduling');
  private scheduler?: Scheduler;
  private starting?: Promise<void>;
  private retry?: NodeJS.Timeout;
  private stopping = false;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SCHEDULING_REDIS_URL) private readonly redisUrl: string,
    @Inject(SCHEDULING_CLOCK) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.starting = this.start();
  }

  private async start(): Promise<void> {
    const scheduler = new Scheduler({ store: this.store, redisUrl: this.redisUrl, clock: this.clock, logger: this.logger });
    this.scheduler = scheduler;
    try {
      const result = await scheduler.start();
      this.logger.log(`timers running: ${result.desired} due, ${result.added} added, ${result.removed} removed`);
    } catch (error) {
      if (this.stopping) return;
      this.logger.warn(`scheduling could not start, retrying in ${RETRY_MS / 1000} s: ${(error as Error).message}`);
      await scheduler.stop().catch(() => undefined);
      if (!this.stopping) this.retry = setTimeout(() => (this.starting = this.start()), RETRY_MS);
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.retry);
    // Not waiting for a start still waiting on Redis first: closing the queues ends it, or (Redis
    // away, a command waiting for it forever) the process exits without it after a few seconds.
    await this.scheduler?.stop();
    const ended = await settledWithin(this.starting ?? Promise.resolve(), START_WAIT_ON_STOP_MS);
    this.logger.log(
      ended ? 'scheduling stopped: BullMQ workers and queues closed' : 'scheduling stopped; its start was still waiting for Redis',
    );
  }
}
