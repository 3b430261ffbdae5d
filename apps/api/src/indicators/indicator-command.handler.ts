import { Inject } from '@nestjs/common';
import { CommandHandler } from '@nestjs/cqrs';
import { indicator } from '@assocflow/domain';
import type { EventStore } from '@assocflow/eventstore';
import { EVENT_STORE } from '@assocflow/platform';
import { AggregateCommand } from '../commands/aggregate-command';
import { AggregateCommandHandler } from '../commands/aggregate-command.handler';

export class IndicatorCommandMessage extends AggregateCommand<indicator.IndicatorCommand> {}

@CommandHandler(IndicatorCommandMessage)
export class IndicatorCommandHandler extends AggregateCommandHandler<
  indicator.IndicatorCommand,
  indicator.IndicatorEvent,
  indicator.IndicatorState
> {
  constructor(@Inject(EVENT_STORE) store: EventStore) {
    super(store, { decider: indicator.indicatorDecider, upcasters: indicator.indicatorUpcasters });
  }
}
