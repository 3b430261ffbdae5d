import { catalogueEntry } from '@assocflow/commanding';
import { honor } from '@assocflow/domain';

export const honorAggregate = catalogueEntry({
  name: 'honor',
  commands: { ReceiveHonor: true, AwardHonor: true, RetractHonorRecord: true },
  toStreamId: honor.toHonorStreamId,
  decider: honor.honorDecider,
  upcasters: honor.honorUpcasters,
  references: honor.branchReferences,
});
