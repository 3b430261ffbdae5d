import { catalogueEntry } from '@assocflow/commanding';
import { organization } from '@assocflow/domain';

export const organizationAggregate = catalogueEntry({
  name: 'organization',
  commands: {
    RegisterOrganization: true,
    AdoptBylaws: true,
    StartTerm: true,
    AdoptRegulation: true,
    FoundPartyUnit: true,
    IssueYearlyReport: true,
  },
  toStreamId: (tenant: string, _id: undefined) => organization.toOrganizationStreamId(tenant),
  decider: organization.organizationDecider,
  upcasters: organization.organizationUpcasters,
});
