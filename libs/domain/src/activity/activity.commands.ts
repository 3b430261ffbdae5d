import type { DomainCommand } from '../shared/decider';
import type { Count, IsoDate } from '../shared/values';
import type {
  ActivityChanges,
  ActivityKind,
  ActivityReach,
  BackfillExtras,
  ActivityMode,
  CompetitionFacts,
  Organizer,
  SourceRef,
  TrainingFacts,
  WelfareFacts,
} from './activity.events';

/** What every Record<Kind> command states about the activity. */
export interface HeldActivityInput {
  activityId: string;
  title: string;
  heldOn: IsoDate;
  endedOn?: IsoDate;
  organizer: Organizer;
  sessions: number;
  mode: ActivityMode;
  /** Defaults to all sessions when online and to none when offline; required when hybrid. */
  onlineSessions?: number;
  participants: Count;
  reach?: ActivityReach;
  series?: string;
}

export type RecordTraining = DomainCommand<'RecordTraining', HeldActivityInput & TrainingFacts>;
export type RecordAcademicEvent = DomainCommand<'RecordAcademicEvent', HeldActivityInput>;
export type RecordCompetition = DomainCommand<'RecordCompetition', HeldActivityInput & CompetitionFacts>;
export type RecordPublicWelfareActivity = DomainCommand<'RecordPublicWelfareActivity', HeldActivityInput & WelfareFacts>;
export type RecordExchangeVisit = DomainCommand<'RecordExchangeVisit', HeldActivityInput>;
export type RecordStudySession = DomainCommand<'RecordStudySession', HeldActivityInput>;
export type RecordActivitiesBackfill = DomainCommand<
  'RecordActivitiesBackfill',
  {
    /** See `activityBackfillId`: backfill-<kind>-<year>-<n>. */
    activityId: string;
    activityKind: ActivityKind;
    year: number;
    /** Absent when not stated. */
    sessions?: number;
    onlineSessions: number;
    participants: Count;
    title?: string;
    note: string;
    source: SourceRef;
  } & BackfillExtras
>;
export type CorrectActivityRecord = DomainCommand<
  'CorrectActivityRecord',
  { activityId: string; correctedOn: IsoDate; changes: ActivityChanges; reason: string }
>;
export type RetractActivityRecord = DomainCommand<'RetractActivityRecord', { activityId: string; retractedOn: IsoDate; reason: string }>;

export type ActivityCommand =
  | RecordTraining
  | RecordAcademicEvent
  | RecordCompetition
  | RecordPublicWelfareActivity
  | RecordExchangeVisit
  | RecordStudySession
  | RecordActivitiesBackfill
  | CorrectActivityRecord
  | RetractActivityRecord;
