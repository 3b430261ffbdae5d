import { Controller, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { report } from '@assocflow/domain';
import { tenantCalendarOf } from '@assocflow/commanding';
import type { EventStore } from '@assocflow/eventstore';
import { EVENT_STORE } from '@assocflow/platform';
import {
  ACTIVITY_KINDS,
  activitiesByMonthAndKind,
  activityLedgerProjection,
  listActivities,
  BRANCH_STATUSES,
  branchRegistryProjection,
  byKind,
  grantsLedgerProjection,
  listBranches,
  meetingRegisterProjection,
  minutesOverdue,
  remindersFeedProjection,
  reportsRegisterProjection,
  upcomingMeetings,
} from '@assocflow/projections/registers';
import { TenantParam } from '../commands/tenant-param';
import { ReadEndpoint } from './read-endpoint';
import { ReadModelService } from './read-model.service';
import { minPositionOf, sendRead } from './read-response';
import { oneOf, todayOf, yearOf } from './read-query';

const REPORT_KINDS = [
  'survey',
  'standard',
  'consensus',
  'book',
  'journal-issue',
  'newsletter',
  'official-document',
  'guideline',
  'other',
  'post',
] as const satisfies readonly report.PublicationKind[];

type Req = FastifyRequest;
type Reply = FastifyReply;

/** The registers the secretariat works from: branches, meetings, grants, reports, reminders, activities. */
@ApiTags('registers')
@ApiBearerAuth()
@Controller('v1/orgs/:tenant')
export class RegistersController {
  constructor(
    private readonly readModels: ReadModelService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @ReadEndpoint(
    'branches',
    'Branch registry',
    'Every branch with its term, due date and status on the day asked (current, due-soon, overdue, postponed, dissolved)',
  )
  @ApiQuery({ name: 'status', required: false, enum: BRANCH_STATUSES })
  @ApiQuery({ name: 'today', required: false, description: 'YYYY-MM-DD; default: today in Asia/Shanghai' })
  async branches(
    @TenantParam() tenant: string,
    @Query('status') statusQ: string | undefined,
    @Query('today') todayQ: string | undefined,
    @Query('minPosition') min: string | undefined,
    @Req() req: Req,
    @Res({ passthrough: true }) reply: Reply,
  ) {
    const status = oneOf(statusQ, BRANCH_STATUSES, 'status');
    const today = todayOf(todayQ);
    const { doc, position, fresh } = await this.readModels.read(branchRegistryProjection, tenant, minPositionOf(min));
    const branches = doc ? listBranches(doc, { today, status }) : [];
    return sendRead(
      req,
      reply,
      { tenant, today, position: position.toString(), branches },
      position,
      fresh,
      `branches-${tenant}-${today}-${status ?? 'all'}`,
    );
  }

  @ReadEndpoint(
    'meetings',
    'Meeting register',
    'Meetings with their ordinal labels (四届五次理事会), upcoming meetings and minutes overdue',
  )
  @ApiQuery({ name: 'today', required: false })
  async meetings(
    @TenantParam() tenant: string,
    @Query('today') todayQ: string | undefined,
    @Query('minPosition') min: string | undefined,
    @Req() req: Req,
    @Res({ passthrough: true }) reply: Reply,
  ) {
    const today = todayOf(todayQ);
    const { doc, position, fresh } = await this.readModels.read(meetingRegisterProjection, tenant, minPositionOf(min));
    const body = doc
      ? { ...doc, upcoming: upcomingMeetings(doc, today), minutesOverdue: minutesOverdue(doc, today) }
      : { upcoming: [], minutesOverdue: [] };
    return sendRead(req, reply, { tenant, today, position: position.toString(), ...body }, position, fresh, `meetings-${tenant}-${today}`);
  }

  @ReadEndpoint(
    'grants',
    'Grants ledger of a year',
    'Calls, applications, awards (yuan), conclusions and external grants, corrections and retractions applied',
  )
  @ApiQuery({ name: 'year', required: true, example: 2023 })
  async grants(
    @TenantParam() tenant: string,
    @Query('year') yearQ: string | undefined,
    @Query('minPosition') min: string | undefined,
    @Req() req: Req,
    @Res({ passthrough: true }) reply: Reply,
  ) {
    const year = yearOf(yearQ ?? String((await tenantCalendarOf(this.store, tenant)).year), 'year')!;
    const { doc, position, fresh } = await this.readModels.read(grantsLedgerProjection, `${tenant}/${year}`, minPositionOf(min));
    return sendRead(
      req,
      reply,
      { tenant, year, position: position.toString(), ledger: doc ?? null },
      position,
      fresh,
      `grants-${tenant}-${year}`,
    );
  }

  @ReadEndpoint(
    'reports',
    'Reports and publications register of a year',
    'Reports, standards and publications issued, submissions to government bodies',
  )
  @ApiQuery({ name: 'year', required: true, example: 2023 })
  @ApiQuery({ name: 'kind', required: false, enum: REPORT_KINDS })
  async reports(
    @TenantParam() tenant: string,
    @Query('year') yearQ: string | undefined,
    @Query('kind') kindQ: string | undefined,
    @Query('minPosition') min: string | undefined,
    @Req() req: Req,
    @Res({ passthrough: true }) reply: Reply,
  ) {
    const year = yearOf(yearQ ?? String((await tenantCalendarOf(this.store, tenant)).year), 'year')!;
    const kind = oneOf(kindQ, REPORT_KINDS, 'kind');
    const { doc, position, fresh } = await this.readModels.read(reportsRegisterProjection, `${tenant}/${year}`, minPositionOf(min));
    return sendRead(
      req,
      reply,
      { tenant, year, kind: kind ?? null, position: position.toString(), reports: doc ? byKind(doc, kind) : null },
      position,
      fresh,
      `reports-${tenant}-${year}-${kind ?? 'all'}`,
    );
  }

  @ReadEndpoint('reminders', 'Reminders feed', 'Every reminder sent, newest first, with acknowledgements')
  async reminders(
    @TenantParam() tenant: string,
    @Query('minPosition') min: string | undefined,
    @Req() req: Req,
    @Res({ passthrough: true }) reply: Reply,
  ) {
    const { doc, position, fresh } = await this.readModels.read(remindersFeedProjection, tenant, minPositionOf(min));
    return sendRead(req, reply, { tenant, position: position.toString(), feed: doc ?? null }, position, fresh, `reminders-${tenant}`);
  }

  @ReadEndpoint(
    'activities/:year',
    'Activity ledger of a year (活动台账)',
    'Every activity held in the year and every total backfilled for it, corrections and retractions applied, with sessions and participants by month and kind',
  )
  @ApiParam({ name: 'year', example: 2023 })
  @ApiQuery({ name: 'kind', required: false, enum: ACTIVITY_KINDS })
  async activities(
    @TenantParam() tenant: string,
    @Param('year') yearP: string,
    @Query('kind') kindQ: string | undefined,
    @Query('minPosition') min: string | undefined,
    @Req() req: Req,
    @Res({ passthrough: true }) reply: Reply,
  ) {
    const year = yearOf(yearP, 'year')!;
    const kind = oneOf(kindQ, ACTIVITY_KINDS, 'kind');
    const { doc, position, fresh } = await this.readModels.read(activityLedgerProjection, `${tenant}/${year}`, minPositionOf(min));
    const ledger = doc ?? activityLedgerProjection.initial(`${tenant}/${year}`);
    const body = {
      tenant,
      year,
      kind: kind ?? null,
      position: position.toString(),
      activities: listActivities(ledger, kind),
      byMonthAndKind: activitiesByMonthAndKind(ledger),
    };
    return sendRead(req, reply, body, position, fresh, `activities-${tenant}-${year}-${kind ?? 'all'}`);
  }
}
