import { Inject } from '@nestjs/common';
import { CommandHandler } from '@nestjs/cqrs';
import { workplan } from '@assocflow/domain';
import type { EventStore } from '@assocflow/eventstore';
import { EVENT_STORE } from '@assocflow/platform';
import { AggregateCommand } from '../commands/aggregate-command';
import { AggregateCommandHandler } from '../commands/aggregate-command.handler';

export class WorkPlanCommandMessage extends AggregateCommand<workplan.WorkPlanCommand> {}

@CommandHandler(WorkPlanCommandMessage)
export class WorkPlanCommandHandler extends AggregateCommandHandler<
  workplan.WorkPlanCommand,
  workplan.WorkPlanEvent,
  workplan.WorkPlanState
> {
  constructor(@Inject(EVENT_STORE) store: EventStore) {
    super(store, { decider: workplan.workPlanDecider, upcasters: workplan.workPlanUpcasters });
  }
}
