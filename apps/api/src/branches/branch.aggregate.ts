import { catalogueEntry, tenantBylawsOf } from '@assocflow/commanding';
import { branch } from '@assocflow/domain';
import type { EventStore } from '@assocflow/eventstore';

/** The branch decider under the tenant's bylaws (term length, postponement) as its organization stream states them now. */
export const branchDeciderOf = async (store: EventStore, tenant: string) => branch.branchDeciderFor(await tenantBylawsOf(store, tenant));

export const branchAggregate = catalogueEntry({
  name: 'branch',
  commands: {
    ApproveBranchPreparation: true,
    SetUpBranchSubgroup: true,
    FoundBranch: true,
    RegisterBranch: true,
    RenewBranchTerm: true,
    PostponeBranchRenewal: true,
    ChangeBranchLeadership: true,
    FormPartyGroup: true,
    DissolveBranch: true,
  },
  toStreamId: branch.toBranchStreamId,
  decider: (store, context) => branchDeciderOf(store, context.tenant),
  upcasters: branch.branchUpcasters,
});
