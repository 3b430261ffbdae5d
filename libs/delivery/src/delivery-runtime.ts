import { Queue, Worker, type JobsOptions } from 'bullmq';
import { Redis } from 'ioredis';
import type { EventStore } from '@assocflow/eventstore';
import type { DeliveryJob } from './delivery-job';
import { DeliveryFollower } from './delivery-follower';
import { DeliveryLog } from './delivery-log';
import { deliveryProcessor, type DeliveryResult } from './delivery-processor';
import { EmailSender } from './email-sender';
import { REMINDER_DELIVERY_QUEUE } from './queue-names';

export interface DeliveryRuntimeOptions {
  store: EventStore;
  redisUrl: string;
  smtp?: { url: string; from: string };
  /** Attempts per delivery before it is recorded as failed; default 8 (about 4 minutes of backoff). */
  attempts?: number;
  /** First retry after this many ms, doubling each time; default 1,000. */
  backoffMs?: number;
  /** Deliveries in flight at once; default 16. */
  concurrency?: number;
  webhookTimeoutMs?: number;
  /** BullMQ lock of a job being delivered; a job whose lock lapses (Redis away) is taken up again. Default 30,000. */
  lockDurationMs?: number;
  stalledIntervalMs?: number;
  wipeCheckMs?: number;
  logger?: { log(message: string): void; warn(message: string): void; error(message: string): void };
  now?: () => Date;
}

export interface DeliveryRuntime {
  queue: Queue<DeliveryJob>;
  worker: Worker<DeliveryJob, DeliveryResult>;
  follower: DeliveryFollower;
  close(): Promise<void>;
}

export function deliveryJobOptions(options: Pick<DeliveryRuntimeOptions, 'attempts' | 'backoffMs'>): JobsOptions {
  return {
    attempts: options.attempts ?? 8,
    backoff: { type: 'exponential', delay: options.backoffMs ?? 1_000 },
    // Completed jobs stay a week, so a re-read of the log within it finds the id taken; failed
    // jobs stay until someone looks at them (Bull Board) and retries or removes them.
    removeOnComplete: { age: 7 * 24 * 3600, count: 50_000 },
    removeOnFail: false,
  };
}

/** The delivery side of the worker: the follower that queues, and the BullMQ worker that delivers. */
export async function startDelivery(options: DeliveryRuntimeOptions): Promise<DeliveryRuntime> {
  const connection = { url: options.redisUrl, maxRetriesPerRequest: null, connectionName: 'assocflow-delivery' };
  const log = new DeliveryLog(options.store, options.now);
  const email = options.smtp ? new EmailSender(options.smtp.url, options.smtp.from) : undefined;
  const queue = new Queue<DeliveryJob>(REMINDER_DELIVERY_QUEUE, { connection });
  const worker = new Worker<DeliveryJob, DeliveryResult>(
    REMINDER_DELIVERY_QUEUE,
    deliveryProcessor({ log, email, webhookTimeoutMs: options.webhookTimeoutMs }),
    {
      connection,
      concurrency: options.concurrency ?? 16,
      lockDuration: options.lockDurationMs ?? 30_000,
      stalledInterval: options.stalledIntervalMs ?? options.lockDurationMs ?? 30_000,
      // Delivery is idempotent (the log is read first): a job stalled by an outage may run again.
      maxStalledCount: 10,
    },
  );
  worker.on('error', (error) => options.logger?.warn(`delivery worker: ${error.message}`));
  worker.on('failed', (job, error) => {
    if (job && job.attemptsMade >= (job.opts.attempts ?? 1)) options.logger?.error(`delivery ${job.id} failed for good: ${error.message}`);
  });
  queue.on('error', (error) => options.logger?.warn(`delivery queue: ${error.message}`));
  const redis = new Redis(options.redisUrl, { maxRetriesPerRequest: null, connectionName: 'assocflow-delivery-follower' });
  redis.on('error', () => undefined);
  const follower = new DeliveryFollower(options.store, redis, queue, log, {
    jobOptions: deliveryJobOptions(options),
    wipeCheckMs: options.wipeCheckMs,
    logger: options.logger,
  });
  await follower.start();
  return {
    queue,
    worker,
    follower,
    close: async () => {
      await follower.stop();
      await worker.close();
      await queue.close();
      redis.disconnect();
      email?.close();
    },
  };
}
