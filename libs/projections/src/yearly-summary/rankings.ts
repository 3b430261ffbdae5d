import type { ranking } from '@assocflow/domain';
import type { ProjectedEvent } from '../projection';
import type { RankingLine, SummaryLedger } from './summary.document';

/** A ranking as the summary lists it: the section that states it is 自身建设 unless it names another. */
export function rankingLineOf(r: ranking.RankingRecord): RankingLine {
  return {
    rankingId: r.rankingId,
    subject: r.subject,
    assessment: r.assessment,
    ...(r.assessedBy ? { assessedBy: r.assessedBy } : {}),
    section: r.section ?? 'self-building',
    results: r.results.map((x) => ({
      scope: { level: x.scope.level, ...(x.scope.area ? { area: x.scope.area } : {}) },
      rank: x.rank,
      ...(x.of !== undefined ? { of: x.of } : {}),
    })),
    ...(r.source ? { source: r.source } : {}),
  };
}

/**
 * The year's rankings, as they last stood, in the order recorded. A rank is not a count: it adds
 * to no indicator (two ranks never sum). Every ranking event names its year, and a correction
 * cannot move a ranking to another one, so an event touches its year's document only.
 */
export function withRankingEvent(ledger: SummaryLedger, event: ProjectedEvent): SummaryLedger {
  const lines = { ...(ledger.rankings ?? {}) };
  switch (event.type) {
    case 'RankingRecorded': {
      const { occurredOn: _, ...record } = event.data as unknown as ranking.RankingRecorded['data'];
      lines[record.rankingId] = rankingLineOf(record);
      break;
    }
    case 'RankingCorrected': {
      // The correction keeps the ranking's place in the order recorded.
      const d = event.data as unknown as ranking.RankingCorrected['data'];
      lines[d.rankingId] = rankingLineOf(d.record);
      break;
    }
    case 'RankingRetracted':
      delete lines[(event.data as unknown as ranking.RankingRetracted['data']).rankingId];
      break;
    default:
      return ledger;
  }
  return { ...ledger, rankings: lines };
}
