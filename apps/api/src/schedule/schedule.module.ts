import { Module } from '@nestjs/common';
import { ScheduleController } from './schedule.controller';

/** GET /v1/orgs/:tenant/schedule. */
@Module({ controllers: [ScheduleController] })
export class ScheduleModule {}
