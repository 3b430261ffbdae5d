import { unreachable, type Decider } from '../shared/decider';
import type { IsoDate } from '../shared/values';
import type { ApiKeyCommand } from './apikey.commands';
import type { ApiKeyEvent, ApiKeyRole } from './apikey.events';
import { ApiKeyAlreadyIssued, ApiKeyExpiresBeforeIssue, ApiKeyNotActive, BranchOfficerNeedsBranches } from './apikey.errors';

export type ApiKeyState =
  | { status: 'unknown' }
  | { status: 'active'; keyId: string; role: ApiKeyRole; branchIds: string[]; secretHash: string; expiresOn?: IsoDate }
  | { status: 'revoked'; keyId: string };

export function decide(command: ApiKeyCommand, state: ApiKeyState): ApiKeyEvent[] {
  switch (command.type) {
    case 'IssueApiKey': {
      const c = command.data;
      if (state.status !== 'unknown') throw new ApiKeyAlreadyIssued(c.keyId);
      const branchIds = c.branchIds ?? [];
      if (c.role === 'branch-officer' && branchIds.length === 0) throw new BranchOfficerNeedsBranches();
      if (c.expiresOn !== undefined && c.expiresOn < c.issuedOn) throw new ApiKeyExpiresBeforeIssue(c.issuedOn, c.expiresOn);
      return [
        {
          type: 'ApiKeyIssued',
          data: {
            occurredOn: c.issuedOn,
            keyId: c.keyId,
            role: c.role,
            branchIds,
            label: c.label ?? '',
            secretHash: c.secretHash,
            ...(c.expiresOn !== undefined ? { expiresOn: c.expiresOn } : {}),
          },
        },
      ];
    }
    case 'RevokeApiKey': {
      const c = command.data;
      if (state.status !== 'active') throw new ApiKeyNotActive(c.keyId);
      return [{ type: 'ApiKeyRevoked', data: { occurredOn: c.revokedOn, keyId: c.keyId, reason: c.reason } }];
    }
    default:
      return unreachable(command);
  }
}

export function evolve(state: ApiKeyState, event: ApiKeyEvent): ApiKeyState {
  switch (event.type) {
    case 'ApiKeyIssued': {
      const { keyId, role, branchIds, secretHash, expiresOn } = event.data;
      return { status: 'active', keyId, role, branchIds, secretHash, ...(expiresOn !== undefined ? { expiresOn } : {}) };
    }
    case 'ApiKeyRevoked':
      return { status: 'revoked', keyId: event.data.keyId };
    default:
      return unreachable(event);
  }
}

export const initialState = (): ApiKeyState => ({ status: 'unknown' });
export const apiKeyDecider: Decider<ApiKeyCommand, ApiKeyEvent, ApiKeyState> = { decide, evolve, initialState };

/** A key is valid through its last day, `expiresOn`, and not after. */
export const isExpired = (state: { expiresOn?: IsoDate }, today: IsoDate): boolean =>
  state.expiresOn !== undefined && today > state.expiresOn;
