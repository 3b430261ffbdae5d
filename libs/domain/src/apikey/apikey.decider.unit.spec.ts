import { deciderSpec } from '../shared/decider-spec';
import { apiKeyDecider, isExpired } from './apikey.decider';
import { listingOf } from './apikey.listing';
import type { ApiKeyEvent } from './apikey.events';
import { ApiKeyAlreadyIssued, ApiKeyExpiresBeforeIssue, ApiKeyNotActive, BranchOfficerNeedsBranches } from './apikey.errors';

const given = deciderSpec(apiKeyDecider);
const issued: ApiKeyEvent = {
  type: 'ApiKeyIssued',
  data: { occurredOn: '2026-01-01', keyId: 'k1', role: 'secretary', branchIds: [], label: '', secretHash: 'h' },
};

describe('ApiKey decider', () => {
  it('issues a key once', () => {
    given([])
      .when({ type: 'IssueApiKey', data: { keyId: 'k1', role: 'secretary', secretHash: 'h', issuedOn: '2026-01-01' } })
      .then([issued]);
    given([issued])
      .when({ type: 'IssueApiKey', data: { keyId: 'k1', role: 'reader', secretHash: 'h', issuedOn: '2026-01-01' } })
      .thenThrows(ApiKeyAlreadyIssued);
  });

  it('scopes a branch officer to named branches', () =>
    given([])
      .when({ type: 'IssueApiKey', data: { keyId: 'k2', role: 'branch-officer', secretHash: 'h', issuedOn: '2026-01-01' } })
      .thenThrows(BranchOfficerNeedsBranches));

  it('revokes an active key only', () => {
    given([issued])
      .when({ type: 'RevokeApiKey', data: { keyId: 'k1', revokedOn: '2026-02-01', reason: 'left' } })
      .then([{ type: 'ApiKeyRevoked', data: { occurredOn: '2026-02-01', keyId: 'k1', reason: 'left' } }]);
    given([])
      .when({ type: 'RevokeApiKey', data: { keyId: 'k1', revokedOn: '2026-02-01', reason: 'x' } })
      .thenThrows(ApiKeyNotActive);
  });

  it('issues a key valid through a last day on or after the issue day', () => {
    given([])
      .when({
        type: 'IssueApiKey',
        data: { keyId: 'k3', role: 'reader', secretHash: 'h', issuedOn: '2026-01-01', expiresOn: '2026-12-31' },
      })
      .then([
        {
          type: 'ApiKeyIssued',
          data: {
            occurredOn: '2026-01-01',
            keyId: 'k3',
            role: 'reader',
            branchIds: [],
            label: '',
            secretHash: 'h',
            expiresOn: '2026-12-31',
          },
        },
      ]);
    given([])
      .when({
        type: 'IssueApiKey',
        data: { keyId: 'k3', role: 'reader', secretHash: 'h', issuedOn: '2026-01-01', expiresOn: '2025-12-31' },
      })
      .thenThrows(ApiKeyExpiresBeforeIssue);
    expect(isExpired({ expiresOn: '2026-12-31' }, '2026-12-31')).toBe(false);
    expect(isExpired({ expiresOn: '2026-12-31' }, '2027-01-01')).toBe(true);
    expect(isExpired({}, '2099-01-01')).toBe(false);
  });

  it('lists a key without its secret: active, expired past its last day, or revoked', () => {
    const expiring: ApiKeyEvent = { type: 'ApiKeyIssued', data: { ...issued.data, expiresOn: '2026-06-30' } as typeof issued.data };
    expect(listingOf([expiring], '2026-06-30')).toEqual({
      keyId: 'k1',
      role: 'secretary',
      branchIds: [],
      label: '',
      issuedOn: '2026-01-01',
      expiresOn: '2026-06-30',
      status: 'active',
    });
    expect(listingOf([expiring], '2026-07-01')?.status).toBe('expired');
    const revoked = listingOf(
      [issued, { type: 'ApiKeyRevoked', data: { occurredOn: '2026-02-01', keyId: 'k1', reason: 'left' } }],
      '2026-03-01',
    );
    expect(revoked).toMatchObject({ status: 'revoked', revokedOn: '2026-02-01', revocationReason: 'left' });
    expect(JSON.stringify(revoked)).not.toContain('secretHash');
    expect(listingOf([], '2026-01-01')).toBeUndefined();
  });
});
