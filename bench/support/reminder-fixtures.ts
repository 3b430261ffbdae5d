import { channels, reminder } from '@assocflow/domain';
import { handleCommand } from '@assocflow/commanding';
import type { EventStore } from '@assocflow/eventstore';

/** Writes what the api and the scheduler would: a tenant's channels, and reminders sent. */
export async function configureChannels(
  store: EventStore,
  tenant: string,
  options: { webhookUrl?: string; secret?: string; recipients?: string[] },
): Promise<void> {
  const aggregate = { decider: channels.channelsDecider, upcasters: channels.channelsUpcasters };
  const context = { tenant, actor: 'test', correlationId: `channels-${tenant}` };
  if (options.webhookUrl) {
    await handleCommand(
      store,
      aggregate,
      channels.toChannelsStreamId(tenant),
      {
        type: 'ConfigureWebhook',
        data: { url: options.webhookUrl, secret: options.secret!, configuredOn: '2028-01-01' },
      },
      context,
    );
  }
  if (options.recipients) {
    await handleCommand(
      store,
      aggregate,
      channels.toChannelsStreamId(tenant),
      { type: 'SetEmailRecipients', data: { recipients: options.recipients, setOn: '2028-01-01' } },
      context,
    );
  }
}

export async function sendReminder(store: EventStore, tenant: string, entityId: string): Promise<string> {
  const entity = { kind: 'branch', id: entityId };
  const reminderId = reminder.toReminderId('branch-renewal-30d', entity, '2028-06-01');
  await handleCommand(
    store,
    { decider: reminder.reminderDecider, upcasters: reminder.reminderUpcasters },
    reminder.toReminderStreamId(tenant, reminderId),
    {
      type: 'SendReminder',
      data: { reminderId, rule: 'branch-renewal-30d', entity, dueOn: '2028-06-01', channels: ['feed'], sentOn: '2028-05-02' },
    },
    { tenant, actor: 'test', correlationId: `send-${reminderId}` },
  );
  return reminderId;
}

/** Delivery outcome events recorded in the whole log. */
export async function deliveryOutcomes(store: EventStore): Promise<number> {
  return (await store.readAll({ filter: { eventTypes: [...reminder.REMINDER_DELIVERY_EVENT_TYPES] } })).length;
}

export async function waitFor(what: string, test: () => Promise<boolean> | boolean, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await test())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
