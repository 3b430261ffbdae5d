import { Body, Controller, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { activity } from '@assocflow/domain';
import type { AuthenticatedRequest } from '../auth/api-key.guard';
import { BranchScoped } from '../auth/auth.decorators';
import { CommandEndpoint } from '../commands/command-endpoint';
import { respond, type CommandAccepted } from '../commands/command-response';
import { commandContextOf, expectedRevisionOf } from '../commands/request-context';
import { IdParam, TenantParam } from '../commands/tenant-param';
import { AggregateCommand } from '../commands/aggregate-command';
import { activityAggregate } from './activity.aggregate';
import { backfillRecording, countOf, HELD_ACTIVITY_RECORDING, organizerOf, reachOf, sourceOf } from './activity-commands';
import {
  CorrectActivityRecordDto,
  RecordAcademicEventDto,
  RecordActivitiesBackfillDto,
  RecordCompetitionDto,
  RecordExchangeVisitDto,
  RecordPublicWelfareActivityDto,
  RecordStudySessionDto,
  RecordTrainingDto,
  RetractActivityRecordDto,
} from './activity.dto';

/**
 * 活动: trainings, academic events, competitions, public welfare, exchange visits and study
 * sessions, one stream per activity. A branch officer records its own branch's activities;
 * backfilled totals, corrections and retractions are for the secretariat.
 */
@ApiTags('activities')
@ApiBearerAuth()
@Controller('v1/orgs/:tenant/activities')
export class ActivitiesController {
  constructor(private readonly commands: CommandBus) {}

  private send(
    tenant: string,
    activityId: string,
    command: activity.ActivityCommand,
    req: AuthenticatedRequest,
    reply: FastifyReply,
  ): Promise<CommandAccepted> {
    const message = AggregateCommand.to(activityAggregate, activityId, command, commandContextOf(req, tenant), expectedRevisionOf(req));
    return this.commands.execute(message).then((result) => respond(reply, result));
  }

  @BranchScoped()
  @CommandEndpoint('trainings', 'Record a training held (培训)')
  recordTraining(
    @TenantParam() tenant: string,
    @Body() dto: RecordTrainingDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(tenant, dto.activityId, HELD_ACTIVITY_RECORDING.training.command(dto), req, reply);
  }

  @BranchScoped()
  @CommandEndpoint('academic-events', 'Record an academic event held (学术会议/论坛)')
  recordAcademicEvent(
    @TenantParam() tenant: string,
    @Body() dto: RecordAcademicEventDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(tenant, dto.activityId, HELD_ACTIVITY_RECORDING.academic.command(dto), req, reply);
  }

  @BranchScoped()
  @CommandEndpoint('competitions', 'Record a competition or selection held (竞赛/评选)')
  recordCompetition(
    @TenantParam() tenant: string,
    @Body() dto: RecordCompetitionDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(tenant, dto.activityId, HELD_ACTIVITY_RECORDING.competition.command(dto), req, reply);
  }

  @BranchScoped()
  @CommandEndpoint('public-welfare', 'Record a public-welfare activity held (公益/义诊)')
  recordPublicWelfare(
    @TenantParam() tenant: string,
    @Body() dto: RecordPublicWelfareActivityDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(tenant, dto.activityId, HELD_ACTIVITY_RECORDING.welfare.command(dto), req, reply);
  }

  @BranchScoped()
  @CommandEndpoint('exchange-visits', 'Record an exchange or study visit (交流/考察)')
  recordExchangeVisit(
    @TenantParam() tenant: string,
    @Body() dto: RecordExchangeVisitDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(tenant, dto.activityId, HELD_ACTIVITY_RECORDING.exchange.command(dto), req, reply);
  }

  @BranchScoped()
  @CommandEndpoint('study-sessions', 'Record a political study session held (党建学习)')
  recordStudySession(
    @TenantParam() tenant: string,
    @Body() dto: RecordStudySessionDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(tenant, dto.activityId, HELD_ACTIVITY_RECORDING.study.command(dto), req, reply);
  }

  @CommandEndpoint('backfills', "Backfill a year's total a source gives only as a total (secretariat only)")
  backfill(
    @TenantParam() tenant: string,
    @Body() dto: RecordActivitiesBackfillDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { activityId, command } = backfillRecording(dto);
    return this.send(tenant, activityId, command, req, reply);
  }

  @CommandEndpoint(':activityId/corrections', 'Correct an activity record or a backfilled total')
  correct(
    @TenantParam() tenant: string,
    @IdParam('activityId') activityId: string,
    @Body() dto: CorrectActivityRecordDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const c = dto.changes;
    const changes: activity.ActivityChanges = {
      ...c,
      organizer: c.organizer && organizerOf(c.organizer),
      participants: c.participants && countOf(c.participants),
      peopleServed: c.peopleServed && countOf(c.peopleServed),
      reach: c.reach && reachOf(c.reach),
      source: c.source && sourceOf(c.source),
    };
    return this.send(
      tenant,
      activityId,
      { type: 'CorrectActivityRecord', data: { activityId, correctedOn: dto.correctedOn, changes, reason: dto.reason } },
      req,
      reply,
    );
  }

  @CommandEndpoint(':activityId/retraction', 'Retract an activity record entered in error')
  retract(
    @TenantParam() tenant: string,
    @IdParam('activityId') activityId: string,
    @Body() dto: RetractActivityRecordDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(tenant, activityId, { type: 'RetractActivityRecord', data: { activityId, ...dto } }, req, reply);
  }
}
