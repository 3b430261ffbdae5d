import { Body, Controller, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { indicator } from '@assocflow/domain';
import type { AuthenticatedRequest } from '../auth/api-key.guard';
import { CommandEndpoint } from '../commands/command-endpoint';
import { respond, type CommandAccepted } from '../commands/command-response';
import { commandContextOf, expectedRevisionOf } from '../commands/request-context';
import { TenantParam } from '../commands/tenant-param';
import { AggregateCommand } from '../commands/aggregate-command';
import { indicatorAggregate } from './indicator.aggregate';
import { RecordIndicatorDto } from './indicator.dto';

@ApiTags('indicators')
@ApiBearerAuth()
@Controller('v1/orgs/:tenant/indicators')
export class IndicatorsController {
  constructor(private readonly commands: CommandBus) {}

  private send(
    tenant: string,
    id: string,
    command: indicator.IndicatorCommand,
    req: AuthenticatedRequest,
    reply: FastifyReply,
  ): Promise<CommandAccepted> {
    const message = AggregateCommand.to(indicatorAggregate, id, command, commandContextOf(req, tenant), expectedRevisionOf(req));
    return this.commands.execute(message).then((result) => respond(reply, result));
  }

  @CommandEndpoint('', 'Record a yearly figure no other event yields (e.g. 门诊人次), or correct it')
  record(
    @TenantParam() tenant: string,
    @Body() dto: RecordIndicatorDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const id = indicator.toIndicatorId(dto.key, dto.year);
    return this.send(tenant, id, { type: 'RecordIndicator', data: { ...dto } }, req, reply);
  }
}
