import type { CountMarker, operations, PeopleUnit } from '@assocflow/domain';
import type { activity, IsoDate, meeting, organization, ranking, report, work, workplan } from '@assocflow/domain';

export type SummaryIndicatorKey = workplan.SummaryIndicatorKey;

/** A figure as the summary states it: approximate when any part of it was 余 / 逾 / 近. */
export interface IndicatorValue {
  value: number;
  approximate: boolean;
  /**
   * How the figure is approximate when it is not the default lower bound (余): 近 when every
   * inexact part said 近, 约 when 近 and 余 parts are mixed; the parts' own word when they share one.
   */
  marker?: CountMarker;
  /** 人 when every part counted persons; absent: person-times (人次) or not of people. */
  unit?: PeopleUnit;
}

/** Exactly the keys of `SUMMARY_INDICATOR_KEYS`: the public contract API consumers read. */
export type SummaryIndicators = Record<SummaryIndicatorKey, IndicatorValue>;

/** An organization-defined figure (IndicatorRecorded), under `custom.<key>`. */
export interface CustomIndicator {
  label: string;
  unit?: string;
  /** A count, an amount or a decimal (17.26 with unit %). */
  value: number;
  approximate: boolean;
  marker?: CountMarker;
}

/** 党建, 学术, 培训, 竞赛, 公益, 调研, 科研资助, 宣传, 自身建设: the keys follow the work-plan sections. */
export type SummarySectionKey =
  | 'party'
  | 'academic'
  | 'training'
  | 'competition'
  | 'welfare'
  | 'exchange'
  | 'research'
  | 'grants'
  | 'publicity'
  | 'self-building'
  | 'emergency';

export interface SummarySection {
  key: SummarySectionKey;
  /** As the summaries title it, e.g. 自身建设. */
  title: string;
  indicators: SummaryIndicatorKey[];
}

export type TargetStatus = 'met' | 'partly-met' | 'not-met' | 'unplanned';

export interface TargetResult {
  targetId: string;
  section: workplan.WorkPlanSection;
  description: string;
  indicator?: SummaryIndicatorKey;
  targetValue?: number;
  /** The year's figure of `indicator`, as in `indicators`. */
  actual?: IndicatorValue;
  /** Per named entity (a planned branch): whether it came about that year. */
  entities?: { name: string; done: boolean }[];
  status: TargetStatus;
  /** TargetLinked evidence, then the founding events that fulfil named entities. */
  evidence: workplan.TargetEvidence[];
}

export interface FoundedBranch {
  name: string;
  foundedOn: IsoDate;
}

export interface PlanVsActual {
  adoptedOn: IsoDate;
  documentNumber?: string;
  /** The plan's targets in plan order (after amendments), then one `unplanned` entry per branch founded outside the plan. */
  targets: TargetResult[];
}

export interface YearlySummaryDocument {
  tenant: string;
  year: number;
  /**
   * Whether anything is recorded for this year. False for a document that exists only because it
   * carries branch and member history forward from earlier years (its year-end figures are still
   * right as far as known), or because a retraction that does not name its year looked back into it.
   */
  recorded: boolean;
  indicators: SummaryIndicators;
  /** A hospital's operating figures (门诊, 手术, 药占比 …) as its statistical return states them, when recorded. */
  operations?: operations.OperatingFigure[];
  /** The year's work records (工作记录) as stated, in the order recorded: a report names the titled ones (其中) and keeps 万. */
  work?: WorkLine[];
  /** The year's regulations by named set (RegulationAdopted with `set`), in the order first recorded: parts of regulations.adopted / revised. */
  regulationSets?: RegulationSetLine[];
  /** The year's rankings (排名) as stated, in the order recorded: each with its ranks by scope, never summed. */
  rankings?: RankingLine[];
  /** `custom.<key>` -> the latest recording of that figure for the year. */
  custom: Record<string, CustomIndicator>;
  sections: SummarySection[];
  /** Present when a work plan was adopted for the year. */
  planVsActual?: PlanVsActual;
  /** Branches founded in the year (BranchFounded), in founding order: a report names them. */
  branchesFounded: FoundedBranch[];
  /** What the figures are derived from; internal to the projection, rebuilt from events alone. */
  ledger: SummaryLedger;
}

