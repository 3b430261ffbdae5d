import { Inject } from '@nestjs/common';
import { CommandHandler } from '@nestjs/cqrs';
import { alliance } from '@assocflow/domain';
import type { EventStore } from '@assocflow/eventstore';
import { EVENT_STORE } from '@assocflow/platform';
import { AggregateCommand } from '../commands/aggregate-command';
import { AggregateCommandHandler } from '../commands/aggregate-command.handler';

export class AllianceCommandMessage extends AggregateCommand<alliance.AllianceCommand> {}

@CommandHandler(AllianceCommandMessage)
export class AllianceCommandHandler extends AggregateCommandHandler<
  alliance.AllianceCommand,
  alliance.AllianceEvent,
  alliance.AllianceState
> {
  constructor(@Inject(EVENT_STORE) store: EventStore) {
    super(store, { decider: alliance.allianceDecider, upcasters: alliance.allianceUpcasters, references: alliance.branchReferences });
  }
}
