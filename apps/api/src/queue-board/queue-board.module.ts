import { Inject, Injectable, Logger, Module, type DynamicModule, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BoardAdapter } from '@bull-board/fastify';
import { Queue } from 'bullmq';
import type { FastifyInstance } from 'fastify';
import { REMINDER_DELIVERY_QUEUE } from '@assocflow/delivery';
import { RECONCILE_QUEUE, TIMER_QUEUE } from '@assocflow/scheduling';
import type { AppConfig } from '@assocflow/platform';
import { ApiKeyService } from '../auth/api-key.service';
import { queueBoardAuth } from './queue-board-auth';

export const QUEUE_BOARD_PATH = '/admin/queues';
/** What the board shows: the scheduler's timers and reconciliations, and reminder deliveries. */
export const BOARD_QUEUES = [TIMER_QUEUE, RECONCILE_QUEUE, REMINDER_DELIVERY_QUEUE] as const;
const BOARD_CONFIG = 'QUEUE_BOARD_CONFIG';

/** Bull Board at /admin/queues, behind admin API keys; its queue connections close with the app. */
@Injectable()
export class QueueBoard implements OnModuleInit, OnApplicationShutdown {
  /** The timer, reconcile and delivery queues, also read by the metrics (queue depth). */
  readonly queues: Queue[];

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly moduleRef: ModuleRef,
    @Inject(BOARD_CONFIG) private readonly config: AppConfig,
  ) {
    const connection = { url: config.redisUrl, connectionName: 'assocflow-api-queue-board' };
    this.queues = BOARD_QUEUES.map((name) => new Queue(name, { connection }));
    for (const queue of this.queues) queue.on('error', (error) => new Logger('QueueBoard').warn(`queue ${queue.name}: ${error.message}`));
  }

  async onModuleInit(): Promise<void> {
    const board = new BoardAdapter();
    board.setBasePath(QUEUE_BOARD_PATH);
    createBullBoard({
      queues: this.queues.map((q) => new BullMQAdapter(q)),
      serverAdapter: board,
      options: { uiConfig: { boardTitle: 'assocflow queues' } },
    });
    const keys = this.moduleRef.get(ApiKeyService, { strict: false });
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    // Queued, not awaited: awaiting here boots Fastify's plugin tree before Nest sets its error
    // handler, and malformed JSON bodies then got Fastify's default answer, not a problem document.
    void fastify.register(
      async (scope) => {
        scope.addHook('onRequest', queueBoardAuth(keys, this.config.operatorTenant));
        await scope.register(board.registerPlugin());
      },
      { prefix: QUEUE_BOARD_PATH },
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.queues.map((q) => q.close()));
  }
}

@Module({})
export class QueueBoardModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: QueueBoardModule,
      global: true,
      providers: [QueueBoard, { provide: BOARD_CONFIG, useValue: config }],
      exports: [QueueBoard],
    };
  }
}
