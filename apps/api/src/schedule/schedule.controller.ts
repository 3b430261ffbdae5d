import { Controller, Get, Inject, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { EventStore } from '@assocflow/eventstore';
import { EVENT_STORE } from '@assocflow/platform';
import { instantOf, loadTenantSchedule, scheduleView, type ScheduleView } from '@assocflow/scheduling';
import { organization } from '@assocflow/domain';
import { TenantParam } from '../commands/tenant-param';
import { ProblemDto } from '../problem/problem.dto';
import { todayOf } from '../read-models/read-query';

/**
 * The tenant's schedule: every reminder the engine will send (meetings due by cadence, notices,
 * reminders ahead of scheduled meetings, minutes overdue, branch renewals and escalations, the
 * yearly report). Derived from the log for the moment asked, as the worker derives its timers.
 */
@ApiTags('schedule')
@ApiBearerAuth()
@Controller('v1/orgs/:tenant')
export class ScheduleController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get('schedule')
  @ApiOperation({
    summary: 'Schedule of reminders',
    description: 'Every timer still to fire (or owed now), in firing order, with its rule, entity, due date and local firing day',
  })
  @ApiQuery({
    name: 'today',
    required: false,
    description: 'YYYY-MM-DD: the schedule as it stands at the start of that day (tenant time); default: now',
  })
  @ApiOkResponse({ description: 'The schedule' })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'Invalid query parameter' })
  @ApiUnauthorizedResponse({ type: ProblemDto, description: 'No or unknown API key' })
  async schedule(@TenantParam() tenant: string, @Query('today') todayQ: string | undefined): Promise<ScheduleView> {
    const schedule = await loadTenantSchedule(this.store, tenant);
    const timeZone = organization.effectiveBylaws(schedule.organization).timeZone;
    const now = todayQ === undefined ? new Date() : new Date(instantOf(todayOf(todayQ, timeZone), '00:00', timeZone));
    return scheduleView(schedule, now);
  }
}
