import { Inject } from '@nestjs/common';
import { CommandHandler } from '@nestjs/cqrs';
import { branch } from '@assocflow/domain';
import type { EventStore } from '@assocflow/eventstore';
import { EVENT_STORE } from '@assocflow/platform';
import { AggregateCommand } from '../commands/aggregate-command';
import { AggregateCommandHandler } from '../commands/aggregate-command.handler';

export class BranchCommandMessage extends AggregateCommand<branch.BranchCommand> {}

@CommandHandler(BranchCommandMessage)
export class BranchCommandHandler extends AggregateCommandHandler<branch.BranchCommand, branch.BranchEvent, branch.BranchState> {
  constructor(@Inject(EVENT_STORE) store: EventStore) {
    super(store, { decider: branch.branchDecider, upcasters: branch.branchUpcasters });
  }
}
