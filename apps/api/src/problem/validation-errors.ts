import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';
import type { ValidatorOptions } from 'class-validator';
import { problem } from './problem-document';

/** Flattens class-validator's tree into `field.path` + rule + message. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): { field: string; rule: string; message: string }[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({ field, rule, message }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** Bodies are validated and stripped of nothing: an unknown field is an error, not ignored. */
export const BODY_VALIDATION = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  validationError: { target: false, value: false },
} as const satisfies ValidatorOptions;

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    ...BODY_VALIDATION,
    transform: true,
    exceptionFactory: (errors) => {
      const flat = flattenValidationErrors(errors);
      const detail = flat.map((e) => `${e.field}: ${e.message}`).join('; ') || 'the request body is invalid';
      return new BadRequestException(problem(400, 'invalid-request', 'Invalid request', detail, { errors: flat }));
    },
  });
}
