import { Inject } from '@nestjs/common';
import { CommandHandler } from '@nestjs/cqrs';
import { meeting } from '@assocflow/domain';
import type { EventStore } from '@assocflow/eventstore';
import { EVENT_STORE } from '@assocflow/platform';
import { AggregateCommand } from '../commands/aggregate-command';
import { AggregateCommandHandler } from '../commands/aggregate-command.handler';

export class MeetingCommandMessage extends AggregateCommand<meeting.MeetingCommand> {}

@CommandHandler(MeetingCommandMessage)
export class MeetingCommandHandler extends AggregateCommandHandler<meeting.MeetingCommand, meeting.MeetingEvent, meeting.MeetingSeriesState> {
  constructor(@Inject(EVENT_STORE) store: EventStore) {
    super(store, { decider: meeting.meetingDecider, upcasters: meeting.meetingUpcasters });
  }
}
