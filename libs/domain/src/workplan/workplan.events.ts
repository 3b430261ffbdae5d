import type { DomainEvent } from '../shared/decider';
import type { IsoDate } from '../shared/values';
import type { SummaryIndicatorKey } from './indicator-keys';

/** The sections a work plan (工作计划 / 工作要点) is written in. */
export const WORK_PLAN_SECTIONS = [
  'party',
  'academic',
  'training',
  'competition',
  'welfare',
  'research',
  'grants',
  'publicity',
  'self-building',
  'branches',
  'members',
  'meetings',
  'other',
] as const;
export type WorkPlanSection = (typeof WORK_PLAN_SECTIONS)[number];

export interface WorkPlanTarget {
  targetId: string;
  section: WorkPlanSection;
  description: string;
  /** The summary figure that measures it, e.g. branches.founded. */
  indicator?: SummaryIndicatorKey;
  /** "新成立分会3个": 3, measured by the indicator. */
  targetValue?: number;
  /** The specific things a target names, e.g. the planned new branches by name. */
  entities?: TargetEntity[];
}

/**
 * A thing a target names. `branchId`, when given, is the id the branch is founded under: it
 * matches the founding even when the branch's name differs from the plan's wording
 * (医疗管理康复分会 planned, 医疗康复管理分会 founded).
 */
export interface TargetEntity {
  kind: 'branch';
  name: string;
  branchId?: string;
}

/** An event that shows a target was worked on or met. */
export interface TargetEvidence {
  streamId: string;
  eventType: string;
  description?: string;
}

export type WorkPlanAdopted = DomainEvent<
  'WorkPlanAdopted',
  { occurredOn: IsoDate; year: number; documentNumber?: string; adoptedOn: IsoDate; targets: WorkPlanTarget[] }
>;
export type WorkPlanAmended = DomainEvent<
  'WorkPlanAmended',
  { occurredOn: IsoDate; year: number; added: WorkPlanTarget[]; removed: string[]; reason?: string }
>;
export type TargetLinked = DomainEvent<'TargetLinked', { occurredOn: IsoDate; year: number; targetId: string; evidence: TargetEvidence }>;

export type WorkPlanEvent = WorkPlanAdopted | WorkPlanAmended | TargetLinked;

export const WORKPLAN_EVENT_TYPES = [
  'WorkPlanAdopted',
  'WorkPlanAmended',
  'TargetLinked',
] as const satisfies readonly WorkPlanEvent['type'][];
