import { Module } from '@nestjs/common';
import { registerAggregates } from '../commands/command-catalogue';
import { reportAggregate } from './report.aggregate';
import { ReportsController } from './reports.controller';

@Module({ controllers: [ReportsController], providers: [registerAggregates(reportAggregate)] })
export class ReportsModule {}
