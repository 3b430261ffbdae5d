import { channels, foldEvents, reminder } from '@assocflow/domain';

/**
 * The channels a reminder goes out over: those the tenant had configured when the reminder was
 * sent (so re-reading the log later never reaches a channel added since), less those whose
 * outcome is already on the record.
 */
export function channelsToDeliver(configured: channels.ChannelsState, state: reminder.ReminderState): reminder.DeliveryChannel[] {
  if (state.status !== 'sent' || configured.status !== 'configured') return [];
  const wanted: reminder.DeliveryChannel[] = [];
  if (configured.webhook) wanted.push('webhook');
  if (configured.emailRecipients.length > 0) wanted.push('email');
  return wanted.filter((channel) => !state.deliveries[channel]);
}

export const foldChannels = (events: channels.ChannelsEvent[]): channels.ChannelsState => foldEvents(channels.channelsDecider, events);
export const foldReminder = (events: reminder.ReminderEvent[]): reminder.ReminderState => foldEvents(reminder.reminderDecider, events);
