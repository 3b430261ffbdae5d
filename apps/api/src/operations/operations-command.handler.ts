import { Inject } from '@nestjs/common';
import { CommandHandler } from '@nestjs/cqrs';
import { operations } from '@assocflow/domain';
import type { EventStore } from '@assocflow/eventstore';
import { EVENT_STORE } from '@assocflow/platform';
import { AggregateCommand } from '../commands/aggregate-command';
import { AggregateCommandHandler } from '../commands/aggregate-command.handler';

export class OperationsCommandMessage extends AggregateCommand<operations.OperationsCommand> {}

@CommandHandler(OperationsCommandMessage)
export class OperationsCommandHandler extends AggregateCommandHandler<
  operations.OperationsCommand,
  operations.OperationsEvent,
  operations.OperationsState
> {
  constructor(@Inject(EVENT_STORE) store: EventStore) {
    super(store, { decider: operations.operationsDecider, upcasters: operations.operationsUpcasters });
  }
}
