import { Body, Controller, Get, HttpException, Inject, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { channels, foldEvents } from '@assocflow/domain';
import { toDomainEvent } from '@assocflow/commanding';
import type { EventStore } from '@assocflow/eventstore';
import { EVENT_STORE, SecretKeyMissing, type SecretBox } from '@assocflow/platform';
import type { AuthenticatedRequest } from '../auth/api-key.guard';
import { AdminOnly } from '../auth/auth.decorators';
import { CommandEndpoint } from '../commands/command-endpoint';
import { respond, type CommandAccepted } from '../commands/command-response';
import { commandContextOf, expectedRevisionOf } from '../commands/request-context';
import { TenantParam } from '../commands/tenant-param';
import { webhookUrlRefusal, type WebhookTargetPolicy } from '@assocflow/delivery';
import { problem } from '../problem/problem-document';
import { AggregateCommand } from '../commands/aggregate-command';
import { channelsAggregate } from './channels.aggregate';
import { WEBHOOK_POLICY, WEBHOOK_SECRET_BOX } from './webhook-policy.module';
import { ChannelsView, ConfigureWebhookDto, RemoveWebhookDto, SetEmailRecipientsDto } from './channels.dto';

/** Where the tenant's reminders go besides the feed: admin keys only, the secret never read back. */
@ApiTags('channels')
@ApiBearerAuth()
@AdminOnly()
@Controller('v1/orgs/:tenant/channels')
export class ChannelsController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(WEBHOOK_POLICY) private readonly policy: WebhookTargetPolicy,
    @Inject(WEBHOOK_SECRET_BOX) private readonly secrets: SecretBox,
  ) {}

  private send(
    tenant: string,
    command: channels.ChannelsCommand,
    req: AuthenticatedRequest,
    reply: FastifyReply,
  ): Promise<CommandAccepted> {
    const message = AggregateCommand.to(channelsAggregate, undefined, command, commandContextOf(req, tenant), expectedRevisionOf(req));
    return this.commands.execute(message).then((result) => respond(reply, result));
  }

  @Get()
  @ApiOperation({ summary: 'The delivery channels: webhook URL (never its secret) and e-mail recipients' })
  @ApiOkResponse({ type: ChannelsView })
  async read(@TenantParam() tenant: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<ChannelsView> {
    const recorded = await this.store.readStream(channels.toChannelsStreamId(tenant));
    const state = foldEvents(
      channels.channelsDecider,
      recorded.map((r) => toDomainEvent<channels.ChannelsEvent>(channels.channelsUpcasters, r)),
    );
    const revision = recorded.length ? recorded[recorded.length - 1].revision.toString() : null;
    if (revision !== null) void reply.header('etag', `"${revision}"`);
    void reply.header('cache-control', 'no-store');
    if (state.status !== 'configured') return { webhook: null, emailRecipients: [], revision };
    const { webhook } = state;
    return {
      webhook: webhook ? { url: webhook.url, configuredOn: webhook.configuredOn, secretSet: true } : null,
      emailRecipients: state.emailRecipients,
      revision,
    };
  }

  @CommandEndpoint('webhook', 'Configure the webhook and its signing secret, or rotate the secret')
  configureWebhook(
    @TenantParam() tenant: string,
    @Body() dto: ConfigureWebhookDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    // What the URL itself shows (a literal address, localhost); names are resolved, checked and pinned at each delivery.
    const refused = webhookUrlRefusal(dto.url, this.policy);
    if (refused) {
      throw new HttpException(
        problem(422, 'webhook-target-allowed', 'Rule violated', `url: ${refused}`, { rule: 'webhook-target-allowed' }),
        422,
      );
    }
    let sealed: string;
    try {
      // Only the sealed secret reaches the event log; the worker opens it to sign each delivery.
      sealed = this.secrets.seal(dto.secret);
    } catch (error) {
      if (!(error instanceof SecretKeyMissing)) throw error;
      throw new HttpException(
        problem(
          503,
          'webhook-secret-key-missing',
          'Service unavailable',
          `${error.message}; the operator sets it (npm start keeps one in var/)`,
        ),
        503,
      );
    }
    return this.send(tenant, { type: 'ConfigureWebhook', data: { ...dto, secret: sealed } }, req, reply);
  }

  @CommandEndpoint('webhook/removal', 'Stop delivering reminders to the webhook')
  removeWebhook(
    @TenantParam() tenant: string,
    @Body() dto: RemoveWebhookDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(tenant, { type: 'RemoveWebhook', data: { ...dto } }, req, reply);
  }

  @CommandEndpoint('email-recipients', "Set the secretariat's e-mail recipients of reminders")
  setEmailRecipients(
    @TenantParam() tenant: string,
    @Body() dto: SetEmailRecipientsDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(tenant, { type: 'SetEmailRecipients', data: { ...dto } }, req, reply);
  }
}
