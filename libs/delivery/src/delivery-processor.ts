import { UnrecoverableError, type Job } from 'bullmq';
import { deliveryIdOf, type DeliveryJob } from './delivery-job';
import type { DeliveryLog } from './delivery-log';
import type { EmailSender } from './email-sender';
import { emailOf, webhookBodyOf } from './reminder-message';
import { postWebhook } from './webhook-sender';
import { secretBoxFor, SecretKeyMissing, type SecretBox } from '@assocflow/platform/secret-box';
import { WebhookTargetRefused, type WebhookTargetPolicy } from './webhook-target';

export type DeliveryResult = { outcome: 'delivered' | 'already-delivered' | 'channel-removed'; attempt: number };

export interface DeliveryProcessorDeps {
  log: DeliveryLog;
  /** Absent when SMTP_URL is not configured: e-mail deliveries then fail on the record. */
  email?: EmailSender;
  webhookTimeoutMs?: number;
  /** Which addresses webhooks may reach (public only by default). */
  webhookPolicy?: WebhookTargetPolicy;
  /** Opens the webhook secret the api sealed (WEBHOOK_SECRET_KEY); without a key only secrets recorded unsealed open. */
  secrets?: SecretBox;
}

/**
 * One delivery of one reminder over one channel. At least once: BullMQ may run a job again
 * (a stalled lock after a Redis outage, a worker killed), so the log is read first and a
 * delivery on the record is not repeated. The last failed attempt is recorded as
 * ReminderDeliveryFailed; the failed job stays in its queue with the reason.
 */
export function deliveryProcessor(deps: DeliveryProcessorDeps): (job: Job<DeliveryJob>) => Promise<DeliveryResult> {
  // The same delivery twice in this process at once (its job re-queued after a Redis wipe while
  // the first run was still sending): the second waits for the first, then reads the log.
  const inFlight = new Map<string, Promise<unknown>>();
  return async (job) => {
    const id = deliveryIdOf(job.data);
    while (inFlight.has(id)) await inFlight.get(id)!.catch(() => undefined);
    const run = deliver(deps, job);
    inFlight.set(id, run);
    try {
      return await run;
    } finally {
      inFlight.delete(id);
    }
  };
}

async function deliver(deps: DeliveryProcessorDeps, job: Job<DeliveryJob>): Promise<DeliveryResult> {
  const attempt = job.attemptsMade + 1;
  const data = job.data;
  const state = await deps.log.reminder(data.tenant, data.reminderId);
  if (state.status !== 'sent') throw new UnrecoverableError(`reminder ${data.reminderId} is not on the record`);
  if (state.deliveries[data.channel] === 'delivered') return { outcome: 'already-delivered', attempt };
  const configured = await deps.log.channels(data.tenant);
  if (configured.status !== 'configured') return { outcome: 'channel-removed', attempt };
  try {
    const deliveryId = deliveryIdOf(data);
    if (data.channel === 'webhook') {
      if (!configured.webhook) return { outcome: 'channel-removed', attempt };
      const body = webhookBodyOf(data.tenant, deliveryId, state);
      const secret = openSecret(deps.secrets ?? secretBoxFor(undefined), configured.webhook.secret);
      await postWebhook(
        { url: configured.webhook.url, secret, deliveryId, body },
        { timeoutMs: deps.webhookTimeoutMs, policy: deps.webhookPolicy },
      ).catch((error: unknown) => {
        // A refused target stays refused until the webhook is configured again: no retries.
        throw error instanceof WebhookTargetRefused ? new UnrecoverableError(error.message) : error;
      });
    } else {
      if (configured.emailRecipients.length === 0) return { outcome: 'channel-removed', attempt };
      if (!deps.email) throw new UnrecoverableError('e-mail is not set up on this worker (SMTP_URL)');
      await deps.email.send({ to: configured.emailRecipients, deliveryId, ...emailOf(data.tenant, state) });
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (attempt >= (job.opts.attempts ?? 1) || error instanceof UnrecoverableError)
      await deps.log.recordFailed(data, attempt, reason, state.timeZone);
    throw error;
  }
  await deps.log.recordDelivered(data, attempt, state.timeZone);
  return { outcome: 'delivered', attempt };
}

/** The signing secret in the clear; a key missing or wrong on this worker fails the delivery for good (no retry helps). */
function openSecret(secrets: SecretBox, stored: string): string {
  try {
    return secrets.open(stored);
  } catch (error) {
    if (error instanceof SecretKeyMissing) throw new UnrecoverableError(error.message);
    throw new UnrecoverableError('the webhook secret does not open with this WEBHOOK_SECRET_KEY');
  }
}
