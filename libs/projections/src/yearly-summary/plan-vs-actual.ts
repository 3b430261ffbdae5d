import type { workplan } from '@assocflow/domain';
import { branchesFoundedIn } from './ledger';
import { own } from '../shared/document-helpers';
import type { PlanVsActual, SummaryIndicators, SummaryLedger, TargetResult, TargetStatus } from './summary.document';

/** Plan and founding records name a branch the same way, give or take surrounding spaces. */
export const sameName = (a: string, b: string): boolean => a.trim() === b.trim();

/** A planned branch is the one founded under the id the plan gives it, or under its name. */
const isPlanned = (entity: workplan.TargetEntity, b: { branchId: string; name: string }): boolean =>
  (entity.branchId !== undefined && entity.branchId === b.branchId) || sameName(entity.name, b.name);

function byShare(done: number, of: number): TargetStatus {
  return done >= of ? 'met' : done > 0 ? 'partly-met' : 'not-met';
}

/**
 * How a target fared:
 * - naming entities (planned branches): met per entity when a branch of that name was founded
 *   in the year; met if all, partly met if some, not met if none;
 * - an indicator with a target value: met when actual >= target, partly met when 0 < actual < target,
 *   not met when 0;
 * - otherwise met when evidence was linked (TargetLinked), or when it names an indicator (without
 *   a value) that is above 0; not met else.
 */
function resultOf(
  target: workplan.WorkPlanTarget,
  linked: workplan.TargetEvidence[],
  indicators: SummaryIndicators,
  founded: ReturnType<typeof branchesFoundedIn>,
): TargetResult {
  const actual = target.indicator ? indicators[target.indicator] : undefined;
  const base = {
    targetId: target.targetId,
    section: target.section,
    description: target.description,
    ...(target.indicator ? { indicator: target.indicator } : {}),
    ...(target.targetValue !== undefined ? { targetValue: target.targetValue } : {}),
    ...(actual ? { actual: { value: actual.value, approximate: actual.approximate } } : {}),
  };
  const evidence = linked.map((e) => ({ ...e }));
  if (target.entities?.length) {
    const entities = target.entities.map((entity) => {
      const match = entity.kind === 'branch' ? founded.find((b) => isPlanned(entity, b)) : undefined;
      if (match) evidence.push({ streamId: match.streamId, eventType: 'BranchFounded', description: match.name.trim() });
      return { name: entity.name.trim(), done: match !== undefined };
    });
    return { ...base, entities, status: byShare(entities.filter((e) => e.done).length, entities.length), evidence };
  }
  if (actual && target.targetValue !== undefined) {
    const status: TargetStatus = actual.value >= target.targetValue ? 'met' : actual.value > 0 ? 'partly-met' : 'not-met';
    return { ...base, status, evidence };
  }
  const status: TargetStatus = evidence.length > 0 || (actual !== undefined && actual.value > 0) ? 'met' : 'not-met';
  return { ...base, status, evidence };
}

/** The plan's targets against the year's figures, then one `unplanned` entry per branch founded that no target names. */
export function planVsActualOf(ledger: SummaryLedger, year: number, indicators: SummaryIndicators): PlanVsActual | undefined {
  const plan = ledger.plan;
  if (!plan) return undefined;
  const founded = branchesFoundedIn(ledger, year);
  const targets = plan.targets.map((t) => resultOf(t, own(plan.evidence, t.targetId) ?? [], indicators, founded));
  const planned = plan.targets.flatMap((t) => (t.entities ?? []).filter((e) => e.kind === 'branch'));
  for (const b of founded) {
    if (planned.some((entity) => isPlanned(entity, b))) continue;
    targets.push({
      targetId: `unplanned:branch:${b.branchId}`,
      section: 'branches',
      description: b.name.trim(),
      entities: [{ name: b.name.trim(), done: true }],
      status: 'unplanned',
      evidence: [{ streamId: b.streamId, eventType: 'BranchFounded', description: b.name.trim() }],
    });
  }
  return { adoptedOn: plan.adoptedOn, ...(plan.documentNumber ? { documentNumber: plan.documentNumber } : {}), targets };
}
