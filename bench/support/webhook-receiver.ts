import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhookSignature, WEBHOOK_HEADERS } from '@assocflow/delivery';
import { Arrivals } from './arrivals';

export interface ReceivedWebhook {
  deliveryId: string;
  body: string;
  verified: boolean;
  /** Date.now() when the request arrived. */
  at: number;
  /** The status this receiver answered. */
  status: number;
}

/**
 * A local webhook receiver, as an association's OA system would run one: verifies each
 * signature with verifyWebhookSignature and records every request. `answer` decides the
 * status per request (default 204), e.g. to fail the first attempts of a delivery.
 */
export interface WebhookReceiver {
  url: string;
  received: ReceivedWebhook[];
  /** Requests with a valid signature that answered 2xx, per delivery id. */
  delivered(deliveryId: string): number;
  answer: (request: { deliveryId: string; attempt: number }) => number;
  /** Milliseconds to wait before answering (a slow receiver keeps deliveries in flight). */
  delayMs: number;
  /** Resolves once `test` holds after some request (or already holds). */
  until(test: (received: ReceivedWebhook[]) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

const header = (request: IncomingMessage, name: string) => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

export async function startWebhookReceiver(secret: string, port = 0): Promise<WebhookReceiver> {
  const arrivals = new Arrivals<ReceivedWebhook>('webhook receiver');
  // Counted as requests arrive: a benchmark's receiver must not cost O(n) per request.
  const attempts = new Map<string, number>();
  const deliveries = new Map<string, number>();
  const receiver: WebhookReceiver = {
    url: '',
    received: arrivals.received,
    delivered: (id) => deliveries.get(id) ?? 0,
    answer: () => 204,
    delayMs: 0,
    until: (test, timeoutMs) => arrivals.until(test, timeoutMs),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString();
      const deliveryId = header(request, WEBHOOK_HEADERS.delivery) ?? '';
      const verified = verifyWebhookSignature({
        secret,
        body,
        timestamp: header(request, WEBHOOK_HEADERS.timestamp),
        signature: header(request, WEBHOOK_HEADERS.signature),
      });
      const attempt = (attempts.get(deliveryId) ?? 0) + 1;
      attempts.set(deliveryId, attempt);
      const status = verified ? receiver.answer({ deliveryId, attempt }) : 401;
      if (status < 300) deliveries.set(deliveryId, (deliveries.get(deliveryId) ?? 0) + 1);
      receiver.received.push({ deliveryId, body, verified, at: Date.now(), status });
      const reply = () => {
        response.statusCode = status;
        response.end();
        arrivals.notify();
      };
      if (receiver.delayMs > 0) setTimeout(reply, receiver.delayMs);
      else reply();
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/assocflow`;
  return receiver;
}
