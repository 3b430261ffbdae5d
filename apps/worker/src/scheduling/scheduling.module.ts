import { Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from '@assocflow/platform';
import { systemClock } from '@assocflow/scheduling';
import { SCHEDULING_CLOCK, SCHEDULING_REDIS_URL, SchedulingService } from './scheduling.service';

/** Timers and reminders (BullMQ). The clock is a provider so tests can inject their own. */
@Module({})
export class SchedulingModule {
  static forRoot(config: Pick<AppConfig, 'redisUrl'>): DynamicModule {
    return {
      module: SchedulingModule,
      providers: [
        SchedulingService,
        { provide: SCHEDULING_REDIS_URL, useValue: config.redisUrl },
        { provide: SCHEDULING_CLOCK, useValue: systemClock },
      ],
      exports: [SchedulingService],
    };
  }
}
