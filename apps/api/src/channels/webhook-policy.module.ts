import { Module, type DynamicModule } from '@nestjs/common';
import type { WebhookTargetPolicy } from '@assocflow/delivery';

export const WEBHOOK_POLICY = 'WEBHOOK_POLICY';

/** Which addresses a webhook may be configured for: the installation's WEBHOOK_ALLOW_ADDRESSES. */
@Module({})
export class WebhookPolicyModule {
  static forRoot(policy: WebhookTargetPolicy): DynamicModule {
    return { module: WebhookPolicyModule, global: true, providers: [{ provide: WEBHOOK_POLICY, useValue: policy }], exports: [WEBHOOK_POLICY] };
  }
}
