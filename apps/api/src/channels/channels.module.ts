import { Module } from '@nestjs/common';
import { registerAggregates } from '../commands/command-catalogue';
import { channelsAggregate } from './channels.aggregate';
import { ChannelsController } from './channels.controller';

@Module({ controllers: [ChannelsController], providers: [registerAggregates(channelsAggregate)] })
export class ChannelsModule {}
