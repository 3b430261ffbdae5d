import { Module } from '@nestjs/common';
import { registerAggregates } from '../commands/command-catalogue';
import { honorAggregate } from './honor.aggregate';
import { HonorsController } from './honors.controller';

@Module({ controllers: [HonorsController], providers: [registerAggregates(honorAggregate)] })
export class HonorsModule {}
