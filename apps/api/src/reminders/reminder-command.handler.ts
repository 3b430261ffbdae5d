import { Inject } from '@nestjs/common';
import { CommandHandler } from '@nestjs/cqrs';
import { reminder } from '@assocflow/domain';
import type { EventStore } from '@assocflow/eventstore';
import { EVENT_STORE } from '@assocflow/platform';
import { AggregateCommand } from '../commands/aggregate-command';
import { AggregateCommandHandler } from '../commands/aggregate-command.handler';

/** SendReminder comes from the worker; the API only acknowledges. */
export class ReminderCommandMessage extends AggregateCommand<reminder.ReminderCommand> {}

@CommandHandler(ReminderCommandMessage)
export class ReminderCommandHandler extends AggregateCommandHandler<
  reminder.ReminderCommand,
  reminder.ReminderEvent,
  reminder.ReminderState
> {
  constructor(@Inject(EVENT_STORE) store: EventStore) {
    super(store, { decider: reminder.reminderDecider, upcasters: reminder.reminderUpcasters });
  }
}
