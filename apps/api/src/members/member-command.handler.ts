import { Inject } from '@nestjs/common';
import { CommandHandler } from '@nestjs/cqrs';
import { member } from '@assocflow/domain';
import type { EventStore } from '@assocflow/eventstore';
import { EVENT_STORE } from '@assocflow/platform';
import { AggregateCommand } from '../commands/aggregate-command';
import { AggregateCommandHandler } from '../commands/aggregate-command.handler';

export class MemberCommandMessage extends AggregateCommand<member.MemberCommand> {}

@CommandHandler(MemberCommandMessage)
export class MemberCommandHandler extends AggregateCommandHandler<member.MemberCommand, member.MemberEvent, member.MemberState> {
  constructor(@Inject(EVENT_STORE) store: EventStore) {
    super(store, { decider: member.memberDecider, upcasters: member.memberUpcasters });
  }
}
