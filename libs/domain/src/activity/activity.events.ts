import type { DomainEvent } from '../shared/decider';
import type { Count, IsoDate } from '../shared/values';

/** 学术活动, 培训, 竞赛/评选, 公益/义诊, 交流/考察, 党建 (political study). */
export type ActivityKind = 'academic' | 'training' | 'competition' | 'welfare' | 'exchange' | 'study';
export type ActivityMode = 'online' | 'offline' | 'hybrid';
export type Organizer = { kind: 'organization' } | { kind: 'branch'; branchId: string };

/** Where a backfilled total was read: the document and its section. */
export interface SourceRef {
  document: string;
  section: string;
}

/** What every held activity states; `occurredOn` is the day it was held (heldOn). */
export interface ActivityFacts {
  occurredOn: IsoDate;
  activityId: string;
  title: string;
  endedOn?: IsoDate;
  organizer: Organizer;
  /** 场次, at least one. */
  sessions: number;
  mode: ActivityMode;
  /** 其中线上: all sessions when online, none when offline, at least one when hybrid. */
  onlineSessions: number;
  /** 人次. */
  participants: Count;
  /** Who and what else it reached, each only when stated. */
  reach?: ActivityReach;
  /** The series it is one of (科普讲座), when the document states the series' total over several records. */
  series?: string;
}

/** Where an activity reached: provinces (省), cities or prefectures (市/市州), counties (县/区). */
export type RegionLevel = 'province' | 'city' | 'county';
export const REGION_LEVELS: readonly RegionLevel[] = ['province', 'city', 'county'];

/**
 * What a document states of an activity beyond sessions and participants, kept apart from the
 * participants and never added to them: viewers online (线上观看), the experts who taught,
 * judged or served (专家), the institutions taking part or covered (医疗机构/医院/单位, 家), the
 * places covered, the works submitted (作品/论文/案例), the entries that won or went on (获奖/晋级),
 * the forums of an academic event (1 个主论坛, 8 个平行论坛).
 */
export interface ActivityReach {
  viewersOnline?: Count;
  experts?: Count;
  institutions?: Count;
  regions?: RegionsCovered;
  /** The same places counted at other levels too (覆盖16个市、112个县): each level once, none that of `regions`. */
  regionsAtOtherLevels?: RegionsCovered[];
  /** All the works submitted, when the document gives one total. */
  submissions?: Count;
  /** The works submitted by kind, when the document states them apart (论文161篇、案例64个), never summed into `submissions`. */
  submissionsByKind?: SubmissionsOfKind[];
  /** Of the works submitted, those published elsewhere (在“中国医院文化”公众号上刊发5篇). */
  submissionsPublished?: { count: Count; outlet: string };
  winners?: Count;
  forums?: { main: number; parallel: number };
  /** 媒体: news outlets that reported it (10家主流新闻媒体报道). */
  mediaOutlets?: Count;
  /** Teams that carried it out (派出9个党员志愿者分队). */
  teams?: Count;
  /** Services given within it, each apart from the people served and never added to them (超声613人次). */
  services?: NamedCount[];
  /** What a screening found (发现先心病患儿8人). */
  findings?: NamedCount[];
  /** A team sent on to an external contest, with its members by unit (3名院前急救人员 + 2名调度员). */
  teamSent?: TeamSent;
}

export interface RegionsCovered {
  count: Count;
  level: RegionLevel;
}

/** 论文 (篇), 案例 (个), 作品 (件/份). */
export type SubmissionKind = 'paper' | 'case' | 'work';
export const SUBMISSION_KINDS: readonly SubmissionKind[] = ['paper', 'case', 'work'];
export interface SubmissionsOfKind {
  kind: SubmissionKind;
  count: Count;
}

/** A figure the document names (超声 613人次, 先心病患儿 8人). */
export interface NamedCount {
  name: string;
  count: Count;
}

export interface TeamSent {
  /** The contest it went to (第七届全国急救技能大赛). */
  contest: string;
  /** Its members by unit, as stated (成都市第三人民医院院前急救人员 3名). */
  members: NamedCount[];
  /** What it won there, when stated (优胜奖). */
  result?: string;
}
export interface TrainingFacts {
  /** 继续医学教育 (CME) credit project. */
  cmeCreditProject?: boolean;
  /** Participants who passed the assessment; at most the participants. */
  passed?: number;
}
export interface CompetitionFacts {
  teams?: number;
}
export interface WelfareFacts {
  /** People served (义诊 patients), apart from the participants who served them. */
  peopleServed?: Count;
}

