import type { DomainEvent } from '../shared/decider';
import type { IsoDate } from '../shared/values';

/**
 * Where a rank holds: nationwide (全国), within a province or city (四川排第3位), or within a
 * system (全国中医药系统). `area` names it; a national rank may leave it out (全国).
 */
export type RankingScopeLevel = 'national' | 'provincial' | 'municipal' | 'system';
export interface RankingScope {
  level: RankingScopeLevel;
  area?: string;
}

/** One rank of an assessment: 在全国排名第39位; `of`: how many were ranked, when stated (全国533家). */
export interface RankingResult {
  scope: RankingScope;
  rank: number;
  of?: number;
}

/** The report section that states a ranking (培训: the residents' test; 宣传: the official account); 自身建设 when not given. */
export const RANKING_SECTIONS = [
  'party',
  'academic',
  'training',
  'competition',
  'welfare',
  'exchange',
  'research',
  'grants',
  'publicity',
  'self-building',
] as const;
export type RankingSection = (typeof RANKING_SECTIONS)[number];

/** Where the ranking was read: the document and its section. */
export interface RankingSource {
  document: string;
  section?: string;
}

/**
 * A ranking or assessment result the organization (or something of it: its residents, its
 * official account) obtained: what was assessed, by whom, and its ranks. `year` is the year the
 * result belongs to (the work summary that states it); a ranking is not a count, so it adds to
 * no indicator: a report states it as recorded.
 */
export interface RankingRecord {
  rankingId: string;
  year: number;
  /** Who or what was ranked, in the document's words: 住培学员, 微信公众号, 医院. */
  subject: string;
  /** The assessment: 能力测试, 三级公立中医医院综合绩效考核. */
  assessment: string;
  /** The body that assessed, when stated: 中国医师协会. */
  assessedBy?: string;
  results: RankingResult[];
  /** The report section that states it; 自身建设 when left out (events before it was stated read so). */
  section?: RankingSection;
  source?: RankingSource;
}

export type RankingRecorded = DomainEvent<'RankingRecorded', { occurredOn: IsoDate } & RankingRecord>;

/** What a correction may change; not the year (retract and record anew). */
export type RankingChanges = Partial<Pick<RankingRecord, 'subject' | 'assessment' | 'assessedBy' | 'results' | 'section' | 'source'>>;

/** `previous` and `record`: the ranking before and after (event-carried state, as honors and reports). */
export type RankingCorrected = DomainEvent<
  'RankingCorrected',
  {
    occurredOn: IsoDate;
    rankingId: string;
    year: number;
    changes: RankingChanges;
    reason: string;
    previous: RankingRecord;
    record: RankingRecord;
  }
>;
export type RankingRetracted = DomainEvent<
  'RankingRetracted',
  { occurredOn: IsoDate; rankingId: string; year: number; reason: string; record: RankingRecord }
>;

export type RankingEvent = RankingRecorded | RankingCorrected | RankingRetracted;

export const RANKING_EVENT_TYPES = [
  'RankingRecorded',
  'RankingCorrected',
  'RankingRetracted',
] as const satisfies readonly RankingEvent['type'][];
