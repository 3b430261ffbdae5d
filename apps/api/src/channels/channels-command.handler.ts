import { Inject } from '@nestjs/common';
import { CommandHandler } from '@nestjs/cqrs';
import { channels } from '@assocflow/domain';
import type { EventStore } from '@assocflow/eventstore';
import { EVENT_STORE } from '@assocflow/platform';
import { AggregateCommand } from '../commands/aggregate-command';
import { AggregateCommandHandler } from '../commands/aggregate-command.handler';

export class ChannelsCommandMessage extends AggregateCommand<channels.ChannelsCommand> {}

@CommandHandler(ChannelsCommandMessage)
export class ChannelsCommandHandler extends AggregateCommandHandler<
  channels.ChannelsCommand,
  channels.ChannelsEvent,
  channels.ChannelsState
> {
  constructor(@Inject(EVENT_STORE) store: EventStore) {
    super(store, { decider: channels.channelsDecider, upcasters: channels.channelsUpcasters });
  }
}
