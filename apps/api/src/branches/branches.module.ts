import { Module } from '@nestjs/common';
import { registerAggregates } from '../commands/command-catalogue';
import { branchAggregate } from './branch.aggregate';
import { BranchesController } from './branches.controller';

@Module({ controllers: [BranchesController], providers: [registerAggregates(branchAggregate)] })
export class BranchesModule {}
