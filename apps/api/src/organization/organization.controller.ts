import { Body, Controller, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { organization } from '@assocflow/domain';
import type { AuthenticatedRequest } from '../auth/api-key.guard';
import { CommandEndpoint } from '../commands/command-endpoint';
import { respond, type CommandAccepted } from '../commands/command-response';
import { commandContextOf, expectedRevisionOf } from '../commands/request-context';
import { TenantParam } from '../commands/tenant-param';
import { AggregateCommand } from '../commands/aggregate-command';
import { organizationAggregate } from './organization.aggregate';
import {
  AdoptBylawsDto,
  AdoptRegulationDto,
  FoundPartyUnitDto,
  IssueYearlyReportDto,
  RegisterOrganizationDto,
  StartTermDto,
} from './organization.dto';

@ApiTags('organization')
@ApiBearerAuth()
@Controller('v1/orgs/:tenant/organization')
export class OrganizationController {
  constructor(private readonly commands: CommandBus) {}

  private send(
    tenant: string,
    command: organization.OrganizationCommand,
    req: AuthenticatedRequest,
    reply: FastifyReply,
  ): Promise<CommandAccepted> {
    const message = AggregateCommand.to(organizationAggregate, undefined, command, commandContextOf(req, tenant), expectedRevisionOf(req));
    return this.commands.execute(message).then((result) => respond(reply, result));
  }

  @CommandEndpoint('', 'Register the organization (社会团体登记)')
  register(
    @TenantParam() tenant: string,
    @Body() dto: RegisterOrganizationDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(tenant, { type: 'RegisterOrganization', data: { ...dto } }, req, reply);
  }

  @CommandEndpoint('bylaws', "Adopt the charter's settings (章程)")
  adoptBylaws(
    @TenantParam() tenant: string,
    @Body() dto: AdoptBylawsDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(tenant, { type: 'AdoptBylaws', data: { ...dto } }, req, reply);
  }

  @CommandEndpoint('terms', 'Start a term of the organization (届)')
  startTerm(
    @TenantParam() tenant: string,
    @Body() dto: StartTermDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(tenant, { type: 'StartTerm', data: { ...dto } }, req, reply);
  }

  @CommandEndpoint('regulations', 'Adopt or revise a regulation (制定/修订制度)')
  adoptRegulation(
    @TenantParam() tenant: string,
    @Body() dto: AdoptRegulationDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(tenant, { type: 'AdoptRegulation', data: { ...dto } }, req, reply);
  }

  @CommandEndpoint('party-units', 'Found a party unit (党组织)')
  foundPartyUnit(
    @TenantParam() tenant: string,
    @Body() dto: FoundPartyUnitDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(tenant, { type: 'FoundPartyUnit', data: { ...dto } }, req, reply);
  }

  @CommandEndpoint('yearly-reports', "Issue the year's work summary under its 文号 (印发年度工作总结)")
  issueYearlyReport(
    @TenantParam() tenant: string,
    @Body() dto: IssueYearlyReportDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(tenant, { type: 'IssueYearlyReport', data: { ...dto } }, req, reply);
  }
}
