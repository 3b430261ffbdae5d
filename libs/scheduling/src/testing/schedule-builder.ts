import type { DomainEvent } from '@assocflow/domain';
import { applyToSchedule, emptySchedule, type TenantSchedule } from '../schedule-state';

/** Any event as tests write it: the schedule's fold takes the domain's own shapes. */
export type AnyEvent = { type: string; data: { occurredOn: string; [field: string]: unknown } };

/**
 * A tenant's schedule from events given as [stream id, event, recorded at (ISO, optional)]
 * (tests); events without an instant are taken as recorded as they happened, never back-dated.
 */
export function scheduleFrom(tenant: string, events: [streamId: string, event: AnyEvent, recordedAt?: string][]): TenantSchedule {
  const schedule = emptySchedule(tenant);
  for (const [streamId, event, recordedAt] of events)
    applyToSchedule(schedule, streamId, event as DomainEvent, recordedAt === undefined ? undefined : Date.parse(recordedAt));
  return schedule;
}
