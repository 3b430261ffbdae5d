import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { EventStore } from '@assocflow/eventstore';
import { EVENT_STORE } from '@assocflow/platform';
import { Scheduler, type Clock } from '@assocflow/scheduling';

export const SCHEDULING_CLOCK = 'SCHEDULING_CLOCK';
export const SCHEDULING_REDIS_URL = 'SCHEDULING_REDIS_URL';

/**
 * Runs the scheduler in the worker: timers derived from the log become BullMQ delayed jobs,
 * reconciled at start, daily and after every relevant event. Stops before the event store
 * closes: running jobs finish, then the BullMQ workers and queues close.
 */
@Injectable()
export class SchedulingService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Scheduling');
  readonly scheduler: Scheduler;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(SCHEDULING_REDIS_URL) redisUrl: string,
    @Inject(SCHEDULING_CLOCK) clock: Clock,
  ) {
    this.scheduler = new Scheduler({ store, redisUrl, clock, logger: this.logger });
  }

  async onApplicationBootstrap(): Promise<void> {
    const result = await this.scheduler.start();
    this.logger.log(`timers running: ${result.desired} due, ${result.added} added, ${result.removed} removed`);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.scheduler.stop();
    this.logger.log('scheduling stopped: BullMQ workers and queues closed');
  }
}
