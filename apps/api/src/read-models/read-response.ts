import { HttpException } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { problem } from '../problem/problem-document';

/** ?minPosition= as a bigint, or a 400 naming the parameter. */
export function minPositionOf(value: string | undefined): bigint | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,20}$/.test(value)) {
    const message = 'minPosition must be a position as returned by a command (a whole number)';
    throw new HttpException(
      problem(400, 'invalid-request', 'Invalid request', message, { errors: [{ field: 'minPosition', rule: 'isPosition', message }] }),
      400,
    );
  }
  return BigInt(value);
}

/**
 * Every read carries the projection's position (body and header), an ETag derived from what
 * was read, and Cache-Control; If-None-Match answers 304.
 */
export function sendRead<T extends object>(
  request: FastifyRequest,
  reply: FastifyReply,
  body: T,
  position: bigint,
  fresh: boolean,
  tag: string,
): T | undefined {
  const etag = `W/"${tag}-${position}"`;
  void reply.header('etag', etag).header('cache-control', 'private, no-cache').header('x-projection-position', position.toString());
  if (!fresh) void reply.header('x-projection-stale', 'true');
  if (request.headers['if-none-match'] === etag) {
    void reply.status(304);
    return undefined;
  }
  return body;
}
