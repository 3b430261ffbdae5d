import { Inject } from '@nestjs/common';
import { CommandHandler } from '@nestjs/cqrs';
import { grant } from '@assocflow/domain';
import type { EventStore } from '@assocflow/eventstore';
import { EVENT_STORE } from '@assocflow/platform';
import { AggregateCommand } from '../commands/aggregate-command';
import { AggregateCommandHandler } from '../commands/aggregate-command.handler';

export class GrantCommandMessage extends AggregateCommand<grant.GrantCommand> {}

@CommandHandler(GrantCommandMessage)
export class GrantCommandHandler extends AggregateCommandHandler<grant.GrantCommand, grant.GrantEvent, grant.GrantState> {
  constructor(@Inject(EVENT_STORE) store: EventStore) {
    super(store, { decider: grant.grantDecider, upcasters: grant.grantUpcasters, references: grant.branchReferences });
  }
}

/** Calls for applications (课题申报通知) are their own aggregate: one stream per call. */
export class GrantCallCommandMessage extends AggregateCommand<grant.GrantCallCommand> {}

@CommandHandler(GrantCallCommandMessage)
export class GrantCallCommandHandler extends AggregateCommandHandler<grant.GrantCallCommand, grant.GrantCallEvent, grant.GrantCallState> {
  constructor(@Inject(EVENT_STORE) store: EventStore) {
    super(store, { decider: grant.grantCallDecider, upcasters: grant.grantCallUpcasters });
  }
}
