import { catalogueEntry } from '@assocflow/commanding';
import { alliance } from '@assocflow/domain';

export const allianceAggregate = catalogueEntry({
  name: 'alliance',
  commands: { FoundAlliance: true },
  toStreamId: alliance.toAllianceStreamId,
  decider: alliance.allianceDecider,
  upcasters: alliance.allianceUpcasters,
  references: alliance.branchReferences,
});
