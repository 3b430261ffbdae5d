import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { signWebhook, WEBHOOK_HEADERS } from './webhook-signature';
import { PUBLIC_ONLY, pinnedLookup, refusal, WebhookTargetRefused, type Resolver, type WebhookTargetPolicy } from './webhook-target';

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

export interface PostWebhookOptions {
  timeoutMs?: number;
  now?: () => number;
  /** Which addresses the URL may reach; public ones only by default. */
  policy?: WebhookTargetPolicy;
  resolver?: Resolver;
}

/** Kept-alive connections, one pool per policy: a socket opened under one policy never serves another. */
const agents = new WeakMap<WebhookTargetPolicy, { http: HttpAgent; https: HttpsAgent }>();
function agentsFor(policy: WebhookTargetPolicy) {
  let pair = agents.get(policy);
  if (!pair)
    agents.set(
      policy,
      (pair = { http: new HttpAgent({ keepAlive: true, maxSockets: 64 }), https: new HttpsAgent({ keepAlive: true, maxSockets: 64 }) }),
    );
  return pair;
}

/**
 * POSTs the body, signed, to the address its host resolved to and the policy allowed (see
 * `pinnedLookup`); redirects are not followed. Anything but a 2xx answer within the timeout is a
 * failed attempt; a target the policy refuses is WebhookTargetRefused.
 */
export async function postWebhook(request: WebhookRequest, options: PostWebhookOptions = {}): Promise<void> {
  const policy = options.policy ?? PUBLIC_ONLY;
  const url = new URL(request.url);
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const literal = isIP(host) ? refusal(host, policy) : undefined;
  if (literal) throw new WebhookTargetRefused(`webhook target ${literal}`);
  const timestamp = Math.floor((options.now ?? Date.now)() / 1000);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const status = await new Promise<number>((resolve, reject) => {
    const req = send(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(request.body),
          'user-agent': 'assocflow-webhook/1',
          [WEBHOOK_HEADERS.timestamp]: String(timestamp),
          [WEBHOOK_HEADERS.signature]: signWebhook(request.secret, timestamp, request.body),
          [WEBHOOK_HEADERS.delivery]: request.deliveryId,
        },
        lookup: pinnedLookup(policy, options.resolver),
        agent: url.protocol === 'https:' ? agentsFor(policy).https : agentsFor(policy).http,
        timeout: options.timeoutMs ?? 10_000,
      },
      (response: IncomingMessage) => {
        // Drain the body so the socket is released.
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })));
    req.on('error', reject);
    req.end(request.body);
  }).catch((error: NodeJS.ErrnoException) => {
    if (error instanceof WebhookTargetRefused) throw error;
    throw new DeliveryAttemptFailed(`webhook unreachable (${error.code ?? error.name})`);
  });
  if (status < 200 || status > 299) throw new DeliveryAttemptFailed(`webhook answered ${status}`);
}
