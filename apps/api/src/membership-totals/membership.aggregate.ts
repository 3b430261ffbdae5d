import { catalogueEntry } from '@assocflow/commanding';
import { membership } from '@assocflow/domain';

export const membershipAggregate = catalogueEntry({
  name: 'membership',
  commands: { RecordMembershipTotals: true, CorrectMembershipTotals: true },
  toStreamId: membership.toMembershipStreamId,
  decider: membership.membershipDecider,
  upcasters: membership.membershipUpcasters,
});
