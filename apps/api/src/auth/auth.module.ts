import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApiKeyGuard } from './api-key.guard';
import { ApiKeyService } from './api-key.service';
import { OPERATOR_CREDENTIAL, type OperatorCredential } from './operator-credential';
import { RATE_LIMIT_PER_SECOND, RateLimiter } from './rate-limiter';

/** Every route is guarded by API key unless marked @Public. */
@Module({})
export class AuthModule {
  static forRoot(options: { rateLimitPerSecond: number; operator?: OperatorCredential }): DynamicModule {
    return {
      module: AuthModule,
      providers: [
        ApiKeyService,
        RateLimiter,
        { provide: RATE_LIMIT_PER_SECOND, useValue: options.rateLimitPerSecond },
        { provide: OPERATOR_CREDENTIAL, useValue: options.operator ?? null },
        { provide: APP_GUARD, useClass: ApiKeyGuard },
      ],
      exports: [ApiKeyService],
    };
  }
}
