import { Inject } from '@nestjs/common';
import { CommandHandler } from '@nestjs/cqrs';
import { organization } from '@assocflow/domain';
import type { EventStore } from '@assocflow/eventstore';
import { EVENT_STORE } from '@assocflow/platform';
import { AggregateCommand } from '../commands/aggregate-command';
import { AggregateCommandHandler } from '../commands/aggregate-command.handler';

export class OrganizationCommandMessage extends AggregateCommand<organization.OrganizationCommand> {}

@CommandHandler(OrganizationCommandMessage)
export class OrganizationCommandHandler extends AggregateCommandHandler<
  organization.OrganizationCommand,
  organization.OrganizationEvent,
  organization.OrganizationState
> {
  constructor(@Inject(EVENT_STORE) store: EventStore) {
    super(store, { decider: organization.organizationDecider, upcasters: organization.organizationUpcasters });
  }
}
