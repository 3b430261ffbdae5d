import { signWebhook, WEBHOOK_HEADERS } from './webhook-signature';

/** Why a delivery attempt failed, in words fit for the record (never the URL or the secret). */
export class DeliveryAttemptFailed extends Error {
  override readonly name = 'DeliveryAttemptFailed';
}

export interface WebhookRequest {
  url: string;
  secret: string;
  deliveryId: string;
  body: string;
}

/** POSTs the body, signed; anything but a 2xx answer within the timeout is a failed attempt. */
export async function postWebhook(request: WebhookRequest, options: { timeoutMs?: number; now?: () => number } = {}): Promise<void> {
  const timestamp = Math.floor((options.now ?? Date.now)() / 1000);
  let response: Response;
  try {
    response = await fetch(request.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'assocflow-webhook/1',
        [WEBHOOK_HEADERS.timestamp]: String(timestamp),
        [WEBHOOK_HEADERS.signature]: signWebhook(request.secret, timestamp, request.body),
        [WEBHOOK_HEADERS.delivery]: request.deliveryId,
      },
      body: request.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    throw new DeliveryAttemptFailed(`webhook unreachable (${cause})`);
  }
  // Drain the body so the connection can be reused.
  await response.arrayBuffer().catch(() => undefined);
  if (response.status < 200 || response.status > 299) throw new DeliveryAttemptFailed(`webhook answered ${response.status}`);
}
