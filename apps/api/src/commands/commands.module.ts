import { Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { AllianceCommandHandler } from '../alliances/alliance-command.handler';
import { AlliancesController } from '../alliances/alliances.controller';
import { WorkCommandHandler } from '../work/work-command.handler';
import { WorkController } from '../work/work.controller';
import { RankingCommandHandler } from '../rankings/ranking-command.handler';
import { RankingsController } from '../rankings/rankings.controller';
import { BranchCommandHandler } from '../branches/branch-command.handler';
import { OperationsCommandHandler } from '../operations/operations-command.handler';
import { OperationsController } from '../operations/operations.controller';
import { BranchesController } from '../branches/branches.controller';
import { HonorCommandHandler } from '../honors/honor-command.handler';
import { HonorsController } from '../honors/honors.controller';
import { IndicatorCommandHandler } from '../indicators/indicator-command.handler';
import { IndicatorsController } from '../indicators/indicators.controller';
import { MemberCommandHandler } from '../members/member-command.handler';
import { MembersController } from '../members/members.controller';
import { MembershipCommandHandler } from '../membership-totals/membership-command.handler';
import { MembershipTotalsController } from '../membership-totals/membership-totals.controller';
import { OrganizationCommandHandler } from '../organization/organization-command.handler';
import { OrganizationController } from '../organization/organization.controller';
import { ReminderCommandHandler } from '../reminders/reminder-command.handler';
import { RemindersController } from '../reminders/reminders.controller';
import { WorkPlanCommandHandler } from '../work-plans/workplan-command.handler';
import { WorkPlansController } from '../work-plans/work-plans.controller';
import { ActivityCommandHandler } from '../activities/activity-command.handler';
import { ActivitiesController } from '../activities/activities.controller';
import { GrantCallCommandHandler, GrantCommandHandler } from '../grants/grant-command.handler';
import { GrantsController } from '../grants/grants.controller';
import { MeetingCommandHandler, MeetingTotalsCommandHandler } from '../meetings/meeting-command.handler';
import { MeetingsController } from '../meetings/meetings.controller';
import { ReportCommandHandler } from '../reports/report-command.handler';
import { ReportsController } from '../reports/reports.controller';
import { ChannelsCommandHandler } from '../channels/channels-command.handler';
import { ChannelsController } from '../channels/channels.controller';
import { ImportsController } from '../imports/imports.controller';
import { SheetImportService } from '../imports/sheet-import.service';
import { ProblemFilter } from '../problem/problem.filter';
import { createValidationPipe } from '../problem/validation-errors';

export const COMMAND_HANDLERS = [
  BranchCommandHandler,
  OrganizationCommandHandler,
  MemberCommandHandler,
  MembershipCommandHandler,
  HonorCommandHandler,
  IndicatorCommandHandler,
  ReminderCommandHandler,
  WorkPlanCommandHandler,
  ActivityCommandHandler,
  GrantCallCommandHandler,
  GrantCommandHandler,
  ReportCommandHandler,
  MeetingCommandHandler,
  MeetingTotalsCommandHandler,
  ChannelsCommandHandler,
  AllianceCommandHandler,
  OperationsCommandHandler,
  WorkCommandHandler,
  RankingCommandHandler,
];
export const COMMAND_CONTROLLERS = [
  BranchesController,
  OrganizationController,
  MembersController,
  MembershipTotalsController,
  HonorsController,
  IndicatorsController,
  RemindersController,
  WorkPlansController,
  ActivitiesController,
  GrantsController,
  ReportsController,
  MeetingsController,
  ChannelsController,
  AlliancesController,
  OperationsController,
  WorkController,
  RankingsController,
  ImportsController,
];

/** The write side: one controller and one @CommandHandler per aggregate, errors as problem details. */
@Module({
  imports: [CqrsModule.forRoot()],
  controllers: COMMAND_CONTROLLERS,
  providers: [
    ...COMMAND_HANDLERS,
    SheetImportService,
    { provide: APP_PIPE, useFactory: createValidationPipe },
    { provide: APP_FILTER, useClass: ProblemFilter },
  ],
})
export class CommandsModule {}
