import { createHmac, timingSafeEqual } from 'node:crypto';

/** The headers every reminder webhook carries. */
export const WEBHOOK_HEADERS = {
  timestamp: 'x-assocflow-timestamp',
  signature: 'x-assocflow-signature',
  delivery: 'x-assocflow-delivery',
} as const;

/** `sha256=<hex>`: HMAC-SHA256 with the tenant's secret over `${timestamp}.${body}`. */
export function signWebhook(secret: string, timestamp: number | string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export interface WebhookToVerify {
  secret: string;
  /** The raw request body, exactly as received (before any JSON parsing). */
  body: string | Buffer;
  /** X-Assocflow-Timestamp: seconds since the epoch. */
  timestamp: string | undefined;
  /** X-Assocflow-Signature. */
  signature: string | undefined;
  /** A request older (or newer) than this is refused, so a captured one cannot be replayed later. Default 300 s. */
  toleranceSeconds?: number;
  /** Seconds since the epoch; defaults to the clock. */
  now?: number;
}

/**
 * For receivers: true when the signature is the sender's over this very body and timestamp, and
 * the timestamp is recent. Compares in constant time. Dedupe repeats by X-Assocflow-Delivery.
 */
export function verifyWebhookSignature(request: WebhookToVerify): boolean {
  const { secret, timestamp, signature } = request;
  if (!timestamp || !/^\d{1,12}$/.test(timestamp) || !signature) return false;
  const now = request.now ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - Number(timestamp)) > (request.toleranceSeconds ?? 300)) return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, request.body.toString()));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
