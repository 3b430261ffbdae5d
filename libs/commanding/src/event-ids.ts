import { createHash, randomUUID } from 'node:crypto';

/**
 * Event ids derived from the request's Idempotency-Key (UUID v5 layout over SHA-1), so a
 * retried request produces the same ids and the store treats the append as already done.
 */
export function eventIdFor(tenant: string, idempotencyKey: string | undefined, index: number): string {
  if (!idempotencyKey) return randomUUID();
  const bytes = createHash('sha1').update(`assocflow\u0000${tenant}\u0000${idempotencyKey}\u0000${index}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A stable fingerprint of what was asked, to tell a retry from a reused key. */
export function requestHash(commandType: string, data: unknown): string {
  return createHash('sha256').update(commandType).update('\u0000').update(stableJson(data)).digest('hex').slice(0, 32);
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
