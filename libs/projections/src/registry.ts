import type { Projection } from './projection';
import {
  activityLedgerProjection,
  branchRegistryProjection,
  grantsLedgerProjection,
  meetingRegisterProjection,
  remindersFeedProjection,
  reportsRegisterProjection,
} from './registers';
import { yearlySummaryProjection } from './yearly-summary';

/** Every read model the worker keeps up to date and the cli can rebuild. */
export const PROJECTIONS: Projection<unknown>[] = [
  yearlySummaryProjection,
  branchRegistryProjection,
  meetingRegisterProjection,
  grantsLedgerProjection,
  reportsRegisterProjection,
  remindersFeedProjection,
  activityLedgerProjection,
] as Projection<unknown>[];

export function projectionNamed(name: string): Projection<unknown> | undefined {
  return PROJECTIONS.find((p) => p.name === name);
}
