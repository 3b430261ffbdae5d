import { Inject } from '@nestjs/common';
import { CommandHandler } from '@nestjs/cqrs';
import { work } from '@assocflow/domain';
import type { EventStore } from '@assocflow/eventstore';
import { EVENT_STORE } from '@assocflow/platform';
import { AggregateCommand } from '../commands/aggregate-command';
import { AggregateCommandHandler } from '../commands/aggregate-command.handler';

export class WorkCommandMessage extends AggregateCommand<work.WorkCommand> {}

@CommandHandler(WorkCommandMessage)
export class WorkCommandHandler extends AggregateCommandHandler<work.WorkCommand, work.WorkEvent, work.WorkState> {
  constructor(@Inject(EVENT_STORE) store: EventStore) {
    super(store, { decider: work.workDecider, upcasters: work.workUpcasters, references: work.branchReferences });
  }
}
