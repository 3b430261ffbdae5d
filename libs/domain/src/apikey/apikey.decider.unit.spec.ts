import { deciderSpec } from '../shared/decider-spec';
import { apiKeyDecider } from './apikey.decider';
import type { ApiKeyEvent } from './apikey.events';
import { ApiKeyAlreadyIssued, ApiKeyNotActive, BranchOfficerNeedsBranches } from './apikey.errors';

const given = deciderSpec(apiKeyDecider);
const issued: ApiKeyEvent = {
  type: 'ApiKeyIssued',
  data: { occurredOn: '2026-01-01', keyId: 'k1', role: 'secretary', branchIds: [], label: '', secretHash: 'h' },
};

describe('ApiKey decider', () => {
  it('issues a key once', () => {
    given([]).when({ type: 'IssueApiKey', data: { keyId: 'k1', role: 'secretary', secretHash: 'h', issuedOn: '2026-01-01' } }).then([issued]);
    given([issued]).when({ type: 'IssueApiKey', data: { keyId: 'k1', role: 'reader', secretHash: 'h', issuedOn: '2026-01-01' } })
      .thenThrows(ApiKeyAlreadyIssued);
  });

  it('scopes a branch officer to named branches', () =>
    given([]).when({ type: 'IssueApiKey', data: { keyId: 'k2', role: 'branch-officer', secretHash: 'h', issuedOn: '2026-01-01' } })
      .thenThrows(BranchOfficerNeedsBranches));

  it('revokes an active key only', () => {
    given([issued]).when({ type: 'RevokeApiKey', data: { keyId: 'k1', revokedOn: '2026-02-01', reason: 'left' } })
      .then([{ type: 'ApiKeyRevoked', data: { occurredOn: '2026-02-01', keyId: 'k1', reason: 'left' } }]);
    given([]).when({ type: 'RevokeApiKey', data: { keyId: 'k1', revokedOn: '2026-02-01', reason: 'x' } }).thenThrows(ApiKeyNotActive);
  });
});
