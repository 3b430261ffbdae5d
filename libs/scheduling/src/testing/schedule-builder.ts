import type { DomainEvent } from '@assocflow/domain';
import { applyToSchedule, emptySchedule, type TenantSchedule } from '../schedule-state';

/** Any event as tests write it: the schedule's fold takes the domain's own shapes. */
export type AnyEvent = { type: string; data: { occurredOn: string; [field: string]: unknown } };

/** A tenant's schedule from events given as [stream id, event] (tests). */
export function scheduleFrom(tenant: string, events: [streamId: string, event: AnyEvent][]): TenantSchedule {
  const schedule = emptySchedule(tenant);
  for (const [streamId, event] of events) applyToSchedule(schedule, streamId, event as DomainEvent);
  return schedule;
}
