import type { DomainCommand } from '../shared/decider';
import type { IsoDate } from '../shared/values';
import type { TargetEvidence, WorkPlanTarget } from './workplan.events';

export type AdoptWorkPlan = DomainCommand<
  'AdoptWorkPlan',
  { year: number; documentNumber?: string; adoptedOn: IsoDate; targets: WorkPlanTarget[] }
>;
/** Removes targets, then adds: removing and adding one id revises that target and keeps its evidence. */
export type AmendWorkPlan = DomainCommand<
  'AmendWorkPlan',
  { year: number; amendedOn: IsoDate; added?: WorkPlanTarget[]; removed?: string[]; reason?: string }
>;
/** Linking the same evidence (stream and event type) twice decides nothing. */
export type LinkTarget = DomainCommand<'LinkTarget', { year: number; targetId: string; evidence: TargetEvidence; linkedOn: IsoDate }>;

export type WorkPlanCommand = AdoptWorkPlan | AmendWorkPlan | LinkTarget;
