import { Command } from '@nestjs/cqrs';
import type { DomainCommand } from '@assocflow/domain';
import type { AnyCatalogueEntry, CommandContext, CommandOf, CommandResult, IdOf } from '@assocflow/commanding';

/** What travels on the CommandBus: the aggregate by name, the id of its stream, the domain command and who asked. */
export class AggregateCommand extends Command<CommandResult> {
  private constructor(
    readonly aggregate: string,
    readonly id: unknown,
    readonly command: DomainCommand,
    readonly context: CommandContext,
    /** From If-Match: the revision the client saw. */
    readonly expectedRevision?: bigint | 'no_stream',
  ) {
    super();
  }

  /** A command of the entry's aggregate: another aggregate's command or id does not compile. */
  static to<Entry extends AnyCatalogueEntry>(
    entry: Entry,
    id: IdOf<Entry>,
    command: CommandOf<Entry>,
    context: CommandContext,
    expectedRevision?: bigint | 'no_stream',
  ): AggregateCommand {
    return new AggregateCommand(entry.name, id, command, context, expectedRevision);
  }
}
