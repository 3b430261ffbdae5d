import { Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { ActivitiesModule } from '../activities/activities.module';
import { AlliancesModule } from '../alliances/alliances.module';
import { BranchesModule } from '../branches/branches.module';
import { ChannelsModule } from '../channels/channels.module';
import { GrantsModule } from '../grants/grants.module';
import { HonorsModule } from '../honors/honors.module';
import { IndicatorsModule } from '../indicators/indicators.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { MembersModule } from '../members/members.module';
import { MembershipTotalsModule } from '../membership-totals/membership-totals.module';
import { OperationsModule } from '../operations/operations.module';
import { OrganizationModule } from '../organization/organization.module';
import { RankingsModule } from '../rankings/rankings.module';
import { RemindersModule } from '../reminders/reminders.module';
import { ReportsModule } from '../reports/reports.module';
import { WorkPlansModule } from '../work-plans/work-plans.module';
import { WorkModule } from '../work/work.module';
import { ImportsModule } from '../imports/imports.module';
import { ProblemFilter } from '../problem/problem.filter';
import { createValidationPipe } from '../problem/validation-errors';
import { CommandCatalogueModule } from './command-catalogue.module';

/** Each feature module brings its controller and registers its aggregates in the catalogue. */
export const COMMAND_FEATURES = [
  ActivitiesModule,
  AlliancesModule,
  BranchesModule,
  ChannelsModule,
  GrantsModule,
  HonorsModule,
  IndicatorsModule,
  MeetingsModule,
  MembersModule,
  MembershipTotalsModule,
  OperationsModule,
  OrganizationModule,
  RankingsModule,
  RemindersModule,
  ReportsModule,
  WorkPlansModule,
  WorkModule,
  ImportsModule,
];

/** The write side: the features' controllers, one @CommandHandler for every aggregate, errors as problem details. */
@Module({
  imports: [CqrsModule.forRoot(), CommandCatalogueModule, ...COMMAND_FEATURES],
  providers: [
    { provide: APP_PIPE, useFactory: createValidationPipe },
    { provide: APP_FILTER, useClass: ProblemFilter },
  ],
})
export class CommandsModule {}
