import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { dispatch, type CommandResult } from '@assocflow/commanding';
import type { EventStore } from '@assocflow/eventstore';
import { EVENT_STORE } from '@assocflow/platform';
import { AggregateCommand } from './aggregate-command';
import { CommandCatalogue } from './command-catalogue';

/** The one @CommandHandler: every aggregate's command goes through the catalogue to handleCommand. */
@CommandHandler(AggregateCommand)
export class AggregateCommandHandler implements ICommandHandler<AggregateCommand, CommandResult> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly catalogue: CommandCatalogue,
  ) {}

  execute(message: AggregateCommand): Promise<CommandResult> {
    return dispatch(
      this.store,
      this.catalogue.catalogue,
      { aggregate: message.aggregate, id: message.id },
      message.command,
      message.context,
      {
        expectedRevision: message.expectedRevision,
      },
    );
  }
}
