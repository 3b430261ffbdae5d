import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApiKeysController } from '../api-keys/api-keys.controller';
import { ApiKeyGuard } from './api-key.guard';
import { ApiKeyService } from './api-key.service';
import { OPERATOR_CREDENTIAL, type OperatorCredential } from './operator-credential';
import { RATE_LIMIT_PER_SECOND, RateLimiter } from './rate-limiter';
import { SESSION_SEALER, sessionSealerFor } from './session-cookie';

/** Every route is guarded by API key (or, for reads, a dashboard session of the tenant) unless marked @Public. */
@Module({})
export class AuthModule {
  static forRoot(options: { rateLimitPerSecond: number; operator?: OperatorCredential; sessionSecret?: string }): DynamicModule {
    return {
      module: AuthModule,
      // Global: the dashboard signs in with the same keys, limiter and sealer the guard uses.
      global: true,
      controllers: [ApiKeysController],
      providers: [
        ApiKeyService,
        RateLimiter,
        { provide: RATE_LIMIT_PER_SECOND, useValue: options.rateLimitPerSecond },
        { provide: OPERATOR_CREDENTIAL, useValue: options.operator ?? null },
        { provide: SESSION_SEALER, useValue: sessionSealerFor(options.sessionSecret) },
        { provide: APP_GUARD, useClass: ApiKeyGuard },
      ],
      exports: [ApiKeyService, RateLimiter, SESSION_SEALER],
    };
  }
}
