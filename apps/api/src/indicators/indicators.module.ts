import { Module } from '@nestjs/common';
import { registerAggregates } from '../commands/command-catalogue';
import { indicatorAggregate } from './indicator.aggregate';
import { IndicatorsController } from './indicators.controller';

@Module({ controllers: [IndicatorsController], providers: [registerAggregates(indicatorAggregate)] })
export class IndicatorsModule {}