export type TrainingHeld = DomainEvent<'TrainingHeld', ActivityFacts & TrainingFacts>;
export type AcademicEventHeld = DomainEvent<'AcademicEventHeld', ActivityFacts>;
export type CompetitionHeld = DomainEvent<'CompetitionHeld', ActivityFacts & CompetitionFacts>;
export type PublicWelfareActivityHeld = DomainEvent<'PublicWelfareActivityHeld', ActivityFacts & WelfareFacts>;
export type ExchangeVisitHeld = DomainEvent<'ExchangeVisitHeld', ActivityFacts>;
export type StudySessionHeld = DomainEvent<'StudySessionHeld', ActivityFacts>;

/**
 * Totals a source gives only as totals ("培训 20 场次 18312 人次"); `occurredOn` is the last
 * day of `year`, so the total counts in that year.
 */
export type ActivitiesBackfilled = DomainEvent<
  'ActivitiesBackfilled',
  {
    occurredOn: IsoDate;
    activityId: string;
    activityKind: ActivityKind;
    year: number;
    /** 场次; absent when the document does not state them (累计培训350余人次), which is not 0场. */
    sessions?: number;
    onlineSessions: number;
    participants: Count;
    /** What the total is of, to name it in a report (各专委会学术活动, 送医药下乡); its figures stay in their fields. */
    title?: string;
    note: string;
    source: SourceRef;
  } & BackfillExtras
>;

/**
 * What a total may state beyond sessions and participants (each only when stated): 场次 given
 * as a lower bound ("100余场"), the people a welfare total served ("义诊群众11000余人次"), the
 * CME credit projects among a training total ("继续医学教育项目6项").
 */
export interface BackfillExtras {
  sessionsApproximate?: boolean;
  /** The total is of activities the branches organized (各专委会开展学术交流活动…), not the association's own. */
  byBranches?: boolean;
  /** Welfare totals only. */
  peopleServed?: Count;
  /** Training totals only. */
  cmeCreditProjects?: number;
}

/** The fields a correction may change; which apply depends on the kind of record. */
export interface ActivityChanges extends TrainingFacts, CompetitionFacts, WelfareFacts {
  title?: string;
  series?: string;
  reach?: ActivityReach;
  heldOn?: IsoDate;
  endedOn?: IsoDate;
  organizer?: Organizer;
  sessions?: number;
  mode?: ActivityMode;
  onlineSessions?: number;
  participants?: Count;
  note?: string;
  source?: SourceRef;
}

/**
 * A record as it stands: a held activity of its kind, or a backfilled total. Corrections and
 * retractions carry it (event-carried state), so a read model keyed by the record's year knows
 * which years it touches without reading the stream.
 */
export type ActivityRecord =
  | { status: 'held'; kind: ActivityKind; data: ActivityFacts & TrainingFacts & CompetitionFacts & WelfareFacts }
  | { status: 'backfilled'; data: ActivitiesBackfilled['data'] };

/**
 * `occurredOn` is the day of the correction; the record keeps its own date (heldOn / year).
 * `previous` is the whole record before the correction and `record` the whole record as
 * corrected (`previousOccurredOn`: the previous record's own date), so a read model keeping only
 * running totals trades one contribution for the other without keeping every record.
 */
export type ActivityRecordCorrected = DomainEvent<
  'ActivityRecordCorrected',
  {
    occurredOn: IsoDate;
    activityId: string;
    changes: ActivityChanges;
    reason: string;
    previousOccurredOn: IsoDate;
    previous: ActivityRecord;
    record: ActivityRecord;
  }
>;
/** `previousOccurredOn` and `record`: the record's own date and the record as it stood when retracted. */
export type ActivityRecordRetracted = DomainEvent<
  'ActivityRecordRetracted',
  { occurredOn: IsoDate; activityId: string; reason: string; previousOccurredOn: IsoDate; record: ActivityRecord }
>;

export type ActivityHeldEvent =
  TrainingHeld | AcademicEventHeld | CompetitionHeld | PublicWelfareActivityHeld | ExchangeVisitHeld | StudySessionHeld;

export type ActivityEvent = ActivityHeldEvent | ActivitiesBackfilled | ActivityRecordCorrected | ActivityRecordRetracted;

/** The kind of activity each held event records (backfills carry `activityKind`). */
export const ACTIVITY_KIND_OF_EVENT = {
  TrainingHeld: 'training',
  AcademicEventHeld: 'academic',
  CompetitionHeld: 'competition',
  PublicWelfareActivityHeld: 'welfare',
  ExchangeVisitHeld: 'exchange',
  StudySessionHeld: 'study',
} as const satisfies Record<ActivityHeldEvent['type'], ActivityKind>;

export const ACTIVITY_EVENT_TYPES = [
  'TrainingHeld',
  'AcademicEventHeld',
  'CompetitionHeld',
  'PublicWelfareActivityHeld',
  'ExchangeVisitHeld',
  'StudySessionHeld',
  'ActivitiesBackfilled',
  'ActivityRecordCorrected',
  'ActivityRecordRetracted',
] as const satisfies readonly ActivityEvent['type'][];
