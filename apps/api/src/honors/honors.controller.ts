import { Body, Controller, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { honor } from '@assocflow/domain';
import type { AuthenticatedRequest } from '../auth/api-key.guard';
import { CommandEndpoint } from '../commands/command-endpoint';
import { respond, type CommandAccepted } from '../commands/command-response';
import { commandContextOf, expectedRevisionOf } from '../commands/request-context';
import { IdParam, TenantParam } from '../commands/tenant-param';
import { AggregateCommand } from '../commands/aggregate-command';
import { honorAggregate } from './honor.aggregate';
import { countOf } from '../activities/activity-commands';
import { AwardHonorDto, ReceiveHonorDto, RetractHonorRecordDto, type HonorRecipientDto } from './honor.dto';

/** The validated recipient in the domain's shape (the DTO has every kind's fields). */
function recipientOf(dto: HonorRecipientDto): honor.HonorRecipient {
  switch (dto.kind) {
    case 'branch':
      return { kind: 'branch', branchId: dto.branchId! };
    case 'person':
      return { kind: 'person', name: dto.name! };
    case 'staff':
      return { kind: 'staff', count: countOf(dto.count!), ...(dto.named ? { named: dto.named } : {}) };
    case 'member-projects':
      return { kind: 'member-projects', count: countOf(dto.count!) };
    default:
      return { kind: 'organization' };
  }
}

@ApiTags('honors')
@ApiBearerAuth()
@Controller('v1/orgs/:tenant/honors')
export class HonorsController {
  constructor(private readonly commands: CommandBus) {}

  private send(
    tenant: string,
    honorId: string,
    command: honor.HonorCommand,
    req: AuthenticatedRequest,
    reply: FastifyReply,
  ): Promise<CommandAccepted> {
    const message = AggregateCommand.to(honorAggregate, honorId, command, commandContextOf(req, tenant), expectedRevisionOf(req));
    return this.commands.execute(message).then((result) => respond(reply, result));
  }

  @CommandEndpoint('', 'Record an honor received (荣誉)')
  receive(
    @TenantParam() tenant: string,
    @Body() dto: ReceiveHonorDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(tenant, dto.honorId, { type: 'ReceiveHonor', data: { ...dto, recipient: recipientOf(dto.recipient) } }, req, reply);
  }

  @CommandEndpoint('awarded', 'Record an honor the organization or a branch awarded (评选表彰)')
  award(
    @TenantParam() tenant: string,
    @Body() dto: AwardHonorDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const awardedBy: honor.HonorAwarder =
      dto.awardedBy.kind === 'branch' ? { kind: 'branch', branchId: dto.awardedBy.branchId! } : { kind: 'organization' };
    return this.send(
      tenant,
      dto.honorId,
      {
        type: 'AwardHonor',
        data: {
          honorId: dto.honorId,
          title: dto.title,
          awardedBy,
          awardees: countOf(dto.awardees),
          awardeeKind: dto.awardeeKind,
          awardedOn: dto.awardedOn,
        },
      },
      req,
      reply,
    );
  }

  @CommandEndpoint(':honorId/retraction', 'Retract a wrong honor record')
  retract(
    @TenantParam() tenant: string,
    @IdParam('honorId') honorId: string,
    @Body() dto: RetractHonorRecordDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(tenant, honorId, { type: 'RetractHonorRecord', data: { honorId, ...dto } }, req, reply);
  }
}
