import { unreachable, type Decider } from '../shared/decider';
import { givenChanges, recordLifecycle, requireReason, type Recorded } from '../shared/record-lifecycle';
import type { RankingCommand } from './ranking.commands';
import { RANKING_SECTIONS, type RankingEvent, type RankingRecord, type RankingResult } from './ranking.events';
import {
  RankingAlreadyRecorded,
  RankingCorrectionEmpty,
  RankingNotFound,
  RankingReasonMissing,
  RankingResultsInvalid,
  RankingRetractedError,
  UnknownRankingSection,
} from './ranking.errors';

export type RankingState = { status: 'unknown' } | ({ status: 'recorded' } & RankingRecord) | { status: 'retracted'; rankingId: string };

const isRank = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 1;

/** Why the results cannot be stated as a document would, or undefined when they can. */
export function resultsProblem(results: readonly RankingResult[]): string | undefined {
  if (!Array.isArray(results) || results.length === 0) return 'no rank is stated';
  const seen = new Set<string>();
  for (const r of results) {
    if (!isRank(r.rank)) return `rank ${JSON.stringify(r.rank)} is not a whole number from 1`;
    if (r.of !== undefined && (!isRank(r.of) || r.of < r.rank)) return `rank ${r.rank} of ${JSON.stringify(r.of)}`;
    const area = r.scope.area?.trim();
    if (r.scope.level !== 'national' && !area) return `a ${r.scope.level} rank names its area`;
    const key = `${r.scope.level}:${area ?? ''}`;
    if (seen.has(key)) return `the scope ${key} is stated twice`;
    seen.add(key);
  }
  return undefined;
}

/** A record as it can be stated: its ranks, and its section when it names one. */
function checked(record: RankingRecord): void {
  const problem = resultsProblem(record.results);
  if (problem) throw new RankingResultsInvalid(problem);
  if (record.section !== undefined && !(RANKING_SECTIONS as readonly string[]).includes(record.section))
    throw new UnknownRankingSection(record.section);
}

const lifecycle = recordLifecycle<RankingState>({
  alreadyRecorded: (id) => new RankingAlreadyRecorded(id),
  notFound: (id) => new RankingNotFound(id),
  retracted: (id) => new RankingRetractedError(id),
});

const reasonOf = (reason: string) => requireReason(reason, () => new RankingReasonMissing());

const recordOf = (s: Recorded<RankingState>): RankingRecord => {
  const { status: _status, ...record } = s;
  return record;
};

export function decide(command: RankingCommand, state: RankingState): RankingEvent[] {
  switch (command.type) {
    case 'RecordRanking': {
      const { recordedOn, ...record } = command.data;
      lifecycle.requireNew(state, record.rankingId);
      checked(record);
      return [{ type: 'RankingRecorded', data: { occurredOn: recordedOn, ...record } }];
    }
    case 'CorrectRanking': {
      const c = command.data;
      const previous = recordOf(lifecycle.requireRecorded(state, c.rankingId));
      const reason = reasonOf(c.reason);
      const record: RankingRecord = { ...previous, ...givenChanges(c.changes) };
      if (JSON.stringify(record) === JSON.stringify(previous)) throw new RankingCorrectionEmpty(c.rankingId);
      checked(record);
      return [
        {
          type: 'RankingCorrected',
          data: {
            occurredOn: c.correctedOn,
            rankingId: c.rankingId,
            year: previous.year,
            changes: c.changes,
            reason,
            previous,
            record,
          },
        },
      ];
    }
    case 'RetractRanking': {
      const c = command.data;
      const record = recordOf(lifecycle.requireRecorded(state, c.rankingId));
      const reason = reasonOf(c.reason);
      return [
        {
          type: 'RankingRetracted',
          data: { occurredOn: c.retractedOn, rankingId: c.rankingId, year: record.year, reason, record },
        },
      ];
    }
    default:
      return unreachable(command);
  }
}

export function evolve(state: RankingState, event: RankingEvent): RankingState {
  switch (event.type) {
    case 'RankingRecorded': {
      const { occurredOn: _, ...record } = event.data;
      return { status: 'recorded', ...record };
    }
    case 'RankingCorrected':
      return { status: 'recorded', ...event.data.record };
    case 'RankingRetracted':
      return { status: 'retracted', rankingId: event.data.rankingId };
    default:
      return unreachable(event);
  }
}

export const initialState = (): RankingState => ({ status: 'unknown' });

export const rankingDecider: Decider<RankingCommand, RankingEvent, RankingState> = { decide, evolve, initialState };
