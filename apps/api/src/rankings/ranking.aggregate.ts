import { catalogueEntry } from '@assocflow/commanding';
import { ranking } from '@assocflow/domain';

export const rankingAggregate = catalogueEntry({
  name: 'ranking',
  commands: { RecordRanking: true, CorrectRanking: true, RetractRanking: true },
  toStreamId: ranking.toRankingStreamId,
  decider: ranking.rankingDecider,
  upcasters: ranking.rankingUpcasters,
  references: ranking.branchReferences,
});
