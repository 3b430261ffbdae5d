import type { reminder } from '@assocflow/domain';

/** What a delivery job carries: where to look in the log, never a URL or a secret. */
export interface DeliveryJob {
  tenant: string;
  reminderId: string;
  channel: reminder.DeliveryChannel;
}

/**
 * `<tenant>.<reminderId>.<channel>`: the BullMQ job id (so re-reading the log adds nothing that
 * is already queued) and the X-Assocflow-Delivery id the receiver dedupes by. No colons.
 */
export function deliveryIdOf(job: DeliveryJob): string {
  const id = `${job.tenant}.${job.reminderId}.${job.channel}`;
  if (id.includes(':')) throw new Error(`a delivery id has no colon, got ${JSON.stringify(id)}`);
  return id;
}
