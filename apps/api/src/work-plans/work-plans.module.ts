import { Module } from '@nestjs/common';
import { registerAggregates } from '../commands/command-catalogue';
import { workPlanAggregate } from './workplan.aggregate';
import { WorkPlansController } from './work-plans.controller';

@Module({ controllers: [WorkPlansController], providers: [registerAggregates(workPlanAggregate)] })
export class WorkPlansModule {}
