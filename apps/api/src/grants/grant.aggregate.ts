import { catalogueEntry } from '@assocflow/commanding';
import { grant } from '@assocflow/domain';

export const grantAggregate = catalogueEntry({
  name: 'grant',
  commands: {
    ApplyForGrant: true,
    AwardGrant: true,
    ConcludeGrant: true,
    RecordExternalGrant: true,
    RecordGrantsBackfill: true,
    CorrectGrantRecord: true,
    RetractGrantRecord: true,
  },
  toStreamId: grant.toGrantStreamId,
  decider: grant.grantDecider,
  upcasters: grant.grantUpcasters,
  references: grant.branchReferences,
});

export const grantCallAggregate = catalogueEntry({
  name: 'grant-call',
  commands: { OpenGrantCall: true },
  toStreamId: grant.toGrantCallStreamId,
  decider: grant.grantCallDecider,
  upcasters: grant.grantCallUpcasters,
});
