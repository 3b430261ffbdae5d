import { handleCommand } from '@assocflow/commanding';
import { organization, reminder } from '@assocflow/domain';
import type { EventStore } from '@assocflow/eventstore';
import type { Clock } from './clock';
import { localDateOf } from './calendar';
import { dueTimer } from './desired-timers';
import { loadEntitySchedule } from './entity-schedule';
import { loadTenantSchedule } from './tenant-schedule';
import type { Timer } from './timer';

/** Every scheduled reminder goes into the feed and out by webhook and e-mail (where the tenant set them up). */
export const SCHEDULED_CHANNELS: readonly string[] = ['feed', ...reminder.DELIVERY_CHANNELS];

export const SCHEDULER_ACTOR = 'scheduler';

export type FireOutcome = 'recorded' | 'already-sent' | 'no-longer-due';

/**
 * What a timer job does when it runs: checks against the log, as it is now, that the reminder
 * is still owed, and records ReminderSent through the reminder's decider, which sends a
 * reminder id once, so a job run twice (at-least-once delivery, two workers) records once.
 * A catch-up digest is checked against the tenant's whole schedule: it covers several entities.
 */
export async function fireTimer(store: EventStore, timer: Timer, clock: Clock): Promise<FireOutcome> {
  const schedule =
    timer.kind === 'catch-up-digest' ? await loadTenantSchedule(store, timer.tenant) : await loadEntitySchedule(store, timer);
  if (schedule.sent.has(timer.reminderId)) return 'already-sent';
  const bylaws = organization.effectiveBylaws(schedule.organization);
  const now = clock.now();
  const due = dueTimer(schedule, bylaws, now, timer.jobId);
  if (!due) return 'no-longer-due';
  const result = await handleCommand(
    store,
    { decider: reminder.reminderDecider, upcasters: reminder.reminderUpcasters },
    reminder.toReminderStreamId(due.tenant, due.reminderId),
    {
      type: 'SendReminder',
      data: {
        reminderId: due.reminderId,
        rule: due.rule,
        entity: due.entity,
        dueOn: due.dueOn,
        channels: [...SCHEDULED_CHANNELS],
        sentOn: localDateOf(now, bylaws.timeZone),
        audience: due.audience,
        scheduledFor: due.fireAt,
        timeZone: due.timeZone,
        ...(due.escalation !== undefined ? { escalation: due.escalation } : {}),
        ...(due.subject !== undefined ? { subject: due.subject } : {}),
        ...(due.covers !== undefined ? { covers: due.covers } : {}),
      },
    },
    { tenant: due.tenant, actor: SCHEDULER_ACTOR, correlationId: due.jobId },
    { now: () => clock.now() },
  );
  return result.events.length > 0 ? 'recorded' : 'already-sent';
}
