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

/**
 * The tenant's time zone (its bylaws, Asia/Shanghai by default) and today's date and year in it:
 * what "this year" means for a tenant, whatever the server's clock zone.
 */
export async function tenantCalendarOf(
  store: EventStore,
  tenant: string,
  now: Date = new Date(),
): Promise<{ timeZone: string; today: string; year: number }> {
  const { timeZone } = await tenantBylawsOf(store, tenant);
  const today = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  return { timeZone, today, year: Number(today.slice(0, 4)) };
}

/** The tenant's bylaws as its organization stream states them now (the defaults before any are adopted). */
export async function tenantBylawsOf(store: EventStore, tenant: string): Promise<ReturnType<typeof organization.effectiveBylaws>> {
  const recorded = await store.readStream(organization.toOrganizationStreamId(tenant));
  const state = foldEvents(
    organization.organizationDecider,
    recorded.map((r) => toDomainEvent<organization.OrganizationEvent>(organization.organizationUpcasters, r)),
  );
  return organization.effectiveBylaws(state);
}
