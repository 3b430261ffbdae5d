import { applyDecorators, HttpCode, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ProblemDto } from '../problem/problem.dto';
import { CommandAccepted } from './command-response';

/** POST route of a command, with every answer it can give documented once. */
export function CommandEndpoint(path: string, summary: string): MethodDecorator {
  return applyDecorators(
    Post(path),
    HttpCode(201),
    ApiOperation({ summary }),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'Makes a retried request append nothing and return the first answer',
    }),
    ApiHeader({ name: 'If-Match', required: false, description: 'The ETag (stream revision) last seen; a mismatch answers 409' }),
    ApiCreatedResponse({ type: CommandAccepted, description: 'Accepted; ETag is the stream revision' }),
    ApiBadRequestResponse({ type: ProblemDto, description: 'Invalid body: problem details with errors[] naming each field and rule' }),
    ApiUnauthorizedResponse({ type: ProblemDto, description: 'No or unknown API key' }),
    ApiForbiddenResponse({ type: ProblemDto, description: "The key's role may not do this" }),
    ApiNotFoundResponse({ type: ProblemDto, description: 'Unknown organization for this key' }),
    ApiConflictResponse({ type: ProblemDto, description: 'Concurrent change: problem details with currentRevision' }),
    ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'A domain rule was broken: problem details with the rule code' }),
    ApiTooManyRequestsResponse({ type: ProblemDto, description: 'Over the per-key rate limit' }),
  );
}
