import { Module } from '@nestjs/common';
import { registerAggregates } from '../commands/command-catalogue';
import { operationsAggregate } from './operations.aggregate';
import { OperationsController } from './operations.controller';

@Module({ controllers: [OperationsController], providers: [registerAggregates(operationsAggregate)] })
export class OperationsModule {}
