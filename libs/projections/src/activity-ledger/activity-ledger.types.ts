import type { Count, IsoDate, activity } from '@assocflow/domain';

/**
 * One activity of the year: a held activity (培训, 学术活动 …) as it stands after corrections,
 * or a backfilled total (`backfilled: true`) a source gives only as a total.
 */
export interface ActivityLedgerRow {
  activityId: string;
  kind: activity.ActivityKind;
  /** A held activity's title; a backfilled total's name, when one was given (it has a note too). */
  title?: string;
  /** The day it was held; for a backfilled total, the last day of its year. */
  occurredOn: IsoDate;
  endedOn?: IsoDate;
  /** Held activities only. */
  organizer?: activity.Organizer;
  /** 场次 (0 when a total does not state them: `sessionsUnstated`). */
  sessions: number;
  /** Backfilled totals: the document states no 场次, so none is said. */
  sessionsUnstated?: true;
  /** Backfilled totals: of activities the branches organized (各专委会). */
  byBranches?: boolean;
  /** Held activities: the series it is one of (科普讲座). */
  series?: string;
  /** 其中线上. */
  onlineSessions: number;
  /** Held activities only. */
  mode?: activity.ActivityMode;
  /** 人次, with `approximate` when the source gave a lower bound (余/逾). */
  participants: Count;
  /** Trainings: participants who passed the assessment. */
  passed?: number;
  /** Trainings: a 继续医学教育 credit project. */
  cmeCreditProject?: boolean;
  /** Competitions: teams taking part. */
  teams?: number;
  /** Welfare activities and totals: people served (义诊群众). */
  peopleServed?: Count;
  /** Held activities: who and what else it reached (viewers online, experts, institutions…), when stated. */
  reach?: activity.ActivityReach;
  backfilled?: true;
  /** Backfilled totals: the figure as the source words it, and where it was read. */
  note?: string;
  source?: activity.SourceRef;
  /** Backfilled totals: 场次 given as a lower bound ("100余场"). */
  sessionsApproximate?: boolean;
  /** Backfilled training totals: CME credit projects among them. */
  cmeCreditProjects?: number;
}

/** 活动台账 of a tenant and year, key `<tenant>/<year>`: every activity held in the year and every total backfilled for it. */
export interface ActivityLedgerDoc {
  tenant: string;
  year: number;
  activities: Record<string, ActivityLedgerRow>;
}

/** Activities, sessions and participants counted together. */
export interface ActivityTally {
  activities: number;
  sessions: number;
  participants: Count;
}

export type TallyByKind = Record<activity.ActivityKind, ActivityTally>;

/**
 * The year's activities by month (of the day held) and kind, for the dashboard chart; backfilled
 * totals name no month and are counted apart, in `wholeYear`.
 */
export interface ActivitiesByMonthAndKind {
  year: number;
  months: { month: number; kinds: TallyByKind }[];
  wholeYear: TallyByKind;
}
