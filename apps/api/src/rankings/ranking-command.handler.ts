import { Inject } from '@nestjs/common';
import { CommandHandler } from '@nestjs/cqrs';
import { ranking } from '@assocflow/domain';
import type { EventStore } from '@assocflow/eventstore';
import { EVENT_STORE } from '@assocflow/platform';
import { AggregateCommand } from '../commands/aggregate-command';
import { AggregateCommandHandler } from '../commands/aggregate-command.handler';

export class RankingCommandMessage extends AggregateCommand<ranking.RankingCommand> {}

@CommandHandler(RankingCommandMessage)
export class RankingCommandHandler extends AggregateCommandHandler<ranking.RankingCommand, ranking.RankingEvent, ranking.RankingState> {
  constructor(@Inject(EVENT_STORE) store: EventStore) {
    super(store, { decider: ranking.rankingDecider, upcasters: ranking.rankingUpcasters, references: ranking.branchReferences });
  }
}
