import { Module } from '@nestjs/common';
import { registerAggregates } from '../commands/command-catalogue';
import { memberAggregate } from './member.aggregate';
import { MembersController } from './members.controller';

@Module({ controllers: [MembersController], providers: [registerAggregates(memberAggregate)] })
export class MembersModule {}
