import { HttpException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { CommandContext } from '@assocflow/commanding';
import { actorOf } from '../auth/principal';
import type { AuthenticatedRequest } from '../auth/api-key.guard';
import { problem } from '../problem/problem-document';

const header = (request: AuthenticatedRequest, name: string): string | undefined => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** Who asked, with the request's correlation id and Idempotency-Key, for the events' metadata. */
export function commandContextOf(request: AuthenticatedRequest, tenant: string): CommandContext {
  const idempotencyKey = header(request, 'idempotency-key');
  if (idempotencyKey !== undefined && !/^[\x21-\x7e]{1,200}$/.test(idempotencyKey)) {
    throw new HttpException(
      problem(400, 'invalid-request', 'Invalid request', 'Idempotency-Key must be 1 to 200 visible ASCII characters', {
        errors: [
          { field: 'Idempotency-Key', rule: 'visibleAscii1to200', message: 'Idempotency-Key must be 1 to 200 visible ASCII characters' },
        ],
      }),
      400,
    );
  }
  const correlationId = header(request, 'x-correlation-id') ?? randomUUID();
  const source = sourceOf(request);
  return {
    tenant,
    actor: request.principal ? actorOf(request.principal) : 'anonymous',
    correlationId: correlationId.slice(0, 200),
    ...(idempotencyKey ? { idempotencyKey } : {}),
    ...(source ? { source } : {}),
  };
}

/**
 * X-Source-Document and X-Source-Section (percent-encoded UTF-8, as headers are ASCII): the
 * document and section an entry was taken from, kept in the events' metadata (cli import sends them).
 */
function sourceOf(request: AuthenticatedRequest): CommandContext['source'] {
  const document = decodedHeader(request, 'X-Source-Document');
  if (document === undefined) return undefined;
  const section = decodedHeader(request, 'X-Source-Section');
  return { document, ...(section !== undefined ? { section } : {}) };
}

function decodedHeader(request: AuthenticatedRequest, field: string): string | undefined {
  const raw = header(request, field.toLowerCase());
  if (raw === undefined) return undefined;
  let value: string | undefined;
  try {
    value = decodeURIComponent(raw);
  } catch {
    value = undefined;
  }
  if (value === undefined || value.length === 0 || value.length > 200) {
    const message = `${field} must be 1 to 200 characters, percent-encoded UTF-8`;
    throw new HttpException(
      problem(400, 'invalid-request', 'Invalid request', message, { errors: [{ field, rule: 'percentEncoded1to200', message }] }),
      400,
    );
  }
  return value;
}

/** If-Match: "<revision>" (the ETag a command answered with) or "no-stream". */
export function expectedRevisionOf(request: AuthenticatedRequest): bigint | 'no_stream' | undefined {
  const value = header(request, 'if-match');
  if (value === undefined || value === '*') return undefined;
  const m = /^(?:W\/)?"?(\d+|no-stream)"?$/.exec(value.trim());
  if (!m) {
    throw new HttpException(
      problem(400, 'invalid-request', 'Invalid request', 'If-Match must be a revision ETag such as "3"', {
        errors: [{ field: 'If-Match', rule: 'revisionEtag', message: 'If-Match must be a revision ETag such as "3"' }],
      }),
      400,
    );
  }
  return m[1] === 'no-stream' ? 'no_stream' : BigInt(m[1]);
}
