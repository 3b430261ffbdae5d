import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApiKeyGuard } from './api-key.guard';
import { ApiKeyService } from './api-key.service';
import { RateLimiter } from './rate-limiter';

/** Every route is guarded by API key unless marked @Public. */
@Module({
  providers: [ApiKeyService, RateLimiter, { provide: APP_GUARD, useClass: ApiKeyGuard }],
  exports: [ApiKeyService],
})
export class AuthModule {}
