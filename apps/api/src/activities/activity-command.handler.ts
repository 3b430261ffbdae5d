import { Inject } from '@nestjs/common';
import { CommandHandler } from '@nestjs/cqrs';
import { activity } from '@assocflow/domain';
import type { EventStore } from '@assocflow/eventstore';
import { EVENT_STORE } from '@assocflow/platform';
import { AggregateCommand } from '../commands/aggregate-command';
import { AggregateCommandHandler } from '../commands/aggregate-command.handler';

export class ActivityCommandMessage extends AggregateCommand<activity.ActivityCommand> {}

@CommandHandler(ActivityCommandMessage)
export class ActivityCommandHandler extends AggregateCommandHandler<
  activity.ActivityCommand,
  activity.ActivityEvent,
  activity.ActivityState
> {
  constructor(@Inject(EVENT_STORE) store: EventStore) {
    super(store, { decider: activity.activityDecider, upcasters: activity.activityUpcasters, references: activity.branchReferences });
  }
}
