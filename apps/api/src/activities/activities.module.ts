import { Module } from '@nestjs/common';
import { registerAggregates } from '../commands/command-catalogue';
import { activityAggregate } from './activity.aggregate';
import { ActivitiesController } from './activities.controller';

@Module({ controllers: [ActivitiesController], providers: [registerAggregates(activityAggregate)] })
export class ActivitiesModule {}
