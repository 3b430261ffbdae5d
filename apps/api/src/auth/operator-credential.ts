import { randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * A credential that exists only inside one process: the CLI creates the api in-process to send
 * seed lines through the same routes, validation and handlers as HTTP clients, and authenticates
 * with this random token, which never leaves memory. The api's own main never configures one.
 */
export interface OperatorCredential {
  token: string;
  /** Recorded as the actor of every event the operator's commands append, e.g. cli-import:alice. */
  actor: string;
}

export const OPERATOR_CREDENTIAL = Symbol('OPERATOR_CREDENTIAL');

export const newOperatorCredential = (actor: string): OperatorCredential => ({
  token: `operator.${randomBytes(32).toString('base64url')}`,
  actor,
});

export function isOperatorToken(credential: OperatorCredential | undefined, token: string): boolean {
  if (!credential) return false;
  const a = Buffer.from(credential.token);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