// ---------------------------------------------------------------------------------------------
// The ledger: per-record state and contributions, and the carried-forward tables.
// ---------------------------------------------------------------------------------------------

/** What a record adds to the year's figures; keys absent add nothing. */
export type Contribution = Partial<Record<SummaryIndicatorKey, IndicatorValue>>;

/** A held activity or a backfilled total, reduced to what the figures need. */
export interface ActivitySummaryRecord {
  family: 'activity';
  kind: activity.ActivityKind;
  backfill: boolean;
  /** The day held, or the backfill's last day of the year. */
  on: IsoDate;
  sessions: number;
  onlineSessions: number;
  participants: IndicatorValue;
  cmeCreditProject?: boolean;
  passed?: number;
  peopleServed?: IndicatorValue;
  /** A backfill's sessions are a lower bound (100余场). */
  sessionsApproximate?: boolean;
  /** CME credit projects a training backfill states. */
  cmeCreditProjects?: number;
}

/** An own grant (award, conclusion), an external grant, or a backfilled total of awards. */
export interface GrantSummaryRecord {
  family: 'grant';
  awardedOn?: IsoDate;
  /** 1 for a grant, the stated count for a backfill. */
  awardedCount?: number;
  /** Of them, youth programme (青年项目) grants: 1 for a youth grant, a backfill's stated youthCount. */
  youthCount?: number;
  amountYuan?: number;
  concludedOn?: IsoDate;
  externalWonOn?: IsoDate;
  /** What the external funder granted, when stated (省科技厅 20万元). */
  externalAmountYuan?: number;
}

/** An issued report and its submissions; a doc of a submission year may know only the submissions. */
export interface ReportSummaryRecord {
  family: 'report';
  issuedOn?: IsoDate;
  kind?: report.ReportKind;
  published?: boolean;
  /** Issues of a journal or newsletter record. */
  issues?: number;
  copies?: number;
  submittedOn: IsoDate[];
}

export interface PublicationsSummaryRecord {
  family: 'publications';
  on: IsoDate;
  issues?: IndicatorValue;
  copies?: IndicatorValue;
  posts?: IndicatorValue;
}

/**
 * An honor received (by the organization, a branch or a person; or by `recipients` counted
 * together, staff or members' projects), or one it awarded to `awardees`.
 */
export interface HonorSummaryRecord {
  family: 'honor';
  on: IsoDate;
  recipient?: 'organization' | 'branch' | 'person' | 'staff' | 'member-projects';
  recipients?: IndicatorValue;
  awardees?: IndicatorValue;
}

export interface MeetingSummaryRecord {
  family: 'meeting';
  on: IsoDate;
  body: meeting.MeetingBody;
  /** Meetings a backfilled total counts (会长办公会 3 次); 1 for a meeting held. */
  count?: number;
}

export interface RegulationSummaryRecord {
  family: 'regulation';
  on: IsoDate;
  mode: organization.RegulationMode;
  count: number;
  /** The count is a lower bound (90余项). */
  approximate?: boolean;
}

export interface PartyUnitSummaryRecord {
  family: 'party-unit';
  on: IsoDate;
  /** Units this record founds (新建18个党支部); 1 when absent. */
  count?: number;
  /** 党总支 general-branch, 党支部 branch, 党小组 group. */
  kind?: organization.PartyUnitKind;
}

export type SummaryRecord =
  | ActivitySummaryRecord
  | GrantSummaryRecord
  | ReportSummaryRecord
  | PublicationsSummaryRecord
  | HonorSummaryRecord
  | MeetingSummaryRecord
  | RegulationSummaryRecord
  | PartyUnitSummaryRecord
  | AllianceSummaryRecord
  | WorkSummaryRecord;

