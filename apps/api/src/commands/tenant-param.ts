import { HttpException, Param, type PipeTransform } from '@nestjs/common';
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
