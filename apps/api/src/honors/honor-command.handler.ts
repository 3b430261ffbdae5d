import { Inject } from '@nestjs/common';
import { CommandHandler } from '@nestjs/cqrs';
import { honor } from '@assocflow/domain';
import type { EventStore } from '@assocflow/eventstore';
import { EVENT_STORE } from '@assocflow/platform';
import { AggregateCommand } from '../commands/aggregate-command';
import { AggregateCommandHandler } from '../commands/aggregate-command.handler';

export class HonorCommandMessage extends AggregateCommand<honor.HonorCommand> {}

@CommandHandler(HonorCommandMessage)
export class HonorCommandHandler extends AggregateCommandHandler<honor.HonorCommand, honor.HonorEvent, honor.HonorState> {
  constructor(@Inject(EVENT_STORE) store: EventStore) {
    super(store, { decider: honor.honorDecider, upcasters: honor.honorUpcasters, references: honor.branchReferences });
  }
}
