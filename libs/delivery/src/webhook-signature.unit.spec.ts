import { createHmac } from 'node:crypto';
import { signWebhook, verifyWebhookSignature } from './webhook-signature';

const secret = 'a-tenant-secret-of-at-least-32-chars!';
const body = JSON.stringify({ type: 'reminder.sent', deliveryId: 'scha.r.webhook' });
const now = 1_790_000_000;
const signature = signWebhook(secret, now, body);

describe('webhook signature', () => {
  it('is HMAC-SHA256 over "<timestamp>.<body>", as sha256=<hex>', () =>
    expect(signature).toBe(`sha256=${createHmac('sha256', secret).update(`${now}.${body}`).digest('hex')}`));

  it('verifies the body as sent', () =>
    expect(verifyWebhookSignature({ secret, body, timestamp: String(now), signature, now })).toBe(true));

  it('fails a tampered body, another timestamp, another secret, or a missing header', () => {
    expect(verifyWebhookSignature({ secret, body: body.replace('webhook', 'email'), timestamp: String(now), signature, now })).toBe(false);
    expect(verifyWebhookSignature({ secret, body, timestamp: String(now + 1), signature, now })).toBe(false);
    expect(verifyWebhookSignature({ secret: `${secret}x`, body, timestamp: String(now), signature, now })).toBe(false);
    expect(verifyWebhookSignature({ secret, body, timestamp: undefined, signature, now })).toBe(false);
    expect(verifyWebhookSignature({ secret, body, timestamp: String(now), signature: undefined, now })).toBe(false);
    expect(verifyWebhookSignature({ secret, body, timestamp: String(now), signature: signature.slice(0, -1), now })).toBe(false);
  });

  it('refuses a request outside the tolerance (a replay later), 300 s by default', () => {
    expect(verifyWebhookSignature({ secret, body, timestamp: String(now), signature, now: now + 300 })).toBe(true);
    expect(verifyWebhookSignature({ secret, body, timestamp: String(now), signature, now: now + 301 })).toBe(false);
    expect(verifyWebhookSignature({ secret, body, timestamp: String(now), signature, now: now + 3600, toleranceSeconds: 7200 })).toBe(true);
  });

  it('takes the raw body as a Buffer too', () =>
    expect(verifyWebhookSignature({ secret, body: Buffer.from(body), timestamp: String(now), signature, now })).toBe(true));
});
