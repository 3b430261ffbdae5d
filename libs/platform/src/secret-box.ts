import { createCipheriv, createDecipheriv, createHash, createHmac } from 'node:crypto';

const PREFIX = 'enc:v1:';

/**
 * Seals secrets kept in the event log (a webhook's signing secret) under a key from the
 * environment: AES-256-GCM with a synthetic IV (an HMAC of the secret), so the same secret seals
 * to the same text and configuring it again stays a no-op. What was recorded before sealing
 * existed (no `enc:v1:` prefix) opens as it is.
 */
export interface SecretBox {
  seal(plain: string): string;
  open(stored: string): string;
}

export class SecretKeyMissing extends Error {
  override readonly name = 'SecretKeyMissing';
}

export function secretBoxFor(keyText: string | undefined): SecretBox {
  const key = keyText === undefined ? undefined : createHash('sha256').update(`assocflow-secret-box:${keyText}`).digest();
  const need = (): Buffer => {
    if (!key) throw new SecretKeyMissing('WEBHOOK_SECRET_KEY is not set: webhook secrets are kept sealed under it');
    return key;
  };
  return {
    seal(plain) {
      const k = need();
      const iv = createHmac('sha256', k).update(plain).digest().subarray(0, 12);
      const cipher = createCipheriv('aes-256-gcm', k, iv);
      const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `${PREFIX}${Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url')}`;
    },
    open(stored) {
      if (!stored.startsWith(PREFIX)) return stored;
      const raw = Buffer.from(stored.slice(PREFIX.length), 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', need(), raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}

export const isSealed = (stored: string): boolean => stored.startsWith(PREFIX);
