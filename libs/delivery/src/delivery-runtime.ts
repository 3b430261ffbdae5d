import { Queue, Worker, type JobsOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { settledWithin } from '@assocflow/platform/timeouts';
import { secretBoxFor } from '@assocflow/platform/secret-box';
import type { EventStore } from '@assocflow/eventstore';
import type { DeliveryJob } from './delivery-job';
import { DeliveryFollower } from './delivery-follower';
import { DeliveryLog } from './delivery-log';
import { deliveryProcessor, type DeliveryResult } from './delivery-processor';
import { EmailSender } from './email-sender';
import { REMINDER_DELIVERY_QUEUE } from './queue-names';
import type { WebhookTargetPolicy } from './webhook-target';

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
  /** Which addresses webhooks may reach: public only unless the installation allows more (WEBHOOK_ALLOW_ADDRESSES). */
  webhookPolicy?: WebhookTargetPolicy;
  /** The key webhook secrets are sealed under (WEBHOOK_SECRET_KEY). */
  webhookSecretKey?: string;
  /** BullMQ lock of a job being delivered; a job whose lock lapses (Redis away) is taken up again. Default 30,000. */
  lockDurationMs?: number;
  stalledIntervalMs?: number;
  wipeCheckMs?: number;
  /** Longest wait for the BullMQ worker to close; default 15,000. */
  closeTimeoutMs?: number;
  logger?: { log(message: string): void; warn(message: string): void; error(message: string): void };
  now?: () => Date;
}

export interface DeliveryRuntime {
  queue: Queue<DeliveryJob>;
  /** Created once Redis has answered; undefined until then. */
  readonly worker: Worker<DeliveryJob, DeliveryResult> | undefined;
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
  // Nothing here waits for Redis, which may be away at start. The BullMQ worker waits out an
  // outage (it needs maxRetriesPerRequest: null), so it is only created once Redis has answered:
  // a worker that never connected cannot be closed. The queue and the follower's client fail
  // fast instead, and the follower retries, so stopping during an outage never hangs.
  let closing = false;
  // Reconnect until closing; then give up, so that no socket outlives close() during an outage.
  const retryStrategy = (n: number) => (closing ? null : Math.min(n * 200, 2_000));
  const failFast = { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2_000, retryStrategy };
  const log = new DeliveryLog(options.store, options.now);
  const email = options.smtp ? new EmailSender(options.smtp.url, options.smtp.from) : undefined;
  const queue = new Queue<DeliveryJob>(REMINDER_DELIVERY_QUEUE, {
    connection: { url: options.redisUrl, connectionName: 'assocflow-delivery-queue', ...failFast },
  });
  queue.on('error', (error) => options.logger?.warn(`delivery queue: ${error.message}`));
  const redis = new Redis(options.redisUrl, { connectionName: 'assocflow-delivery-follower', ...failFast });
  redis.on('error', () => undefined);
  const follower = new DeliveryFollower(options.store, redis, queue, log, {
    jobOptions: deliveryJobOptions(options),
    wipeCheckMs: options.wipeCheckMs,
    logger: options.logger,
  });
  follower.start();

  let worker: Worker<DeliveryJob, DeliveryResult> | undefined;
  const workerStarted = (async () => {
    for (let attempt = 0; !closing; attempt++) {
      if (
        await redis.ping().then(
          () => true,
          () => false,
        )
      )
        break;
      await new Promise((r) => setTimeout(r, Math.min(100 * 2 ** attempt, 2_000)));
    }
    if (!closing) worker = startWorker(options, log, email, retryStrategy);
  })();

  return {
    queue,
    get worker() {
      return worker;
    },
    follower,
    close: async () => {
      closing = true;
      await follower.stop();
      await workerStarted;
      // Waits for the deliveries in hand to finish (each is bounded by the webhook timeout), but
      // not forever: with Redis away, BullMQ may never finish closing; then drop the connections.
      const timeoutMs = options.closeTimeoutMs ?? 5_000;
      if (worker && !(await settledWithin(worker.close(), timeoutMs))) {
        options.logger?.warn('delivery worker did not close in time (Redis away?): disconnecting it');
        void worker.disconnect().catch(() => undefined);
      }
      if (!(await settledWithin(queue.close(), Math.min(timeoutMs, 2_000)))) void queue.disconnect().catch(() => undefined);
      redis.disconnect();
      email?.close();
    },
  };
}

function startWorker(
  options: DeliveryRuntimeOptions,
  log: DeliveryLog,
  email: EmailSender | undefined,
  retryStrategy: (n: number) => number | null,
): Worker<DeliveryJob, DeliveryResult> {
  const worker = new Worker<DeliveryJob, DeliveryResult>(
    REMINDER_DELIVERY_QUEUE,
    deliveryProcessor({
      log,
      email,
      webhookTimeoutMs: options.webhookTimeoutMs,
      webhookPolicy: options.webhookPolicy,
      secrets: secretBoxFor(options.webhookSecretKey),
    }),
    {
      connection: { url: options.redisUrl, maxRetriesPerRequest: null, connectionName: 'assocflow-delivery', retryStrategy },
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
  return worker;
}
