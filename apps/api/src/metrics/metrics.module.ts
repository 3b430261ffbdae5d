import {
  Controller,
  ForbiddenException,
  Get,
  Inject,
  Injectable,
  Module,
  Req,
  Res,
  type DynamicModule,
  type OnModuleInit,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Redis } from 'ioredis';
import type { EventStore } from '@assocflow/eventstore';
import { EVENT_STORE, REDIS, type AppConfig } from '@assocflow/platform';
import { AdminOnly } from '../auth/auth.decorators';
import type { AuthenticatedRequest } from '../auth/api-key.guard';
import { problem } from '../problem/problem-document';
import { QueueBoard } from '../queue-board/queue-board.module';
import { ApiMetrics } from './api-metrics';

const METRICS_CONFIG = 'METRICS_CONFIG';

/** Owns the metrics and times every request as it ends. */
@Injectable()
export class MetricsService implements OnModuleInit {
  readonly metrics: ApiMetrics;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(REDIS) redis: Redis,
    @Inject(METRICS_CONFIG) readonly config: AppConfig,
    private readonly adapterHost: HttpAdapterHost,
    board: QueueBoard,
  ) {
    this.metrics = new ApiMetrics({ store, redis, queues: board.queues });
  }

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.addHook('onResponse', (request, reply, done) => {
      // The route's pattern (/v1/orgs/:tenant/branches), never the path: ids stay out of the labels.
      const route = request.routeOptions.url ?? 'unmatched';
      this.metrics.requestDuration.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
      done();
    });
  }
}

/** Prometheus scrapes with an admin key of the operator tenant: the figures cover every tenant. */
@ApiTags('operations')
@ApiBearerAuth()
@AdminOnly()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly service: MetricsService) {}

  @Get()
  @ApiOperation({
    summary:
      'Prometheus metrics: request latency, projection lag, queue depth, reminders sent, delivered and failed (operator admin keys only)',
  })
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'The Prometheus text exposition format' })
  async metrics(@Req() req: AuthenticatedRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    if (req.principal?.tenant !== this.service.config.operatorTenant) {
      throw new ForbiddenException(
        problem(
          403,
          'forbidden',
          'Forbidden',
          `metrics cover every tenant: an admin key of the operator tenant (${this.service.config.operatorTenant}) reads them`,
        ),
      );
    }
    void reply.header('content-type', this.service.metrics.registry.contentType);
    void reply.header('cache-control', 'no-store');
    return this.service.metrics.render();
  }
}

@Module({})
export class MetricsModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: MetricsModule,
      controllers: [MetricsController],
      providers: [MetricsService, { provide: METRICS_CONFIG, useValue: config }],
    };
  }
}
