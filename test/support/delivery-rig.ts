import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { SqliteEventStore } from '@assocflow/eventstore';
import { startSmtpReceiver, type SmtpReceiver } from '../../bench/support/smtp-receiver';
import { startWebhookReceiver, type WebhookReceiver } from '../../bench/support/webhook-receiver';
import { startRedis, type RedisProcess } from './redis-process';

/**
 * What a worker delivering reminders runs against in the fault tests: a SQLite store on disk, a
 * redis-server of its own, and a webhook and an SMTP receiver that count what reaches them.
 */
export interface DeliveryRig {
  store: SqliteEventStore;
  redisServer: RedisProcess;
  redis: Redis;
  webhook: WebhookReceiver;
  smtp: SmtpReceiver;
  /** The worker's environment: this store, this Redis, this SMTP receiver. */
  env: Record<string, string>;
  close(): Promise<void>;
}

export async function startDeliveryRig(name: string, webhookSecret: string): Promise<DeliveryRig> {
  const dir = mkdtempSync(join(tmpdir(), `assocflow-${name}-`));
  const redisServer = await startRedis();
  const redis = new Redis(redisServer.url);
  const store = new SqliteEventStore({ path: join(dir, 'events.sqlite') });
  const webhook = await startWebhookReceiver(webhookSecret);
  const smtp = await startSmtpReceiver();
  return {
    store,
    redisServer,
    redis,
    webhook,
    smtp,
    env: {
      SQLITE_PATH: join(dir, 'events.sqlite'),
      REDIS_URL: redisServer.url,
      SMTP_URL: smtp.url,
      SMTP_FROM: 'noreply@example.org',
      WEBHOOK_ALLOW_ADDRESSES: 'loopback',
    },
    close: async () => {
      await redis.quit();
      await store.close();
      await webhook.close();
      await smtp.close();
      await redisServer.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
