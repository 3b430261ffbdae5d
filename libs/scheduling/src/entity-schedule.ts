import { organization, reminder, type DomainEvent } from '@assocflow/domain';
import type { EventStore, RecordedEvent } from '@assocflow/eventstore';
import { applyToSchedule, emptySchedule, recordedAtOf, type TenantSchedule } from './schedule-state';
import type { Timer } from './timer';
import { toScheduleEvent } from './upcasting';

/**
 * The part of a tenant's schedule one timer depends on, read from the log now (not from any
 * copy that may lag): the organization, the entity's own stream(s), and the reminder's stream.
 */
export async function loadEntitySchedule(
  store: EventStore,
  timer: Pick<Timer, 'tenant' | 'reminderId' | 'entity'>,
): Promise<TenantSchedule> {
  const { tenant, entity } = timer;
  const reads: Promise<RecordedEvent[]>[] = [
    store.readStream(organization.toOrganizationStreamId(tenant)),
    store.readStream(reminder.toReminderStreamId(tenant, timer.reminderId)),
  ];
  if (entity.kind === 'branch') reads.push(store.readStream(`branch-${tenant}.${entity.id}`));
  else if (entity.kind === 'meeting') reads.push(store.readStream(`meetings-${tenant}.${entity.id.slice(0, entity.id.indexOf('.'))}`));
  else if (entity.kind === 'body') reads.push(store.readAll({ filter: { categories: ['meetings', 'meetingtotals'], tenants: [tenant] } }));
  const schedule = emptySchedule(tenant);
  const events = (await Promise.all(reads)).flat().sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0));
  for (const recorded of events)
    applyToSchedule(schedule, recorded.streamId, toScheduleEvent(recorded) as DomainEvent, recordedAtOf(recorded.metadata));
  return schedule;
}
