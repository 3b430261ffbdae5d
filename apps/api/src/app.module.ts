import { Module, type DynamicModule } from '@nestjs/common';
import { EventStoreModule, RedisModule, secretBoxFor, type AppConfig } from '@assocflow/platform';
import { AuthModule } from './auth/auth.module';
import type { OperatorCredential } from './auth/operator-credential';
import { WebhookPolicyModule } from './channels/webhook-policy.module';
import { CommandsModule } from './commands/commands.module';
import { MetricsModule } from './metrics/metrics.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { HealthController } from './health/health.controller';
import { QueueBoardModule } from './queue-board/queue-board.module';
import { ReadModelsModule } from './read-models/read-models.module';
import { ScheduleModule } from './schedule/schedule.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, options: { operator?: OperatorCredential } = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        EventStoreModule.forRoot(config.eventStore),
        // No auto-pipelining: under load its pipelines (one in flight at a time, the next queued
        // behind it) kept every request's objects alive past a young-generation GC, so they were
        // promoted and the api paused for old-space GCs; one write per read costs less than that.
        RedisModule.forRoot({ url: config.redisUrl, connectionName: 'assocflow-api' }),
        AuthModule.forRoot({
          rateLimitPerSecond: config.rateLimitPerSecond,
          operator: options.operator,
          sessionSecret: config.sessionSecret,
        }),
        WebhookPolicyModule.forRoot({ allow: config.webhookAllow }, secretBoxFor(config.webhookSecretKey)),
        CommandsModule,
        ReadModelsModule,
        ScheduleModule,
        QueueBoardModule.forRoot(config),
        DashboardModule,
        MetricsModule.forRoot(config),
      ],
      controllers: [HealthController],
    };
  }
}
