import { Controller, Get, Header, HttpStatus, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Redis } from 'ioredis';
import type { EventStore } from '@assocflow/eventstore';
import type { EventStoreAdapter } from '@assocflow/eventstore/event-store.factory';
import { Public } from '../auth/auth.decorators';
import { projectionLags, type ProjectionLag } from './projection-lag';
import { checkHealth, EVENT_STORE, EVENT_STORE_ADAPTER, REDIS, type HealthReport } from '@assocflow/platform';

class EventStoreHealthDto {
  @ApiProperty({ enum: ['up', 'down'] }) status!: 'up' | 'down';
  @ApiProperty({ enum: ['sqlite', 'esdb'] }) adapter!: EventStoreAdapter;
  @ApiPropertyOptional({ description: 'Global position of the last event, as a decimal string', example: '42' })
  headPosition?: string;
  @ApiPropertyOptional({ description: 'Why the store is down' }) error?: string;
}

class RedisHealthDto {
  @ApiProperty({ enum: ['up', 'down'] }) status!: 'up' | 'down';
  @ApiPropertyOptional({ description: 'Why Redis is down' }) error?: string;
}

class ProjectionLagDto {
  @ApiProperty({ example: 'yearly-summary' }) name!: string;
  @ApiProperty({ example: 1 }) version!: number;
  @ApiProperty({ example: '1042' }) checkpoint!: string;
  @ApiProperty({ example: '0', description: 'Head position minus checkpoint' }) lag!: string;
}

class HealthReportDto {
  @ApiProperty({ enum: ['ok', 'degraded'] }) status!: 'ok' | 'degraded';
  @ApiPropertyOptional({ description: 'Only when degraded: what is down', enum: ['eventStore', 'redis'], isArray: true })
  down?: Array<'eventStore' | 'redis'>;
  @ApiProperty({ type: EventStoreHealthDto }) eventStore!: EventStoreHealthDto;
  @ApiProperty({ type: RedisHealthDto }) redis!: RedisHealthDto;
  @ApiProperty({ type: [ProjectionLagDto], description: 'Each read model: serving version, checkpoint, and lag behind the log' })
  projections!: ProjectionLagDto[];
}

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(EVENT_STORE_ADAPTER) private readonly adapter: EventStoreAdapter,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Liveness and readiness: can the service reach its event store and Redis?' })
  @ApiOkResponse({ type: HealthReportDto, description: 'Everything is up' })
  @ApiServiceUnavailableResponse({ type: HealthReportDto, description: 'Degraded: `down` names what is down' })
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthReport & { projections: ProjectionLag[] }> {
    const checked = await checkHealth({ store: this.store, adapter: this.adapter, redis: this.redis });
    const head = checked.eventStore.headPosition === undefined ? undefined : BigInt(checked.eventStore.headPosition);
    const report = { ...checked, projections: checked.redis.status === 'up' ? await projectionLags(this.redis, head) : [] };
    // A degraded service is a report, not an error: same body, status 503 for load balancers.
    if (report.status !== 'ok') void reply.status(HttpStatus.SERVICE_UNAVAILABLE);
    return report;
  }
}
