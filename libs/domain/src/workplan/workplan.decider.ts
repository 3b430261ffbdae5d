import { unreachable, type Decider } from '../shared/decider';
import type { IsoDate } from '../shared/values';
import { isSummaryIndicatorKey } from './indicator-keys';
import type { WorkPlanCommand } from './workplan.commands';
import { WORK_PLAN_SECTIONS, type TargetEvidence, type WorkPlanEvent, type WorkPlanTarget } from './workplan.events';
import {
  DuplicateTargetId,
  EmptyAmendment,
  InvalidTargetValue,
  TargetNotFound,
  TargetValueNeedsIndicator,
  UnknownSummaryIndicator,
  UnknownWorkPlanSection,
  WorkPlanAlreadyAdopted,
  WorkPlanNotFound,
} from './workplan.errors';

export type WorkPlanState =
  | { status: 'unknown' }
  | {
      status: 'adopted';
      year: number;
      adoptedOn: IsoDate;
      targets: WorkPlanTarget[];
      /** targetId -> evidence linked to it; a removed target's evidence goes with it. */
      evidence: Record<string, TargetEvidence[]>;
    };

type Adopted = Extract<WorkPlanState, { status: 'adopted' }>;

function requireAdopted(state: WorkPlanState, year: number): Adopted {
  if (state.status !== 'adopted') throw new WorkPlanNotFound(year);
  return state;
}

function requireUnique(ids: string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new DuplicateTargetId(id);
    seen.add(id);
  }
}

function validTarget(t: WorkPlanTarget): WorkPlanTarget {
  if (!(WORK_PLAN_SECTIONS as readonly string[]).includes(t.section)) throw new UnknownWorkPlanSection(t.targetId, t.section);
  if (t.indicator !== undefined && !isSummaryIndicatorKey(t.indicator)) throw new UnknownSummaryIndicator(t.targetId, t.indicator);
  if (t.targetValue !== undefined) {
    if (t.indicator === undefined) throw new TargetValueNeedsIndicator(t.targetId);
    if (!Number.isFinite(t.targetValue) || t.targetValue < 0) throw new InvalidTargetValue(t.targetId, t.targetValue);
  }
  return {
    targetId: t.targetId,
    section: t.section,
    description: t.description,
    ...(t.indicator !== undefined ? { indicator: t.indicator } : {}),
    ...(t.targetValue !== undefined ? { targetValue: t.targetValue } : {}),
    ...(t.entities?.length
      ? { entities: t.entities.map((e) => ({ kind: e.kind, name: e.name, ...(e.branchId !== undefined ? { branchId: e.branchId } : {}) })) }
      : {}),
  };
}

const sameEvidence = (a: TargetEvidence, b: TargetEvidence) => a.streamId === b.streamId && a.eventType === b.eventType;

export function decide(command: WorkPlanCommand, state: WorkPlanState): WorkPlanEvent[] {
  switch (command.type) {
    case 'AdoptWorkPlan': {
      const c = command.data;
      if (state.status === 'adopted') throw new WorkPlanAlreadyAdopted(c.year);
      requireUnique(c.targets.map((t) => t.targetId));
      return [
        {
          type: 'WorkPlanAdopted',
          data: {
            occurredOn: c.adoptedOn,
            year: c.year,
            ...(c.documentNumber ? { documentNumber: c.documentNumber } : {}),
            adoptedOn: c.adoptedOn,
            targets: c.targets.map(validTarget),
          },
        },
      ];
    }
    case 'AmendWorkPlan': {
      const c = command.data;
      const plan = requireAdopted(state, c.year);
      const added = c.added ?? [];
      const removed = c.removed ?? [];
      if (!added.length && !removed.length) throw new EmptyAmendment(c.year);
      requireUnique(removed);
      requireUnique(added.map((t) => t.targetId));
      const existing = new Set(plan.targets.map((t) => t.targetId));
      for (const id of removed) if (!existing.has(id)) throw new TargetNotFound(id, c.year);
      for (const t of added) if (existing.has(t.targetId) && !removed.includes(t.targetId)) throw new DuplicateTargetId(t.targetId);
      return [
        {
          type: 'WorkPlanAmended',
          data: {
            occurredOn: c.amendedOn,
            year: c.year,
            added: added.map(validTarget),
            removed,
            ...(c.reason ? { reason: c.reason } : {}),
          },
        },
      ];
    }
    case 'LinkTarget': {
      const c = command.data;
      const plan = requireAdopted(state, c.year);
      if (!plan.targets.some((t) => t.targetId === c.targetId)) throw new TargetNotFound(c.targetId, c.year);
      if ((plan.evidence[c.targetId] ?? []).some((e) => sameEvidence(e, c.evidence))) return [];
      const { streamId, eventType, description } = c.evidence;
      return [
        {
          type: 'TargetLinked',
          data: {
            occurredOn: c.linkedOn,
            year: c.year,
            targetId: c.targetId,
            evidence: { streamId, eventType, ...(description ? { description } : {}) },
          },
        },
      ];
    }
    default:
      return unreachable(command);
  }
}

export function evolve(state: WorkPlanState, event: WorkPlanEvent): WorkPlanState {
  switch (event.type) {
    case 'WorkPlanAdopted':
      return { status: 'adopted', year: event.data.year, adoptedOn: event.data.adoptedOn, targets: event.data.targets, evidence: {} };
    case 'WorkPlanAmended': {
      if (state.status !== 'adopted') return state;
      const { added, removed } = event.data;
      const kept = state.targets.filter((t) => !removed.includes(t.targetId));
      const addedIds = added.map((t) => t.targetId);
      const evidence = Object.fromEntries(Object.entries(state.evidence).filter(([id]) => !removed.includes(id) || addedIds.includes(id)));
      return { ...state, targets: [...kept, ...added], evidence };
    }
    case 'TargetLinked': {
      if (state.status !== 'adopted') return state;
      const { targetId, evidence } = event.data;
      return { ...state, evidence: { ...state.evidence, [targetId]: [...(state.evidence[targetId] ?? []), evidence] } };
    }
    default:
      return unreachable(event);
  }
}

export const initialState = (): WorkPlanState => ({ status: 'unknown' });

export const workPlanDecider: Decider<WorkPlanCommand, WorkPlanEvent, WorkPlanState> = { decide, evolve, initialState };