/** A work record (工作记录): its measure's figure, on its day or the last day of its year. */
export interface WorkSummaryRecord {
  family: 'work';
  on: IsoDate;
  measure: work.WorkMeasure;
  count: IndicatorValue;
}

/** A work record of the year as its source states it (2.3万台次, 80余次), with its title when it has one. */
export interface WorkLine {
  recordId: string;
  measure: work.WorkMeasure;
  count: work.WorkRecord['count'];
  title?: string;
}

/** A named set of the year's regulations (应急管理制度 90余项), adopted or revised: its records summed. */
export interface RegulationSetLine {
  mode: organization.RegulationMode;
  set: string;
  count: IndicatorValue;
}

/** A ranking of the year (排名): who or what was ranked, in which assessment, its ranks by scope (第39位; 第64位 of 533). */
export interface RankingLine {
  rankingId: string;
  subject: string;
  assessment: string;
  assessedBy?: string;
  /** The report section that states it. */
  section: ranking.RankingSection;
  results: ranking.RankingResult[];
  source?: ranking.RankingSource;
}

/** An alliance (联盟) founded, with its member institutions at founding. */
export interface AllianceSummaryRecord {
  family: 'alliance';
  on: IsoDate;
  members: IndicatorValue;
}

/** A running sum of the records' contributions to one figure; approximate while any part is. */
export interface RunningTotal {
  value: number;
  /** How many of the parts summed are approximate. */
  approximateParts: number;
  /** How many parts are summed, and of them how many counted persons (人): all of them makes the sum 人. */
  parts?: number;
  persons?: number;
  /** The approximate parts by the word that made them so (余 when none was stated). */
  markers?: Partial<Record<CountMarker, number>>;
}

/**
 * A branch as known from its events up to this year's end (only events of the ten preceding
 * years reach a document: see keys.ts).
 */
export interface BranchEntry {
  streamId: string;
  name?: string;
  foundedOn?: IsoDate;
  registeredOn?: IsoDate;
  /** Renewal due date: the term end, or later when a postponement was approved. */
  dueOn?: IsoDate;
  renewedOn: IsoDate[];
  partyGroup: boolean;
  partyGroupFormedOn?: IsoDate;
  dissolvedOn?: IsoDate;
  /** 筹备: the day its preparation was approved (it is a branch once founded). */
  preparingSince?: IsoDate;
  /** The days its sub-groups (学组) were set up. */
  subgroupsSetUpOn?: IsoDate[];
}

/** A member as known from its events up to this year's end; a DuesPaid alone shows it exists. */
export interface MemberEntry {
  joinedOn?: IsoDate;
  leftOn?: IsoDate;
}

export interface PlanEntry {
  adoptedOn: IsoDate;
  documentNumber?: string;
  targets: workplan.WorkPlanTarget[];
  evidence: Record<string, workplan.TargetEvidence[]>;
}

export interface SummaryLedger {
  /** Events of this very year (by business date or stated year) that reached the document. */
  eventsInYear: number;
  /** Records that events of other years (corrections) moved into this year, less those they moved out. */
  recordsFromOtherYears: number;
  /** The records' contributions to this year, summed as records come, change and go. */
  totals: Partial<Record<SummaryIndicatorKey, RunningTotal>>;
  branches: Record<string, BranchEntry>;
  members: Record<string, MemberEntry>;
  /** Membership figures as a document states them (MembershipTotalsRecorded / Corrected). */
  membershipStated?: { joined?: IndicatorValue; activeAtYearEnd?: IndicatorValue };
  /** A hospital's operating figures of the year, as last recorded (OperatingStatisticsRecorded). */
  operations?: operations.OperatingFigure[];
  /** The year's work records by id, in the order recorded. */
  work?: Record<string, WorkLine>;
  /** The year's regulation sets by `<mode>:<set>`, in the order first recorded. */
  regulationSets?: Record<string, RegulationSetLine>;
  /** The year's rankings by id, in the order recorded. */
  rankings?: Record<string, RankingLine>;
  plan?: PlanEntry;
}
