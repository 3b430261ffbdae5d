import { channels, DEFAULT_BYLAWS, reminder } from '@assocflow/domain';
import { handleCommand, IdempotencyKeyReused, toDomainEvent, type CommandContext } from '@assocflow/commanding';
import type { EventStore, RecordedEvent } from '@assocflow/eventstore';
import { deliveryIdOf, type DeliveryJob } from './delivery-job';
import { foldChannels, foldReminder } from './delivery-plan';

const reminders = { decider: reminder.reminderDecider, upcasters: reminder.reminderUpcasters };

/**
 * The event log is the record of what was delivered: delivery reads it before sending and
 * writes the outcome back to the reminder's stream. Outcome events get ids derived from the
 * delivery id (an Idempotency-Key), so recording one twice appends nothing.
 */
export class DeliveryLog {
  constructor(
    private readonly store: EventStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async reminder(tenant: string, reminderId: string): Promise<reminder.ReminderState> {
    const recorded = await this.store.readStream(reminder.toReminderStreamId(tenant, reminderId));
    return foldReminder(recorded.map((r) => toDomainEvent<reminder.ReminderEvent>(reminders.upcasters, r)));
  }

  /** The tenant's channels as configured before `position` (all of them when not given). */
  async channels(tenant: string, before?: bigint): Promise<channels.ChannelsState> {
    const recorded = await this.store.readStream(channels.toChannelsStreamId(tenant));
    const upTo = before === undefined ? recorded : recorded.filter((r: RecordedEvent) => r.position < before);
    return foldChannels(upTo.map((r) => toDomainEvent<channels.ChannelsEvent>(channels.channelsUpcasters, r)));
  }

  /** `timeZone`: the tenant's, in which the outcome's date (occurredOn) is taken. */
  async recordDelivered(job: DeliveryJob, attempts: number, timeZone?: string): Promise<void> {
    const at = this.now();
    await this.record(job, 'delivered', {
      type: 'RecordReminderDelivery',
      data: {
        reminderId: job.reminderId,
        channel: job.channel,
        deliveryId: deliveryIdOf(job),
        attempts,
        deliveredAt: at.toISOString(),
        deliveredOn: businessDate(at, timeZone),
      },
    });
  }

  async recordFailed(job: DeliveryJob, attempts: number, reason: string, timeZone?: string): Promise<void> {
    const at = this.now();
    await this.record(job, 'failed', {
      type: 'RecordReminderDeliveryFailure',
      data: {
        reminderId: job.reminderId,
        channel: job.channel,
        deliveryId: deliveryIdOf(job),
        attempts,
        reason,
        failedAt: at.toISOString(),
        failedOn: businessDate(at, timeZone),
      },
    });
  }

  private async record(job: DeliveryJob, outcome: string, command: reminder.ReminderCommand): Promise<void> {
    const deliveryId = deliveryIdOf(job);
    const context: CommandContext = {
      tenant: job.tenant,
      actor: 'worker:delivery',
      correlationId: deliveryId,
      idempotencyKey: `${deliveryId}.${outcome}`,
    };
    try {
      await handleCommand(this.store, reminders, reminder.toReminderStreamId(job.tenant, job.reminderId), command, context, {
        now: this.now,
      });
    } catch (error) {
      // Recorded before with other details (another attempt's time): the first record stands.
      if (!(error instanceof IdempotencyKeyReused)) throw error;
    }
  }
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The day in the tenant's time zone, Asia/Shanghai when unknown (occurredOn of the outcome events). */
export function businessDate(at: Date, timeZone: string | undefined): string {
  const zone = timeZone || DEFAULT_BYLAWS.timeZone;
  let format = dateFormats.get(zone);
  // Building a formatter costs far more than using one.
  if (!format)
    dateFormats.set(
      zone,
      (format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })),
    );
  return format.format(at);
}
