import type { ICommandHandler } from '@nestjs/cqrs';
import type { DomainCommand, DomainEvent } from '@assocflow/domain';
import { handleCommand, type Aggregate, type CommandResult } from '@assocflow/commanding';
import type { EventStore } from '@assocflow/eventstore';
import type { AggregateCommand } from './aggregate-command';

/** The few lines every @CommandHandler shares: load, decide, append (handleCommand). */
export abstract class AggregateCommandHandler<C extends DomainCommand, E extends DomainEvent, S> implements ICommandHandler<
  AggregateCommand<C>,
  CommandResult
> {
  protected constructor(
    private readonly store: EventStore,
    private readonly aggregate: Aggregate<C, E, S>,
  ) {}

  execute(message: AggregateCommand<C>): Promise<CommandResult> {
    return handleCommand(this.store, this.aggregate, message.streamId, message.command, message.context, {
      expectedRevision: message.expectedRevision,
    });
  }
}
