import { Body, Controller, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { grant } from '@assocflow/domain';
import type { AuthenticatedRequest } from '../auth/api-key.guard';
import { CommandEndpoint } from '../commands/command-endpoint';
import { respond, type CommandAccepted } from '../commands/command-response';
import { commandContextOf, expectedRevisionOf } from '../commands/request-context';
import { IdParam, TenantParam } from '../commands/tenant-param';
import { AggregateCommand } from '../commands/aggregate-command';
import { grantAggregate, grantCallAggregate } from './grant.aggregate';
import {
  ApplyForGrantDto,
  AwardGrantDto,
  ConcludeGrantDto,
  CorrectGrantRecordDto,
  OpenGrantCallDto,
  RecordExternalGrantDto,
  RecordGrantsBackfillDto,
  RetractGrantRecordDto,
} from './grant.dto';

/**
 * 课题: calls for applications (one stream per call) and grants (one stream per grant,
 * external grant or backfilled total), from application to conclusion.
 */
@ApiTags('grants')
@ApiBearerAuth()
@Controller('v1/orgs/:tenant')
export class GrantsController {
  constructor(private readonly commands: CommandBus) {}

  private send(
    tenant: string,
    grantId: string,
    command: grant.GrantCommand,
    req: AuthenticatedRequest,
    reply: FastifyReply,
  ): Promise<CommandAccepted> {
    const message = AggregateCommand.to(grantAggregate, grantId, command, commandContextOf(req, tenant), expectedRevisionOf(req));
    return this.commands.execute(message).then((result) => respond(reply, result));
  }

  @CommandEndpoint('grant-calls', 'Open a call for grant applications (课题申报通知)')
  openCall(
    @TenantParam() tenant: string,
    @Body() dto: OpenGrantCallDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const command: grant.OpenGrantCall = { type: 'OpenGrantCall', data: { ...dto } };
    const message = AggregateCommand.to(grantCallAggregate, dto.callId, command, commandContextOf(req, tenant), expectedRevisionOf(req));
    return this.commands.execute(message).then((result) => respond(reply, result));
  }

  @CommandEndpoint('grants/applications', 'Record an application for a grant (课题申报)')
  apply(
    @TenantParam() tenant: string,
    @Body() dto: ApplyForGrantDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const applicant: grant.Applicant = {
      institution: dto.applicant.institution,
      ...(dto.applicant.branchId !== undefined ? { branchId: dto.applicant.branchId } : {}),
    };
    return this.send(tenant, dto.grantId, { type: 'ApplyForGrant', data: { ...dto, applicant } }, req, reply);
  }

  @CommandEndpoint('grants/awards', 'Award a grant (立项), with or without a recorded application')
  award(
    @TenantParam() tenant: string,
    @Body() dto: AwardGrantDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(tenant, dto.grantId, { type: 'AwardGrant', data: { ...dto } }, req, reply);
  }

  @CommandEndpoint('grants/:grantId/conclusion', 'Conclude an awarded grant (结题 or 终止)')
  conclude(
    @TenantParam() tenant: string,
    @IdParam('grantId') grantId: string,
    @Body() dto: ConcludeGrantDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(tenant, grantId, { type: 'ConcludeGrant', data: { grantId, ...dto } }, req, reply);
  }

  @CommandEndpoint('grants/external', 'Record a grant won from an outside funder')
  external(
    @TenantParam() tenant: string,
    @Body() dto: RecordExternalGrantDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(tenant, dto.grantId, { type: 'RecordExternalGrant', data: { ...dto } }, req, reply);
  }

  @CommandEndpoint('grants/backfills', "Backfill a year's grants a source gives only as a total")
  backfill(
    @TenantParam() tenant: string,
    @Body() dto: RecordGrantsBackfillDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const grantId = grant.grantsBackfillId(dto.year, dto.sequence ?? 1);
    const { sequence: _sequence, source, ...rest } = dto;
    const data = { ...rest, grantId, source: { document: source.document, section: source.section } };
    return this.send(tenant, grantId, { type: 'RecordGrantsBackfill', data }, req, reply);
  }

  @CommandEndpoint('grants/:grantId/corrections', 'Correct a grant record or a backfilled total')
  correct(
    @TenantParam() tenant: string,
    @IdParam('grantId') grantId: string,
    @Body() dto: CorrectGrantRecordDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(tenant, grantId, { type: 'CorrectGrantRecord', data: { grantId, ...dto, changes: { ...dto.changes } } }, req, reply);
  }

  @CommandEndpoint('grants/:grantId/retraction', 'Retract a grant record entered in error')
  retract(
    @TenantParam() tenant: string,
    @IdParam('grantId') grantId: string,
    @Body() dto: RetractGrantRecordDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(tenant, grantId, { type: 'RetractGrantRecord', data: { grantId, ...dto } }, req, reply);
  }
}
