import { branch, meeting, organization, reminder, type DomainEvent, type IsoDate } from '@assocflow/domain';

/** What the timers of one tenant are derived from, folded from its events by the domain's own evolve. */
export interface TenantSchedule {
  tenant: string;
  organization: organization.OrganizationState;
  /** By branch id. */
  branches: Map<string, branch.BranchState>;
  /** By meeting series id (`<body>-t<term>`). */
  series: Map<string, meeting.MeetingSeriesState>;
  /** By council body: the last day of the latest year a total of its meetings was backfilled for (会长办公会 3 次). */
  backfilledThrough: Map<string, IsoDate>;
  /** Reminder ids already recorded as ReminderSent. */
  sent: Set<string>;
}

export const emptySchedule = (tenant: string): TenantSchedule => ({
  tenant,
  organization: organization.initialState(),
  branches: new Map(),
  series: new Map(),
  backfilledThrough: new Map(),
  sent: new Set(),
});

/** Stream categories whose events change timers. */
export const SCHEDULE_CATEGORIES = ['organization', 'branch', 'meetings', 'meetingtotals', 'reminder'] as const;

const ORGANIZATION = new Set<string>(organization.ORGANIZATION_EVENT_TYPES);
const BRANCH = new Set<string>(branch.BRANCH_EVENT_TYPES);
const MEETING = new Set<string>(meeting.MEETING_EVENT_TYPES);

/** The id part of `<category>-<tenant>.<id>`. */
const idOf = (streamId: string): string => streamId.slice(streamId.indexOf('.') + 1);

/**
 * Applies one (upcast) event of the tenant's streams; returns whether timers may change.
 * Mutates the maps in place: a schedule belongs to the one fold that keeps it.
 */
export function applyToSchedule(schedule: TenantSchedule, streamId: string, event: DomainEvent): boolean {
  const category = streamId.slice(0, streamId.indexOf('-'));
  if (category === 'organization' && ORGANIZATION.has(event.type)) {
    if (idOf(streamId) !== organization.ORGANIZATION_PROFILE_ID) return false;
    schedule.organization = organization.evolve(schedule.organization, event as organization.OrganizationEvent);
    return true;
  }
  if (category === 'branch' && BRANCH.has(event.type)) {
    const id = idOf(streamId);
    schedule.branches.set(id, branch.evolve(schedule.branches.get(id) ?? branch.initialState(), event as branch.BranchEvent));
    return true;
  }
  if (category === 'meetings' && MEETING.has(event.type)) {
    const id = idOf(streamId);
    schedule.series.set(id, meeting.evolve(schedule.series.get(id) ?? meeting.initialState(), event as meeting.MeetingEvent));
    return true;
  }
  if (category === 'meetingtotals' && event.type === 'MeetingsBackfilled') {
    const { body, count, occurredOn } = (event as meeting.MeetingsBackfilled).data;
    const known = schedule.backfilledThrough.get(body);
    if (count > 0 && (!known || occurredOn > known)) schedule.backfilledThrough.set(body, occurredOn);
    return true;
  }
  if (category === 'reminder' && event.type === 'ReminderSent') {
    schedule.sent.add((event as reminder.ReminderSent).data.reminderId);
    return true;
  }
  return false;
}
