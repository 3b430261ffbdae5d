import type { DomainCommand } from '../shared/decider';
import type { IsoDate } from '../shared/values';
import type { RankingChanges, RankingRecord } from './ranking.events';

export type RecordRanking = DomainCommand<'RecordRanking', RankingRecord & { recordedOn: IsoDate }>;
export type CorrectRanking = DomainCommand<
  'CorrectRanking',
  { rankingId: string; changes: RankingChanges; reason: string; correctedOn: IsoDate }
>;
export type RetractRanking = DomainCommand<'RetractRanking', { rankingId: string; reason: string; retractedOn: IsoDate }>;

export type RankingCommand = RecordRanking | CorrectRanking | RetractRanking;
