import type { ActivitiesByMonthAndKind } from '@assocflow/projections/registers';
import type { ActivityCell } from './view/charts';

/** The activity ledger's tally by month and kind as chart cells; backfilled totals name no month. */
export function activityCellsOf(tally: ActivitiesByMonthAndKind): ActivityCell[] {
  const cells: ActivityCell[] = [];
  for (const { month, kinds } of tally.months) {
    for (const [kind, t] of Object.entries(kinds))
      if (t.sessions > 0 || t.participants.value > 0) cells.push({ kind, month, sessions: t.sessions, participants: t.participants.value });
  }
  for (const [kind, t] of Object.entries(tally.wholeYear))
    if (t.sessions > 0 || t.participants.value > 0) cells.push({ kind, sessions: t.sessions, participants: t.participants.value });
  return cells;
}
