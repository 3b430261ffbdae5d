import { applyDecorators, Get } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ProblemDto } from '../problem/problem.dto';

/** GET of a read model, with read-your-writes and caching documented once. */
export function ReadEndpoint(path: string, summary: string, description: string): MethodDecorator {
  return applyDecorators(
    Get(path),
    ApiOperation({ summary, description }),
    ApiQuery({
      name: 'minPosition',
      required: false,
      description: "Wait up to 2 s for the read model to pass this position (a command's answer)",
    }),
    ApiHeader({ name: 'If-None-Match', required: false, description: 'The ETag of an earlier read: 304 when unchanged' }),
    ApiOkResponse({ description: 'The read model; X-Projection-Position says how far it has read the log' }),
    ApiBadRequestResponse({ type: ProblemDto, description: 'Invalid query parameter' }),
    ApiUnauthorizedResponse({ type: ProblemDto, description: 'No or unknown API key' }),
    ApiNotFoundResponse({ type: ProblemDto, description: 'Unknown organization for this key, or nothing recorded' }),
  );
}
