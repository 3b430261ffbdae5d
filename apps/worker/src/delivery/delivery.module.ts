import {
  Inject,
  Injectable,
  Logger,
  Module,
  type BeforeApplicationShutdown,
  type DynamicModule,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { startDelivery, type DeliveryRuntime } from '@assocflow/delivery';
import type { EventStore } from '@assocflow/eventstore';
import { EVENT_STORE, type AppConfig } from '@assocflow/platform';

const DELIVERY_CONFIG = 'DELIVERY_CONFIG';

/**
 * Delivers every ReminderSent over the tenant's webhook and e-mail. Stops before the event store
 * and Redis close: the follower first (nothing more is queued), then the BullMQ worker (waits
 * for the deliveries in flight), then the queue.
 */
@Injectable()
export class DeliveryService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Delivery');
  private runtime?: DeliveryRuntime;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DELIVERY_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.runtime = await startDelivery({
      store: this.store,
      redisUrl: this.config.redisUrl,
      smtp: this.config.smtp,
      webhookPolicy: { allow: this.config.webhookAllow },
      webhookSecretKey: this.config.webhookSecretKey,
      logger: { log: (m) => this.logger.log(m), warn: (m) => this.logger.warn(m), error: (m) => this.logger.error(m) },
    });
    this.logger.log(`reminder delivery running${this.config.smtp ? '' : ' (no SMTP_URL: e-mail deliveries are recorded as failed)'}`);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.runtime?.close();
    this.logger.log('reminder delivery stopped');
  }
}

@Module({})
export class DeliveryModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: DeliveryModule, providers: [DeliveryService, { provide: DELIVERY_CONFIG, useValue: config }] };
  }
}
