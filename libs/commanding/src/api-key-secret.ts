import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** `afk.<tenant>.<keyId>.<secret>`: the tenant and key id locate the key; only the secret's hash is stored. */
export interface ParsedApiKey {
  tenant: string;
  keyId: string;
  secret: string;
}

export function newApiKey(tenant: string): ParsedApiKey & { token: string } {
  const keyId = randomBytes(8).toString('hex');
  const secret = randomBytes(24).toString('base64url');
  return { tenant, keyId, secret, token: `afk.${tenant}.${keyId}.${secret}` };
}

export function parseApiKey(token: string): ParsedApiKey | undefined {
  const m = /^afk\.([a-z0-9][a-z0-9_-]*)\.([0-9a-f]{16})\.([A-Za-z0-9_-]{32})$/.exec(token);
  return m ? { tenant: m[1], keyId: m[2], secret: m[3] } : undefined;
}

/** The secret is 192 random bits, so a fast hash is enough: nothing to brute-force. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
