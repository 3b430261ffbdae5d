import { applyDecorators, HttpCode, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOperation,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CommandAccepted } from './command-response';

/** POST route of a command, with every answer it can give documented once. */
export function CommandEndpoint(path: string, summary: string): MethodDecorator {
  return applyDecorators(
    Post(path),
    HttpCode(201),
    ApiOperation({ summary }),
    ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Makes a retried request append nothing and return the first answer' }),
    ApiHeader({ name: 'If-Match', required: false, description: 'The ETag (stream revision) last seen; a mismatch answers 409' }),
    ApiCreatedResponse({ type: CommandAccepted, description: 'Accepted; ETag is the stream revision' }),
    ApiBadRequestResponse({ description: 'Invalid body: problem details with errors[] naming each field and rule' }),
    ApiUnauthorizedResponse({ description: 'No or unknown API key' }),
    ApiForbiddenResponse({ description: 'The key\'s role may not do this' }),
    ApiNotFoundResponse({ description: 'Unknown organization for this key' }),
    ApiConflictResponse({ description: 'Concurrent change: problem details with currentRevision' }),
    ApiUnprocessableEntityResponse({ description: 'A domain rule was broken: problem details with the rule code' }),
  );
}
