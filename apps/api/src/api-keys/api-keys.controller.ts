import { Body, Controller, Get, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AdminOnly } from '../auth/auth.decorators';
import type { AuthenticatedRequest } from '../auth/api-key.guard';
import { ApiKeyService } from '../auth/api-key.service';
import { actorOf } from '../auth/principal';
import { CommandEndpoint } from '../commands/command-endpoint';
import { respond } from '../commands/command-response';
import { IdParam, TenantParam } from '../commands/tenant-param';
import { todayOf } from '../read-models/read-query';
import { ApiKeyListingDto, IssuedApiKey, IssueApiKeyDto, RevokeApiKeyDto } from './api-key.dto';

/** 密钥管理: an admin of the tenant issues, lists and revokes its keys. A secret is shown once, at issue, and never listed. */
@ApiTags('api-keys')
@ApiBearerAuth()
@AdminOnly()
@Controller('v1/orgs/:tenant/api-keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeyService) {}

  @Get()
  @ApiOperation({
    summary: "List the tenant's API keys: role, branches, label, issue and expiry, status (active, expired, revoked); never the secret",
  })
  @ApiOkResponse({ type: [ApiKeyListingDto] })
  list(@TenantParam() tenant: string) {
    return this.keys.list(tenant, todayOf(undefined));
  }

  @CommandEndpoint('', 'Issue an API key (ApiKeyIssued); the answer holds the key, shown this once')
  @ApiCreatedResponse({ type: IssuedApiKey })
  issue(@TenantParam() tenant: string, @Body() dto: IssueApiKeyDto, @Req() req: AuthenticatedRequest): Promise<IssuedApiKey> {
    return this.keys.issue(tenant, dto.role, {
      branchIds: dto.branchIds,
      label: dto.label,
      expiresOn: dto.expiresOn,
      actor: actorOf(req.principal!),
      today: todayOf(undefined),
    });
  }

  @CommandEndpoint(':keyId/revocation', 'Revoke an API key (ApiKeyRevoked): from then on it is refused with 401')
  async revoke(
    @TenantParam() tenant: string,
    @IdParam('keyId') keyId: string,
    @Body() dto: RevokeApiKeyDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const result = await this.keys.revoke(tenant, keyId, { reason: dto.reason, actor: actorOf(req.principal!), today: todayOf(undefined) });
    return respond(reply, result);
  }
}
