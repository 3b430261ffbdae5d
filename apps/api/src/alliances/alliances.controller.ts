import { Body, Controller, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { alliance } from '@assocflow/domain';
import type { AuthenticatedRequest } from '../auth/api-key.guard';
import { countOf } from '../activities/activity-commands';
import { CommandEndpoint } from '../commands/command-endpoint';
import { respond } from '../commands/command-response';
import { commandContextOf, expectedRevisionOf } from '../commands/request-context';
import { TenantParam } from '../commands/tenant-param';
import { AggregateCommand } from '../commands/aggregate-command';
import { allianceAggregate } from './alliance.aggregate';
import { FoundAllianceDto } from './alliance.dto';

/** 联盟: alliances the organization or a branch set up with member institutions. */
@ApiTags('alliances')
@ApiBearerAuth()
@Controller('v1/orgs/:tenant/alliances')
export class AlliancesController {
  constructor(private readonly commands: CommandBus) {}

  @CommandEndpoint('', 'Record an alliance founded (联盟), with its member institutions')
  found(
    @TenantParam() tenant: string,
    @Body() dto: FoundAllianceDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const lead: alliance.AllianceLead =
      dto.lead.kind === 'branch' ? { kind: 'branch', branchId: dto.lead.branchId! } : { kind: 'organization' };
    const command: alliance.AllianceCommand = {
      type: 'FoundAlliance',
      data: { allianceId: dto.allianceId, name: dto.name, lead, members: countOf(dto.members), foundedOn: dto.foundedOn },
    };
    const message = AggregateCommand.to(allianceAggregate, dto.allianceId, command, commandContextOf(req, tenant), expectedRevisionOf(req));
    return this.commands.execute(message).then((result) => respond(reply, result));
  }
}
