import { organization } from '@assocflow/domain';
import type { EventStore } from '@assocflow/eventstore';
import { localDateOf } from './calendar';
import { desiredTimers } from './desired-timers';
import { applyToSchedule, emptySchedule, recordedAtOf, SCHEDULE_CATEGORIES, type TenantSchedule } from './schedule-state';
import type { Timer } from './timer';
import { toScheduleEvent } from './upcasting';

/** One tenant's schedule, folded from its streams in the log. */
export async function loadTenantSchedule(store: EventStore, tenant: string): Promise<TenantSchedule> {
  const schedule = emptySchedule(tenant);
  const events = await store.readAll({ filter: { tenants: [tenant], categories: [...SCHEDULE_CATEGORIES] } });
  for (const recorded of events) applyToSchedule(schedule, recorded.streamId, toScheduleEvent(recorded), recordedAtOf(recorded.metadata));
  return schedule;
}

/** The schedule as people read it: every reminder still to go out (or owed now), in firing order. */
export interface ScheduleView {
  tenant: string;
  timeZone: string;
  /** The tenant-local date the schedule is for. */
  today: string;
  registered: boolean;
  timers: Timer[];
}

export function scheduleView(schedule: TenantSchedule, now: Date): ScheduleView {
  const bylaws = organization.effectiveBylaws(schedule.organization);
  return {
    tenant: schedule.tenant,
    timeZone: bylaws.timeZone,
    today: localDateOf(now, bylaws.timeZone),
    registered: schedule.organization.status === 'registered',
    timers: desiredTimers(schedule, bylaws, now),
  };
}
