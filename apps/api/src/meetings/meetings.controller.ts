import { Body, Controller, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { meeting } from '@assocflow/domain';
import type { AuthenticatedRequest } from '../auth/api-key.guard';
import { CommandEndpoint } from '../commands/command-endpoint';
import { respond, type CommandAccepted } from '../commands/command-response';
import { commandContextOf, expectedRevisionOf } from '../commands/request-context';
import { IdParam, TenantParam } from '../commands/tenant-param';
import { AggregateCommand } from '../commands/aggregate-command';
import { meetingSeriesAggregate, meetingTotalsAggregate } from './meeting.aggregate';
import {
  CancelMeetingDto,
  DeclareMeetingSeriesDto,
  HoldMeetingDto,
  RecordMeetingsBackfillDto,
  RecordMeetingMinutesDto,
  ResolutionDto,
  ScheduleMeetingDto,
  SendMeetingNoticeDto,
  type InMeetingSeriesDto,
} from './meeting.dto';

const resolutionOf = (r: ResolutionDto): meeting.ResolutionInput => ({
  title: r.title,
  votesFor: r.votesFor,
  votesAgainst: r.votesAgainst,
  abstentions: r.abstentions,
});

/**
 * 会议: the general assembly, council, standing council, president's office and branch
 * committees. One stream per body and term (meetings-<tenant>.<body>-t<term>): every request
 * names the body and the term, and the series must be declared first.
 */
@ApiTags('meetings')
@ApiBearerAuth()
@Controller('v1/orgs/:tenant')
export class MeetingsController {
  constructor(private readonly commands: CommandBus) {}

  private send(
    tenant: string,
    series: InMeetingSeriesDto,
    command: meeting.MeetingCommand,
    req: AuthenticatedRequest,
    reply: FastifyReply,
  ): Promise<CommandAccepted> {
    const seriesId = meeting.meetingSeriesId(series.body, series.term);
    const message = AggregateCommand.to(meetingSeriesAggregate, seriesId, command, commandContextOf(req, tenant), expectedRevisionOf(req));
    return this.commands.execute(message).then((result) => respond(reply, result));
  }

  @CommandEndpoint('meeting-series', 'Declare the meetings of a body in a term (one series per body and 届)')
  declare(
    @TenantParam() tenant: string,
    @Body() dto: DeclareMeetingSeriesDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(tenant, dto, { type: 'DeclareMeetingSeries', data: { ...dto } }, req, reply);
  }

  @CommandEndpoint('meetings', 'Schedule a meeting of a declared series')
  schedule(
    @TenantParam() tenant: string,
    @Body() dto: ScheduleMeetingDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { body: _body, term: _term, ...data } = dto;
    return this.send(tenant, dto, { type: 'ScheduleMeeting', data }, req, reply);
  }

  @CommandEndpoint('meetings/backfills', "Backfill a year's meetings of a body a source gives only as a total (会长办公会 3 次)")
  backfill(
    @TenantParam() tenant: string,
    @Body() dto: RecordMeetingsBackfillDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const backfillId = meeting.meetingsBackfillId(dto.body, dto.year, dto.sequence ?? 1);
    const data = {
      backfillId,
      body: dto.body,
      year: dto.year,
      count: dto.count,
      note: dto.note,
      source: { document: dto.source.document, section: dto.source.section },
    };
    const message = AggregateCommand.to(
      meetingTotalsAggregate,
      backfillId,
      { type: 'RecordMeetingsBackfill', data },
      commandContextOf(req, tenant),
      expectedRevisionOf(req),
    );
    return this.commands.execute(message).then((result) => respond(reply, result));
  }

  @CommandEndpoint('meetings/:meetingId/notice', 'Record that the notice of a scheduled meeting went out')
  notice(
    @TenantParam() tenant: string,
    @IdParam('meetingId') meetingId: string,
    @Body() dto: SendMeetingNoticeDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(tenant, dto, { type: 'SendMeetingNotice', data: { meetingId, sentOn: dto.sentOn } }, req, reply);
  }

  @CommandEndpoint('meetings/:meetingId/held', 'Record a meeting held: a scheduled one, or (with a new meetingId) one never scheduled')
  hold(
    @TenantParam() tenant: string,
    @IdParam('meetingId') meetingId: string,
    @Body() dto: HoldMeetingDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { body: _body, term: _term, resolutions, ...rest } = dto;
    const data = { meetingId, ...rest, resolutions: resolutions?.map(resolutionOf) };
    return this.send(tenant, dto, { type: 'HoldMeeting', data }, req, reply);
  }

  @CommandEndpoint('meetings/:meetingId/minutes', 'Record the minutes (会议纪要) of a held meeting')
  minutes(
    @TenantParam() tenant: string,
    @IdParam('meetingId') meetingId: string,
    @Body() dto: RecordMeetingMinutesDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(
      tenant,
      dto,
      { type: 'RecordMeetingMinutes', data: { meetingId, recordedOn: dto.recordedOn, minutesRef: dto.minutesRef } },
      req,
      reply,
    );
  }

  @CommandEndpoint('meetings/:meetingId/cancellation', 'Cancel a scheduled meeting')
  cancel(
    @TenantParam() tenant: string,
    @IdParam('meetingId') meetingId: string,
    @Body() dto: CancelMeetingDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(
      tenant,
      dto,
      { type: 'CancelMeeting', data: { meetingId, cancelledOn: dto.cancelledOn, reason: dto.reason } },
      req,
      reply,
    );
  }
}
