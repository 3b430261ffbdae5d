import { Module } from '@nestjs/common';
import { registerAggregates } from '../commands/command-catalogue';
import { meetingSeriesAggregate, meetingTotalsAggregate } from './meeting.aggregate';
import { MeetingsController } from './meetings.controller';

@Module({ controllers: [MeetingsController], providers: [registerAggregates(meetingSeriesAggregate, meetingTotalsAggregate)] })
export class MeetingsModule {}
