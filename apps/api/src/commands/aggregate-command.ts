import { Command } from '@nestjs/cqrs';
import type { DomainCommand } from '@assocflow/domain';
import type { CommandContext, CommandResult } from '@assocflow/commanding';

/** What travels on the CommandBus: the domain command, its stream, and who asked. */
export abstract class AggregateCommand<C extends DomainCommand = DomainCommand> extends Command<CommandResult> {
  constructor(
    readonly streamId: string,
    readonly command: C,
    readonly context: CommandContext,
    /** From If-Match: the revision the client saw. */
    readonly expectedRevision?: bigint | 'no_stream',
  ) {
    super();
  }
}
