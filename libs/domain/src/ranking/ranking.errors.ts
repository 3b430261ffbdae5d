import { DomainError } from '../shared/domain-error';
import { lifecycleError } from '../shared/record-lifecycle';
import { RANKING_SECTIONS } from './ranking.events';

export class RankingAlreadyRecorded extends lifecycleError(
  'ranking-recorded-once',
  (id) => `ranking ${id} is already recorded: a ranking is recorded once`,
) {}

export class RankingNotFound extends lifecycleError('ranking-must-exist', (id) => `ranking ${id} has not been recorded`) {}

export class RankingRetractedError extends lifecycleError(
  'retracted-ranking-is-closed',
  (id) => `ranking ${id} was retracted and takes no further commands`,
) {}

export class RankingResultsInvalid extends DomainError {
  readonly rule = 'ranking-results-stated';
  constructor(why: string) {
    super(
      `a ranking states at least one rank, each a whole number from 1, within how many were ranked when that is stated, each scope once and named unless national: ${why}`,
    );
  }
}

export class RankingCorrectionEmpty extends DomainError {
  readonly rule = 'correction-changes-something';
  constructor(rankingId: string) {
    super(`the correction of ranking ${rankingId} changes nothing`);
  }
}

export class RankingReasonMissing extends DomainError {
  readonly rule = 'correction-states-reason';
  constructor() {
    super('correcting or retracting a ranking states the reason');
  }
}

export class UnknownRankingSection extends DomainError {
  readonly rule = 'ranking-section-known';
  constructor(section: string) {
    super(`a ranking is stated in a report section (${RANKING_SECTIONS.join(', ')}), not ${JSON.stringify(section)}`);
  }
}
