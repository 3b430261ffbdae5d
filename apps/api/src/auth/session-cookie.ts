import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/** One cookie per tenant, so a browser may be signed in to two organizations at once. */
export const sessionCookieName = (tenant: string): string => `assocflow_session.${tenant}`;

/** A dashboard session lasts a working day; signing in again starts a new one. */
export const SESSION_TTL_SECONDS = 8 * 60 * 60;

interface SessionPayload {
  /** The API key signed in with: re-verified on every request, so revoking it ends the session. */
  token: string;
  /** Expiry, epoch seconds. */
  exp: number;
}

/**
 * Seals a session into a cookie value the browser cannot read or alter: AES-256-GCM under a key
 * derived from the session secret, with the tenant as associated data (a cookie sealed for one
 * tenant does not open as another's).
 */
export class SessionSealer {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = Buffer.from(hkdfSync('sha256', secret, 'assocflow', 'dashboard-session-v1', 32));
  }

  seal(tenant: string, token: string, nowSeconds = Math.floor(Date.now() / 1000)): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv).setAAD(Buffer.from(tenant, 'utf8'));
    const payload: SessionPayload = { token, exp: nowSeconds + SESSION_TTL_SECONDS };
    const sealed = Buffer.concat([cipher.update(JSON.stringify(payload), 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
  }

  /** The API key of a valid, unexpired session of `tenant`; undefined for anything else. */
  unseal(tenant: string, value: string, nowSeconds = Math.floor(Date.now() / 1000)): string | undefined {
    const bytes = Buffer.from(value, 'base64url');
    if (bytes.length < 12 + 16 + 2) return undefined;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(0, 12)).setAAD(Buffer.from(tenant, 'utf8'));
      decipher.setAuthTag(bytes.subarray(12, 28));
      const plain = Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
      const payload = JSON.parse(plain) as Partial<SessionPayload>;
      if (typeof payload.token !== 'string' || typeof payload.exp !== 'number' || payload.exp <= nowSeconds) return undefined;
      return payload.token;
    } catch {
      return undefined;
    }
  }
}

/** The value of one cookie in a Cookie header. */
export function cookieOf(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** httpOnly (no script reads it), SameSite=Strict (no other site sends it), Secure when served over https. */
export function sessionSetCookie(tenant: string, value: string, options: { secure: boolean; maxAgeSeconds?: number }): string {
  const maxAge = options.maxAgeSeconds ?? SESSION_TTL_SECONDS;
  return `${sessionCookieName(tenant)}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${options.secure ? '; Secure' : ''}`;
}

export function sessionClearCookie(tenant: string, options: { secure: boolean }): string {
  return sessionSetCookie(tenant, '', { ...options, maxAgeSeconds: 0 });
}

export const SESSION_SEALER = Symbol('SESSION_SEALER');

export function sessionSealerFor(secret: string | undefined): SessionSealer {
  return new SessionSealer(secret ?? randomBytes(32).toString('hex'));
}
