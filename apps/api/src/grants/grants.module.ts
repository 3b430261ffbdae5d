import { Module } from '@nestjs/common';
import { registerAggregates } from '../commands/command-catalogue';
import { grantAggregate, grantCallAggregate } from './grant.aggregate';
import { GrantsController } from './grants.controller';

@Module({ controllers: [GrantsController], providers: [registerAggregates(grantAggregate, grantCallAggregate)] })
export class GrantsModule {}
