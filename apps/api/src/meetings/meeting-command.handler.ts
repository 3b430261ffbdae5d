import { Inject } from '@nestjs/common';
import { CommandHandler } from '@nestjs/cqrs';
import { meeting } from '@assocflow/domain';
import type { EventStore } from '@assocflow/eventstore';
import { EVENT_STORE } from '@assocflow/platform';
import { AggregateCommand } from '../commands/aggregate-command';
import { AggregateCommandHandler } from '../commands/aggregate-command.handler';

export class MeetingCommandMessage extends AggregateCommand<meeting.MeetingCommand> {}

@CommandHandler(MeetingCommandMessage)
export class MeetingCommandHandler extends AggregateCommandHandler<
  meeting.MeetingCommand,
  meeting.MeetingEvent,
  meeting.MeetingSeriesState
> {
  constructor(@Inject(EVENT_STORE) store: EventStore) {
    super(store, { decider: meeting.meetingDecider, upcasters: meeting.meetingUpcasters, references: meeting.branchReferences });
  }
}

/** Totals of a year's meetings a source gives only as totals: their own streams, apart from the series. */
export class MeetingTotalsCommandMessage extends AggregateCommand<meeting.MeetingTotalsCommand> {}

@CommandHandler(MeetingTotalsCommandMessage)
export class MeetingTotalsCommandHandler extends AggregateCommandHandler<
  meeting.MeetingTotalsCommand,
  meeting.MeetingTotalsEvent,
  meeting.MeetingTotalsState
> {
  constructor(@Inject(EVENT_STORE) store: EventStore) {
    super(store, { decider: meeting.meetingTotalsDecider, upcasters: meeting.meetingTotalsUpcasters });
  }
}
