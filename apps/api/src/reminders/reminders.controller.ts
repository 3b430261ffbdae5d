import { Body, Controller, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { reminder } from '@assocflow/domain';
import type { AuthenticatedRequest } from '../auth/api-key.guard';
import { CommandEndpoint } from '../commands/command-endpoint';
import { respond, type CommandAccepted } from '../commands/command-response';
import { commandContextOf, expectedRevisionOf } from '../commands/request-context';
import { ReminderIdParam, TenantParam } from '../commands/tenant-param';
import { AggregateCommand } from '../commands/aggregate-command';
import { reminderAggregate } from './reminder.aggregate';
import { AcknowledgeReminderDto } from './reminder.dto';

/** Reminders are sent by the worker (SendReminder is not exposed); users acknowledge them. */
@ApiTags('reminders')
@ApiBearerAuth()
@Controller('v1/orgs/:tenant/reminders')
export class RemindersController {
  constructor(private readonly commands: CommandBus) {}

  private send(
    tenant: string,
    reminderId: string,
    command: reminder.ReminderCommand,
    req: AuthenticatedRequest,
    reply: FastifyReply,
  ): Promise<CommandAccepted> {
    const message = AggregateCommand.to(reminderAggregate, reminderId, command, commandContextOf(req, tenant), expectedRevisionOf(req));
    return this.commands.execute(message).then((result) => respond(reply, result));
  }

  @CommandEndpoint(':reminderId/acknowledgement', 'Acknowledge a reminder the worker sent')
  acknowledge(
    @TenantParam() tenant: string,
    @ReminderIdParam() reminderId: string,
    @Body() dto: AcknowledgeReminderDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(tenant, reminderId, { type: 'AcknowledgeReminder', data: { reminderId, ...dto } }, req, reply);
  }
}
