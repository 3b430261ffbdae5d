import { Inject } from '@nestjs/common';
import { CommandHandler } from '@nestjs/cqrs';
import { report } from '@assocflow/domain';
import type { EventStore } from '@assocflow/eventstore';
import { EVENT_STORE } from '@assocflow/platform';
import { AggregateCommand } from '../commands/aggregate-command';
import { AggregateCommandHandler } from '../commands/aggregate-command.handler';

export class ReportCommandMessage extends AggregateCommand<report.ReportCommand> {}

@CommandHandler(ReportCommandMessage)
export class ReportCommandHandler extends AggregateCommandHandler<report.ReportCommand, report.ReportEvent, report.ReportState> {
  constructor(@Inject(EVENT_STORE) store: EventStore) {
    super(store, { decider: report.reportDecider, upcasters: report.reportUpcasters, references: report.branchReferences });
  }
}
