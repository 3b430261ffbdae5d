import { unreachable, type Decider } from '../shared/decider';
import type { ApiKeyCommand } from './apikey.commands';
import type { ApiKeyEvent, ApiKeyRole } from './apikey.events';
import { ApiKeyAlreadyIssued, ApiKeyNotActive, BranchOfficerNeedsBranches } from './apikey.errors';

export type ApiKeyState =
  | { status: 'unknown' }
  | { status: 'active'; keyId: string; role: ApiKeyRole; branchIds: string[]; secretHash: string }
  | { status: 'revoked'; keyId: string };

export function decide(command: ApiKeyCommand, state: ApiKeyState): ApiKeyEvent[] {
  switch (command.type) {
    case 'IssueApiKey': {
      const c = command.data;
      if (state.status !== 'unknown') throw new ApiKeyAlreadyIssued(c.keyId);
      const branchIds = c.branchIds ?? [];
      if (c.role === 'branch-officer' && branchIds.length === 0) throw new BranchOfficerNeedsBranches();
      return [{
        type: 'ApiKeyIssued',
        data: { occurredOn: c.issuedOn, keyId: c.keyId, role: c.role, branchIds, label: c.label ?? '', secretHash: c.secretHash },
      }];
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
      const { keyId, role, branchIds, secretHash } = event.data;
      return { status: 'active', keyId, role, branchIds, secretHash };
    }
    case 'ApiKeyRevoked':
      return { status: 'revoked', keyId: event.data.keyId };
    default:
      return unreachable(event);
  }
}

export const initialState = (): ApiKeyState => ({ status: 'unknown' });
export const apiKeyDecider: Decider<ApiKeyCommand, ApiKeyEvent, ApiKeyState> = { decide, evolve, initialState };
