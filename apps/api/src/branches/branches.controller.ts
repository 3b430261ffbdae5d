import { Body, Controller, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { branch } from '@assocflow/domain';
import type { AuthenticatedRequest } from '../auth/api-key.guard';
import { CommandEndpoint } from '../commands/command-endpoint';
import { respond, type CommandAccepted } from '../commands/command-response';
import { commandContextOf, expectedRevisionOf } from '../commands/request-context';
import { IdParam, TenantParam } from '../commands/tenant-param';
import { AggregateCommand } from '../commands/aggregate-command';
import { branchAggregate } from './branch.aggregate';
import { BRANCH_ENTRY } from './branch-commands';
import {
  ApproveBranchPreparationDto,
  ChangeBranchLeadershipDto,
  DissolveBranchDto,
  FormPartyGroupDto,
  FoundBranchDto,
  PostponeBranchRenewalDto,
  RegisterBranchDto,
  RenewBranchTermDto,
  SetUpBranchSubgroupDto,
} from './branch.dto';

@ApiTags('branches')
@ApiBearerAuth()
@Controller('v1/orgs/:tenant/branches')
export class BranchesController {
  constructor(private readonly commands: CommandBus) {}

  private send(
    tenant: string,
    branchId: string,
    command: branch.BranchCommand,
    req: AuthenticatedRequest,
    reply: FastifyReply,
  ): Promise<CommandAccepted> {
    const message = AggregateCommand.to(branchAggregate, branchId, command, commandContextOf(req, tenant), expectedRevisionOf(req));
    return this.commands.execute(message).then((result) => respond(reply, result));
  }

  @CommandEndpoint('', 'Found a branch (分支机构成立)')
  found(
    @TenantParam() tenant: string,
    @Body() dto: FoundBranchDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(tenant, dto.branchId, BRANCH_ENTRY.founded.command(dto), req, reply);
  }

  @CommandEndpoint('preparations', 'Approve preparing a branch (筹备); found it later under the same branchId')
  prepare(
    @TenantParam() tenant: string,
    @Body() dto: ApproveBranchPreparationDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(tenant, dto.branchId, { type: 'ApproveBranchPreparation', data: { ...dto } }, req, reply);
  }

  @CommandEndpoint(':branchId/subgroups', 'Set up a sub-group under the branch (学组)')
  setUpSubgroup(
    @TenantParam() tenant: string,
    @IdParam('branchId') branchId: string,
    @Body() dto: SetUpBranchSubgroupDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(tenant, branchId, { type: 'SetUpBranchSubgroup', data: { branchId, ...dto } }, req, reply);
  }

  @CommandEndpoint('registrations', 'Declare a branch that existed before recording started')
  register(
    @TenantParam() tenant: string,
    @Body() dto: RegisterBranchDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(tenant, dto.branchId, BRANCH_ENTRY.registered.command(dto), req, reply);
  }

  @CommandEndpoint(':branchId/renewals', 'Renew the branch term (换届)')
  renew(
    @TenantParam() tenant: string,
    @IdParam('branchId') branchId: string,
    @Body() dto: RenewBranchTermDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(tenant, branchId, { type: 'RenewBranchTerm', data: { branchId, ...dto } }, req, reply);
  }

  @CommandEndpoint(':branchId/postponements', 'Postpone the renewal, with approval (延期换届)')
  postpone(
    @TenantParam() tenant: string,
    @IdParam('branchId') branchId: string,
    @Body() dto: PostponeBranchRenewalDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(tenant, branchId, { type: 'PostponeBranchRenewal', data: { branchId, ...dto } }, req, reply);
  }

  @CommandEndpoint(':branchId/leadership', 'Change the branch leadership')
  changeLeadership(
    @TenantParam() tenant: string,
    @IdParam('branchId') branchId: string,
    @Body() dto: ChangeBranchLeadershipDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(tenant, branchId, { type: 'ChangeBranchLeadership', data: { branchId, ...dto } }, req, reply);
  }

  @CommandEndpoint(':branchId/party-group', 'Form the party working group (党建工作小组)')
  formPartyGroup(
    @TenantParam() tenant: string,
    @IdParam('branchId') branchId: string,
    @Body() dto: FormPartyGroupDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(tenant, branchId, { type: 'FormPartyGroup', data: { branchId, ...dto } }, req, reply);
  }

  @CommandEndpoint(':branchId/dissolution', 'Dissolve the branch')
  dissolve(
    @TenantParam() tenant: string,
    @IdParam('branchId') branchId: string,
    @Body() dto: DissolveBranchDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(tenant, branchId, { type: 'DissolveBranch', data: { branchId, ...dto } }, req, reply);
  }
}
