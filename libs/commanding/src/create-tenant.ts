import { organization } from '@assocflow/domain';
import type { EventStore } from '@assocflow/eventstore';
import { issueApiKey } from './api-keys';
import { handleCommand } from './handle-command';

export interface CreateTenantOptions {
  name: string;
  kind: organization.OrganizationKind;
  registeredOn: string;
  timeZone?: string;
  actor: string;
  today: string;
}

/**
 * An operator opens a tenant: its organization on the record (OrganizationRegistered) and its
 * first admin key, returned once. The admin key then issues the tenant's other keys.
 */
export async function createTenant(
  store: EventStore,
  tenant: string,
  options: CreateTenantOptions,
): Promise<{ token: string; keyId: string }> {
  await handleCommand(
    store,
    { decider: organization.organizationDecider, upcasters: organization.organizationUpcasters },
    organization.toOrganizationStreamId(tenant),
    {
      type: 'RegisterOrganization',
      data: {
        name: options.name,
        kind: options.kind,
        registeredOn: options.registeredOn,
        ...(options.timeZone ? { timeZone: options.timeZone } : {}),
      },
    },
    { tenant, actor: options.actor, correlationId: `create-tenant-${tenant}` },
    { expectedRevision: 'no_stream' },
  );
  return issueApiKey(store, tenant, 'admin', { label: 'first admin key', actor: options.actor, today: options.today });
}
