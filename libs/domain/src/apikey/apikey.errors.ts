import { DomainError } from '../shared/domain-error';

export class ApiKeyAlreadyIssued extends DomainError {
  readonly rule = 'api-key-issued-once';
  constructor(keyId: string) {
    super(`API key ${keyId} was already issued`);
  }
}

export class BranchOfficerNeedsBranches extends DomainError {
  readonly rule = 'branch-officer-scoped-to-branches';
  constructor() {
    super('a branch-officer key must name the branches it may record for');
  }
}

export class ApiKeyNotActive extends DomainError {
  readonly rule = 'api-key-must-be-active';
  constructor(keyId: string) {
    super(`API key ${keyId} is not active`);
  }
}

export class ApiKeyExpiresBeforeIssue extends DomainError {
  readonly rule = 'api-key-expires-after-issue';
  constructor(issuedOn: string, expiresOn: string) {
    super(`an API key issued on ${issuedOn} cannot expire on ${expiresOn}: the last valid day is the issue day or later`);
  }
}
