import { foldEvents, organization } from '@assocflow/domain';
import type { EventStore } from '@assocflow/eventstore';
import { toDomainEvent } from './handle-command';

/** What heads a tenant's documents: the registered name (四川省医院协会) and each year's 文号. */
export interface OrganizationProfile {
  name: string;
  /** 文号 of the work summary of each year issued (YearlyReportIssued), by year. */
  yearlyReports: Readonly<Record<number, string>>;
}

/** The tenant's organization as its profile stream says, or undefined before OrganizationRegistered. */
export async function organizationProfileOf(store: EventStore, tenant: string): Promise<OrganizationProfile | undefined> {
  const recorded = await store.readStream(organization.toOrganizationStreamId(tenant));
  const state = foldEvents(
    organization.organizationDecider,
    recorded.map((r) => toDomainEvent<organization.OrganizationEvent>(organization.organizationUpcasters, r)),
  );
  return state.status === 'registered' ? { name: state.name, yearlyReports: state.yearlyReports } : undefined;
}
