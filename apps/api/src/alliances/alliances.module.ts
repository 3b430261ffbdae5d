import { Module } from '@nestjs/common';
import { registerAggregates } from '../commands/command-catalogue';
import { allianceAggregate } from './alliance.aggregate';
import { AlliancesController } from './alliances.controller';

@Module({ controllers: [AlliancesController], providers: [registerAggregates(allianceAggregate)] })
export class AlliancesModule {}
