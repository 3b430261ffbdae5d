import { Body, Controller, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { membership } from '@assocflow/domain';
import type { AuthenticatedRequest } from '../auth/api-key.guard';
import { CommandEndpoint } from '../commands/command-endpoint';
import { respond, type CommandAccepted } from '../commands/command-response';
import { commandContextOf, expectedRevisionOf } from '../commands/request-context';
import { TenantParam, YearParam } from '../commands/tenant-param';
import { AggregateCommand } from '../commands/aggregate-command';
import { membershipAggregate } from './membership.aggregate';
import { CorrectMembershipTotalsDto, RecordMembershipTotalsDto } from './membership.dto';

@ApiTags('membership-totals')
@ApiBearerAuth()
@Controller('v1/orgs/:tenant/membership-totals')
export class MembershipTotalsController {
  constructor(private readonly commands: CommandBus) {}

  private send(
    tenant: string,
    year: number,
    command: membership.MembershipCommand,
    req: AuthenticatedRequest,
    reply: FastifyReply,
  ): Promise<CommandAccepted> {
    const message = AggregateCommand.to(membershipAggregate, year, command, commandContextOf(req, tenant), expectedRevisionOf(req));
    return this.commands.execute(message).then((result) => respond(reply, result));
  }

  @CommandEndpoint('', "Record a year's membership totals as a document states them")
  record(
    @TenantParam() tenant: string,
    @Body() dto: RecordMembershipTotalsDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(tenant, dto.year, { type: 'RecordMembershipTotals', data: { ...dto } }, req, reply);
  }

  @CommandEndpoint(':year/corrections', "Correct a year's membership totals: replaces every figure")
  correct(
    @TenantParam() tenant: string,
    @YearParam() year: number,
    @Body() dto: CorrectMembershipTotalsDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(tenant, year, { type: 'CorrectMembershipTotals', data: { year, ...dto } }, req, reply);
  }
}
