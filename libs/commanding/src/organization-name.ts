import { foldEvents, organization } from '@assocflow/domain';
import type { EventStore } from '@assocflow/eventstore';
import { toDomainEvent } from './handle-command';

/** The registered name of a tenant's organization (四川省医院协会), or undefined before OrganizationRegistered. */
export async function organizationNameOf(store: EventStore, tenant: string): Promise<string | undefined> {
  const recorded = await store.readStream(organization.toOrganizationStreamId(tenant));
  const state = foldEvents(
    organization.organizationDecider,
    recorded.map((r) => toDomainEvent<organization.OrganizationEvent>(organization.organizationUpcasters, r)),
  );
  return state.status === 'registered' ? state.name : undefined;
}
