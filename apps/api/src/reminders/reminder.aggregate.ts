import { catalogueEntry } from '@assocflow/commanding';
import { reminder } from '@assocflow/domain';

export const reminderAggregate = catalogueEntry({
  name: 'reminder',
  commands: { SendReminder: true, AcknowledgeReminder: true, RecordReminderDelivery: true, RecordReminderDeliveryFailure: true },
  toStreamId: reminder.toReminderStreamId,
  decider: reminder.reminderDecider,
  upcasters: reminder.reminderUpcasters,
});
