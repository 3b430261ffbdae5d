import { Inject } from '@nestjs/common';
import { CommandHandler } from '@nestjs/cqrs';
import { membership } from '@assocflow/domain';
import type { EventStore } from '@assocflow/eventstore';
import { EVENT_STORE } from '@assocflow/platform';
import { AggregateCommand } from '../commands/aggregate-command';
import { AggregateCommandHandler } from '../commands/aggregate-command.handler';

export class MembershipCommandMessage extends AggregateCommand<membership.MembershipCommand> {}

@CommandHandler(MembershipCommandMessage)
export class MembershipCommandHandler extends AggregateCommandHandler<
  membership.MembershipCommand,
  membership.MembershipEvent,
  membership.MembershipState
> {
  constructor(@Inject(EVENT_STORE) store: EventStore) {
    super(store, { decider: membership.membershipDecider, upcasters: membership.membershipUpcasters });
  }
}
