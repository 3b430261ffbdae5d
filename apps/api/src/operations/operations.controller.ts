import { Body, Controller, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { operations } from '@assocflow/domain';
import type { AuthenticatedRequest } from '../auth/api-key.guard';
import { CommandEndpoint } from '../commands/command-endpoint';
import { respond } from '../commands/command-response';
import { commandContextOf, expectedRevisionOf } from '../commands/request-context';
import { TenantParam } from '../commands/tenant-param';
import { AggregateCommand } from '../commands/aggregate-command';
import { operationsAggregate } from './operations.aggregate';
import { RecordOperatingStatisticsDto } from './operations.dto';

/** 医院运营统计: a hospital's operating figures, one recording per year (a later one replaces it). */
@ApiTags('operations')
@ApiBearerAuth()
@Controller('v1/orgs/:tenant/operations')
export class OperationsController {
  constructor(private readonly commands: CommandBus) {}

  @CommandEndpoint('', "Record a year's operating figures (医院运营统计: 门诊, 手术, 药占比 …)")
  record(
    @TenantParam() tenant: string,
    @Body() dto: RecordOperatingStatisticsDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const figures = dto.figures.map((f): operations.OperatingFigure => ({
      ...f,
      ...(f.parts ? { parts: f.parts.map((p) => ({ ...p })) } : {}),
    }));
    const command: operations.OperationsCommand = {
      type: 'RecordOperatingStatistics',
      data: { year: dto.year, figures, source: { ...dto.source } },
    };
    const message = AggregateCommand.to(operationsAggregate, dto.year, command, commandContextOf(req, tenant), expectedRevisionOf(req));
    return this.commands.execute(message).then((result) => respond(reply, result));
  }
}
