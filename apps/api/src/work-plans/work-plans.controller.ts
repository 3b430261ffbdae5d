import { Body, Controller, HttpException, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { workplan } from '@assocflow/domain';
import type { AuthenticatedRequest } from '../auth/api-key.guard';
import { CommandEndpoint } from '../commands/command-endpoint';
import { respond, type CommandAccepted } from '../commands/command-response';
import { commandContextOf, expectedRevisionOf } from '../commands/request-context';
import { TenantParam, YearParam } from '../commands/tenant-param';
import { problem } from '../problem/problem-document';
import { AggregateCommand } from '../commands/aggregate-command';
import { workPlanAggregate } from './workplan.aggregate';
import { AdoptWorkPlanDto, AmendWorkPlanDto, LinkTargetDto } from './workplan.dto';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Evidence is an event of the same organization: `<category>-<tenant>.<id>`. */
function requireOwnStream(tenant: string, streamId: string): void {
  if (new RegExp(`^[a-z]+-${escapeRegExp(tenant)}\\.`).test(streamId)) return;
  const message = `evidence.streamId must be a stream of organization ${tenant}, such as branch-${tenant}.<id>`;
  throw new HttpException(
    problem(400, 'invalid-request', 'Invalid request', message, { errors: [{ field: 'evidence.streamId', rule: 'sameTenant', message }] }),
    400,
  );
}

@ApiTags('work-plans')
@ApiBearerAuth()
@Controller('v1/orgs/:tenant/work-plans')
export class WorkPlansController {
  constructor(private readonly commands: CommandBus) {}

  private send(
    tenant: string,
    year: number,
    command: workplan.WorkPlanCommand,
    req: AuthenticatedRequest,
    reply: FastifyReply,
  ): Promise<CommandAccepted> {
    const message = AggregateCommand.to(workPlanAggregate, year, command, commandContextOf(req, tenant), expectedRevisionOf(req));
    return this.commands.execute(message).then((result) => respond(reply, result));
  }

  @CommandEndpoint('', "Adopt the year's work plan (年度工作要点)")
  adopt(
    @TenantParam() tenant: string,
    @Body() dto: AdoptWorkPlanDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(tenant, dto.year, { type: 'AdoptWorkPlan', data: { ...dto } }, req, reply);
  }

  @CommandEndpoint(':year/amendments', 'Amend the work plan: remove, then add targets')
  amend(
    @TenantParam() tenant: string,
    @YearParam() year: number,
    @Body() dto: AmendWorkPlanDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(tenant, year, { type: 'AmendWorkPlan', data: { year, ...dto } }, req, reply);
  }

  @CommandEndpoint(':year/links', 'Link a target to an event that shows it worked on or met')
  link(
    @TenantParam() tenant: string,
    @YearParam() year: number,
    @Body() dto: LinkTargetDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    requireOwnStream(tenant, dto.evidence.streamId);
    return this.send(tenant, year, { type: 'LinkTarget', data: { year, ...dto } }, req, reply);
  }
}
