import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ConcurrencyRetriesExhausted, IdempotencyKeyReused } from '@assocflow/commanding';
import { DomainError } from '@assocflow/domain';
import { DuplicateEventId, InvalidAppend, WrongExpectedVersion } from '@assocflow/eventstore';
import { problem, type ProblemDocument } from './problem-document';

/** Maps every error to RFC 9457 problem details, once, at the edge. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const body = { ...this.toProblem(error), instance: request.url };
    if (body.status >= 500)
      this.logger.error({ msg: 'unhandled error', url: request.url, error: String((error as Error)?.stack ?? error) });
    void reply.status(body.status).header('content-type', 'application/problem+json; charset=utf-8').send(body);
  }

  private toProblem(error: unknown): ProblemDocument {
    if (error instanceof DomainError) {
      const errors = error.field ? [{ field: error.field, rule: error.rule, message: error.message }] : undefined;
      return problem(422, error.rule, 'Rule violated', error.message, { rule: error.rule, ...(errors ? { errors } : {}) });
    }
    if (error instanceof WrongExpectedVersion) {
      const currentRevision = error.actual === 'no_stream' ? null : error.actual.toString();
      return problem(409, 'conflict', 'Conflict', `${error.message}; read the resource again and retry`, { currentRevision });
    }
    if (error instanceof ConcurrencyRetriesExhausted) return problem(409, 'conflict', 'Conflict', error.message);
    if (error instanceof IdempotencyKeyReused || error instanceof DuplicateEventId) {
      return problem(
        422,
        'idempotency-key-reused',
        'Idempotency-Key reused',
        error instanceof DuplicateEventId ? 'this Idempotency-Key was already used for another request' : error.message,
        { rule: 'idempotency-key-single-use' },
      );
    }
    if (error instanceof InvalidAppend) return problem(400, 'invalid-request', 'Invalid request', error.message);
    if (error instanceof HttpException) return fromHttpException(error);
    const status = statusOfFrameworkError(error);
    if (status) return problem(status, slugOf(status), titleOf(status), (error as Error).message);
    return problem(500, 'internal', 'Internal error', 'the server failed; the request appended nothing it did not acknowledge');
  }
}

function fromHttpException(error: HttpException): ProblemDocument {
  const status = error.getStatus();
  const response = error.getResponse();
  if (typeof response === 'object' && response && 'type' in response && 'status' in response) return response as ProblemDocument;
  const detail = typeof response === 'string' ? response : String((response as { message?: unknown }).message ?? error.message);
  return problem(status, slugOf(status), titleOf(status), Array.isArray(detail) ? detail.join('; ') : detail);
}

/** Fastify's own errors (body too large, malformed JSON, wrong content type) carry a statusCode. */
function statusOfFrameworkError(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown })?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

const TITLES: Record<number, [string, string]> = {
  400: ['invalid-request', 'Invalid request'],
  401: ['unauthenticated', 'Unauthenticated'],
  403: ['forbidden', 'Forbidden'],
  404: ['not-found', 'Not found'],
  405: ['method-not-allowed', 'Method not allowed'],
  409: ['conflict', 'Conflict'],
  413: ['payload-too-large', 'Payload too large'],
  415: ['unsupported-media-type', 'Unsupported media type'],
  422: ['unprocessable', 'Unprocessable'],
  429: ['rate-limited', 'Too many requests'],
};
const slugOf = (status: number) => TITLES[status]?.[0] ?? `http-${status}`;
const titleOf = (status: number) => TITLES[status]?.[1] ?? `HTTP ${status}`;
