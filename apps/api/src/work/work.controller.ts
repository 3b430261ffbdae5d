import { Body, Controller, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { work } from '@assocflow/domain';
import type { AuthenticatedRequest } from '../auth/api-key.guard';
import { countOf } from '../activities/activity-commands';
import { CommandEndpoint } from '../commands/command-endpoint';
import { respond, type CommandAccepted } from '../commands/command-response';
import { commandContextOf, expectedRevisionOf } from '../commands/request-context';
import { IdParam, TenantParam } from '../commands/tenant-param';
import { AggregateCommand } from '../commands/aggregate-command';
import { workAggregate } from './work.aggregate';
import { CorrectWorkRecordDto, RecordWorkDto, RetractWorkRecordDto } from './work.dto';

const sourceOf = (s: { document: string; section?: string }): work.WorkSource => ({
  document: s.document,
  ...(s.section !== undefined ? { section: s.section } : {}),
});

/** 工作记录: figures of the organization's own work (secretariat, emergency response, examinations run for an authority …). */
@ApiTags('work')
@ApiBearerAuth()
@Controller('v1/orgs/:tenant/work')
export class WorkController {
  constructor(private readonly commands: CommandBus) {}

  private send(
    tenant: string,
    recordId: string,
    command: work.WorkCommand,
    req: AuthenticatedRequest,
    reply: FastifyReply,
  ): Promise<CommandAccepted> {
    const message = AggregateCommand.to(workAggregate, recordId, command, commandContextOf(req, tenant), expectedRevisionOf(req));
    return this.commands.execute(message).then((result) => respond(reply, result));
  }

  @CommandEndpoint('', "Record a figure of the organization's own work (工作记录)")
  record(
    @TenantParam() tenant: string,
    @Body() dto: RecordWorkDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const data: work.WorkRecord = { ...dto, count: countOf(dto.count), source: sourceOf(dto.source) };
    return this.send(tenant, dto.recordId, { type: 'RecordWork', data }, req, reply);
  }

  @CommandEndpoint(':recordId/corrections', 'Correct a work record')
  correct(
    @TenantParam() tenant: string,
    @IdParam('recordId') recordId: string,
    @Body() dto: CorrectWorkRecordDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const c = dto.changes;
    const changes: work.WorkChanges = {
      ...c,
      ...(c.count ? { count: countOf(c.count) } : {}),
      ...(c.source ? { source: sourceOf(c.source) } : {}),
    };
    return this.send(
      tenant,
      recordId,
      { type: 'CorrectWorkRecord', data: { recordId, correctedOn: dto.correctedOn, changes, reason: dto.reason } },
      req,
      reply,
    );
  }

  @CommandEndpoint(':recordId/retraction', 'Retract a work record entered in error')
  retract(
    @TenantParam() tenant: string,
    @IdParam('recordId') recordId: string,
    @Body() dto: RetractWorkRecordDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(tenant, recordId, { type: 'RetractWorkRecord', data: { recordId, ...dto } }, req, reply);
  }
}
