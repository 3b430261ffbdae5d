import type { IsoDate } from '../shared/values';
import { isExpired } from './apikey.decider';
import type { ApiKeyEvent, ApiKeyRole } from './apikey.events';

/** A key as an administrator lists it: everything but the secret (or its hash). */
export interface ApiKeyListing {
  keyId: string;
  role: ApiKeyRole;
  branchIds: string[];
  label: string;
  issuedOn: IsoDate;
  expiresOn?: IsoDate;
  /** On the day asked: revoked, expired (past its last day), or active. */
  status: 'active' | 'expired' | 'revoked';
  revokedOn?: IsoDate;
  revocationReason?: string;
}

/** The listing of one key's events, on `today`; undefined before it is issued. */
export function listingOf(events: readonly ApiKeyEvent[], today: IsoDate): ApiKeyListing | undefined {
  let listing: ApiKeyListing | undefined;
  for (const event of events) {
    if (event.type === 'ApiKeyIssued') {
      const { keyId, role, branchIds, label, occurredOn, expiresOn } = event.data;
      listing = {
        keyId,
        role,
        branchIds,
        label,
        issuedOn: occurredOn,
        ...(expiresOn !== undefined ? { expiresOn } : {}),
        status: 'active',
      };
    } else if (listing) {
      listing = { ...listing, status: 'revoked', revokedOn: event.data.occurredOn, revocationReason: event.data.reason };
    }
  }
  if (listing && listing.status === 'active' && isExpired(listing, today)) listing = { ...listing, status: 'expired' };
  return listing;
}
