import { Module } from '@nestjs/common';
import { registerAggregates } from '../commands/command-catalogue';
import { workAggregate } from './work.aggregate';
import { WorkController } from './work.controller';

@Module({ controllers: [WorkController], providers: [registerAggregates(workAggregate)] })
export class WorkModule {}
