import { Body, Controller, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { member } from '@assocflow/domain';
import type { AuthenticatedRequest } from '../auth/api-key.guard';
import { CommandEndpoint } from '../commands/command-endpoint';
import { respond, type CommandAccepted } from '../commands/command-response';
import { commandContextOf, expectedRevisionOf } from '../commands/request-context';
import { IdParam, TenantParam } from '../commands/tenant-param';
import { AggregateCommand } from '../commands/aggregate-command';
import { memberAggregate } from './member.aggregate';
import { JoinMemberDto, LeaveMemberDto, PayDuesDto } from './member.dto';

@ApiTags('members')
@ApiBearerAuth()
@Controller('v1/orgs/:tenant/members')
export class MembersController {
  constructor(private readonly commands: CommandBus) {}

  private send(
    tenant: string,
    memberId: string,
    command: member.MemberCommand,
    req: AuthenticatedRequest,
    reply: FastifyReply,
  ): Promise<CommandAccepted> {
    const message = AggregateCommand.to(memberAggregate, memberId, command, commandContextOf(req, tenant), expectedRevisionOf(req));
    return this.commands.execute(message).then((result) => respond(reply, result));
  }

  @CommandEndpoint('', 'A member joins (入会)')
  join(
    @TenantParam() tenant: string,
    @Body() dto: JoinMemberDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(tenant, dto.memberId, { type: 'JoinMember', data: { ...dto } }, req, reply);
  }

  @CommandEndpoint(':memberId/dues', 'Record the dues of a year (缴纳会费)')
  payDues(
    @TenantParam() tenant: string,
    @IdParam('memberId') memberId: string,
    @Body() dto: PayDuesDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(tenant, memberId, { type: 'PayDues', data: { memberId, ...dto } }, req, reply);
  }

  @CommandEndpoint(':memberId/departure', 'A member leaves (退会)')
  leave(
    @TenantParam() tenant: string,
    @IdParam('memberId') memberId: string,
    @Body() dto: LeaveMemberDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(tenant, memberId, { type: 'LeaveMember', data: { memberId, ...dto } }, req, reply);
  }
}
