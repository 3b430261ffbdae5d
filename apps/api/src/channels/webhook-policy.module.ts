import { Module, type DynamicModule } from '@nestjs/common';
import type { WebhookTargetPolicy } from '@assocflow/delivery';
import type { SecretBox } from '@assocflow/platform';

export const WEBHOOK_POLICY = 'WEBHOOK_POLICY';
export const WEBHOOK_SECRET_BOX = 'WEBHOOK_SECRET_BOX';

/**
 * The installation's rules for webhooks: which addresses one may be configured for
 * (WEBHOOK_ALLOW_ADDRESSES) and the box its signing secret is sealed in (WEBHOOK_SECRET_KEY).
 */
@Module({})
export class WebhookPolicyModule {
  static forRoot(policy: WebhookTargetPolicy, secrets: SecretBox): DynamicModule {
    return {
      module: WebhookPolicyModule,
      global: true,
      providers: [
        { provide: WEBHOOK_POLICY, useValue: policy },
        { provide: WEBHOOK_SECRET_BOX, useValue: secrets },
      ],
      exports: [WEBHOOK_POLICY, WEBHOOK_SECRET_BOX],
    };
  }
}
