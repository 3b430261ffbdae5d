import { Body, Controller, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { activity, type Count } from '@assocflow/domain';
import type { AuthenticatedRequest } from '../auth/api-key.guard';
import { BranchScoped } from '../auth/auth.decorators';
import { CommandEndpoint } from '../commands/command-endpoint';
import { respond, type CommandAccepted } from '../commands/command-response';
import { commandContextOf, expectedRevisionOf } from '../commands/request-context';
import { IdParam, TenantParam } from '../commands/tenant-param';
import type { CountDto } from '../commands/dto/common.dto';
import { ActivityCommandMessage } from './activity-command.handler';
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
  type ActivityOrganizerDto,
  type ActivitySourceDto,
  type HeldActivityDto,
} from './activity.dto';

const countOf = (c: CountDto): Count => ({ value: c.value, approximate: c.approximate });
const sourceOf = (s: ActivitySourceDto): activity.SourceRef => ({ document: s.document, section: s.section });
const organizerOf = (o: ActivityOrganizerDto): activity.Organizer =>
  o.kind === 'branch' ? { kind: 'branch', branchId: o.branchId! } : { kind: 'organization' };

/** The validated body as the domain states it: plain values, counts as { value, approximate }. */
function heldActivity(dto: HeldActivityDto): activity.HeldActivityInput {
  return {
    activityId: dto.activityId,
    title: dto.title,
    heldOn: dto.heldOn,
    endedOn: dto.endedOn,
    organizer: organizerOf(dto.organizer),
    sessions: dto.sessions,
    mode: dto.mode,
    onlineSessions: dto.onlineSessions,
    participants: countOf(dto.participants),
  };
}

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

  private send(tenant: string, activityId: string, command: activity.ActivityCommand, req: AuthenticatedRequest, reply: FastifyReply): Promise<CommandAccepted> {
    const message = new ActivityCommandMessage(activity.toActivityStreamId(tenant, activityId), command, commandContextOf(req, tenant), expectedRevisionOf(req));
    return this.commands.execute(message).then((result) => respond(reply, result));
  }

  @BranchScoped()
  @CommandEndpoint('trainings', 'Record a training held (培训)')
  recordTraining(@TenantParam() tenant: string, @Body() dto: RecordTrainingDto, @Req() req: AuthenticatedRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const data = { ...heldActivity(dto), cmeCreditProject: dto.cmeCreditProject, passed: dto.passed };
    return this.send(tenant, dto.activityId, { type: 'RecordTraining', data }, req, reply);
  }

  @BranchScoped()
  @CommandEndpoint('academic-events', 'Record an academic event held (学术会议/论坛)')
  recordAcademicEvent(@TenantParam() tenant: string, @Body() dto: RecordAcademicEventDto, @Req() req: AuthenticatedRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.send(tenant, dto.activityId, { type: 'RecordAcademicEvent', data: heldActivity(dto) }, req, reply);
  }

  @BranchScoped()
  @CommandEndpoint('competitions', 'Record a competition or selection held (竞赛/评选)')
  recordCompetition(@TenantParam() tenant: string, @Body() dto: RecordCompetitionDto, @Req() req: AuthenticatedRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.send(tenant, dto.activityId, { type: 'RecordCompetition', data: { ...heldActivity(dto), teams: dto.teams } }, req, reply);
  }

  @BranchScoped()
  @CommandEndpoint('public-welfare', 'Record a public-welfare activity held (公益/义诊)')
  recordPublicWelfare(@TenantParam() tenant: string, @Body() dto: RecordPublicWelfareActivityDto, @Req() req: AuthenticatedRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const data = { ...heldActivity(dto), peopleServed: dto.peopleServed && countOf(dto.peopleServed) };
    return this.send(tenant, dto.activityId, { type: 'RecordPublicWelfareActivity', data }, req, reply);
  }

  @BranchScoped()
  @CommandEndpoint('exchange-visits', 'Record an exchange or study visit (交流/考察)')
  recordExchangeVisit(@TenantParam() tenant: string, @Body() dto: RecordExchangeVisitDto, @Req() req: AuthenticatedRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.send(tenant, dto.activityId, { type: 'RecordExchangeVisit', data: heldActivity(dto) }, req, reply);
  }

  @BranchScoped()
  @CommandEndpoint('study-sessions', 'Record a political study session held (党建学习)')
  recordStudySession(@TenantParam() tenant: string, @Body() dto: RecordStudySessionDto, @Req() req: AuthenticatedRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.send(tenant, dto.activityId, { type: 'RecordStudySession', data: heldActivity(dto) }, req, reply);
  }

  @CommandEndpoint('backfills', 'Backfill a year\'s total a source gives only as a total (secretariat only)')
  backfill(@TenantParam() tenant: string, @Body() dto: RecordActivitiesBackfillDto, @Req() req: AuthenticatedRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const activityId = activity.activityBackfillId(dto.activityKind, dto.year, dto.sequence ?? 1);
    const data = {
      activityId, activityKind: dto.activityKind, year: dto.year, sessions: dto.sessions, onlineSessions: dto.onlineSessions,
      participants: countOf(dto.participants), note: dto.note, source: sourceOf(dto.source),
      sessionsApproximate: dto.sessionsApproximate, peopleServed: dto.peopleServed && countOf(dto.peopleServed), cmeCreditProjects: dto.cmeCreditProjects,
    };
    return this.send(tenant, activityId, { type: 'RecordActivitiesBackfill', data }, req, reply);
  }

  @CommandEndpoint(':activityId/corrections', 'Correct an activity record or a backfilled total')
  correct(@TenantParam() tenant: string, @IdParam('activityId') activityId: string, @Body() dto: CorrectActivityRecordDto, @Req() req: AuthenticatedRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const c = dto.changes;
    const changes: activity.ActivityChanges = {
      ...c,
      organizer: c.organizer && organizerOf(c.organizer),
      participants: c.participants && countOf(c.participants),
      peopleServed: c.peopleServed && countOf(c.peopleServed),
      source: c.source && sourceOf(c.source),
    };
    return this.send(tenant, activityId, { type: 'CorrectActivityRecord', data: { activityId, correctedOn: dto.correctedOn, changes, reason: dto.reason } }, req, reply);
  }

  @CommandEndpoint(':activityId/retraction', 'Retract an activity record entered in error')
  retract(@TenantParam() tenant: string, @IdParam('activityId') activityId: string, @Body() dto: RetractActivityRecordDto, @Req() req: AuthenticatedRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.send(tenant, activityId, { type: 'RetractActivityRecord', data: { activityId, ...dto } }, req, reply);
  }
}
