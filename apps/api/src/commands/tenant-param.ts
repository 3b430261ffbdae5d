import { createParamDecorator, HttpException, Param, type ExecutionContext, type PipeTransform } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { problem } from '../problem/problem-document';

const TENANT = /^[a-z0-9][a-z0-9_-]{0,39}$/;
const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

const invalid = (field: string, rule: string, message: string) =>
  new HttpException(problem(400, 'invalid-request', 'Invalid request', message, { errors: [{ field, rule, message }] }), 400);

class TenantPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!TENANT.test(value)) throw invalid('tenant', 'matches', 'tenant must be 1-40 lowercase letters, digits, dashes or underscores');
    return value;
  }
}

class IdPipe implements PipeTransform<string, string> {
  constructor(private readonly name: string) {}
  transform(value: string): string {
    if (!ID.test(value)) throw invalid(this.name, 'matches', `${this.name} must be 1-80 lowercase letters, digits or dashes`);
    return value;
  }
}

/** The :tenant path parameter, validated. */
export const TenantParam = () => Param('tenant', new TenantPipe());
/** An :id path parameter that becomes part of a stream name, validated. */
export const IdParam = (name: string) => Param(name, new IdPipe(name));

const YEAR = /^\d{4}$/;
/** Reminder ids join rule, entity and date with dots (reminder.toReminderId). */
const REMINDER_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

class YearPipe implements PipeTransform<unknown, number> {
  constructor(private readonly name: string) {}
  transform(value: unknown): number {
    if (typeof value !== 'string' || !YEAR.test(value))
      throw invalid(this.name, 'isYear', `${this.name} must be a 4-digit year such as 2024`);
    return Number(value);
  }
}

class ReminderIdPipe implements PipeTransform<string, string> {
  constructor(private readonly name: string) {}
  transform(value: string): string {
    if (!REMINDER_ID.test(value))
      throw invalid(this.name, 'matches', `${this.name} must be 1-200 letters, digits, dots, dashes or underscores`);
    return value;
  }
}

/** A path parameter as sent: a custom decorator, which the global ValidationPipe leaves alone. */
const RawPathParam = createParamDecorator(
  (name: string, context: ExecutionContext) => context.switchToHttp().getRequest<{ params?: Record<string, string> }>().params?.[name],
);

/**
 * A :year path parameter, four digits, as a number. Read raw: through Param() the global
 * ValidationPipe would first coerce "02024" or "0x7e8" to 2024. Documented as an integer.
 */
export const YearParam =
  (name = 'year'): ParameterDecorator =>
  (target, key, index) => {
    RawPathParam(name, new YearPipe(name))(target, key, index);
    if (key === undefined) return;
    ApiParam({ name, schema: { type: 'integer', minimum: 1000, maximum: 9999 }, example: 2024 })(
      target,
      key,
      Object.getOwnPropertyDescriptor(target, key)!,
    );
  };
/** A :reminderId path parameter: dots allowed, as reminder ids have them. */
export const ReminderIdParam = (name = 'reminderId') => Param(name, new ReminderIdPipe(name));
