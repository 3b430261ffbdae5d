import { Module } from '@nestjs/common';
import { registerAggregates } from '../commands/command-catalogue';
import { rankingAggregate } from './ranking.aggregate';
import { RankingsController } from './rankings.controller';

@Module({ controllers: [RankingsController], providers: [registerAggregates(rankingAggregate)] })
export class RankingsModule {}
