import type { TargetResult, TargetStatus } from '@assocflow/projections/yearly-summary';
import { figureWithUnit } from './indicator-units';
import type { ReportSummary, ReportTable } from './report.types';

/** How one language words the plan-versus-actual table. */
export interface PlanWording {
  lang: 'zh' | 'en';
  columns: [target: string, planned: string, actual: string, status: string];
  list(items: string[]): string;
  /** Named entities (planned branches): those that came about, those that did not. */
  entities(done: string[], missing: string[]): string;
  /** A target met by linked evidence alone. */
  evidence(count: number): string;
  none: string;
  status: Record<TargetStatus, string>;
}

function rowOf(t: TargetResult, w: PlanWording): string[] {
  const planned =
    t.status === 'unplanned'
      ? w.none
      : t.entities?.length
        ? w.list(t.entities.map((e) => e.name))
        : t.indicator && t.targetValue !== undefined
          ? figureWithUnit(w.lang, t.indicator, { value: t.targetValue, approximate: false })
          : w.none;
  const actual = t.entities?.length
    ? w.entities(
        t.entities.filter((e) => e.done).map((e) => e.name),
        t.entities.filter((e) => !e.done).map((e) => e.name),
      )
    : t.indicator && t.actual
      ? figureWithUnit(w.lang, t.indicator, t.actual)
      : t.evidence.length
        ? w.evidence(t.evidence.length)
        : w.none;
  return [t.description, planned, actual, w.status[t.status]];
}

/** Every target in plan order, a target not met included, then the unplanned achievements. */
export function planTable(targets: TargetResult[], wording: PlanWording): ReportTable {
  return { columns: [...wording.columns], rows: targets.map((t) => rowOf(t, wording)) };
}

/** How many targets of the plan fared how; `planned` leaves out unplanned achievements. */
export function planTally(targets: TargetResult[]): Record<TargetStatus, number> & { planned: number } {
  const tally = { met: 0, 'partly-met': 0, 'not-met': 0, unplanned: 0, planned: 0 };
  for (const t of targets) {
    tally[t.status] += 1;
    if (t.status !== 'unplanned') tally.planned += 1;
  }
  return tally;
}

/** Whether the report prints a lower bound (余 / +), so it explains the mark. */
export function hasLowerBound(summary: ReportSummary): boolean {
  return (
    Object.values(summary.indicators).some((f) => f.approximate && f.value > 0) ||
    Object.values(summary.custom).some((c) => c.approximate && c.value > 0)
  );
}
