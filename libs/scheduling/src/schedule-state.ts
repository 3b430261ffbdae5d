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
  /** Reminder ids already recorded as ReminderSent, on their own or covered by a catch-up digest. */
  sent: Set<string>;
  /**
   * When what each timer is derived from was last recorded (epoch ms), by source (`sourceOf`): a
   * timer due before then fell due before it could be known, and goes into the catch-up digest.
   */
  recordedAt: Map<string, number>;
}

export const emptySchedule = (tenant: string): TenantSchedule => ({
  tenant,
  organization: organization.initialState(),
  branches: new Map(),
  series: new Map(),
  backfilledThrough: new Map(),
  sent: new Set(),
  recordedAt: new Map(),
});

/** What a timer about `entity` is derived from: `branch:<id>`, `series:<seriesId>`, `body:<body>`, `organization`. */
export function sourceOf(entity: { kind: string; id: string }): string {
  if (entity.kind === 'meeting') return `series:${entity.id.slice(0, entity.id.indexOf('.'))}`;
  if (entity.kind === 'branch' || entity.kind === 'body') return `${entity.kind}:${entity.id}`;
  return 'organization';
}

function touch(schedule: TenantSchedule, source: string, recordedAt: number | undefined): void {
  if (recordedAt === undefined || Number.isNaN(recordedAt)) return;
  if (recordedAt > (schedule.recordedAt.get(source) ?? -Infinity)) schedule.recordedAt.set(source, recordedAt);
}

/** The instant a stored event was recorded (its metadata's recordedAt), when it says. */
export function recordedAtOf(metadata: unknown): number | undefined {
  const at = (metadata as { recordedAt?: unknown } | undefined)?.recordedAt;
  return typeof at === 'string' ? Date.parse(at) : undefined;
}

/** Stream categories whose events change timers. */
export const SCHEDULE_CATEGORIES = ['organization', 'branch', 'meetings', 'meetingtotals', 'reminder'] as const;

const ORGANIZATION = new Set<string>(organization.ORGANIZATION_EVENT_TYPES);
const BRANCH = new Set<string>(branch.BRANCH_EVENT_TYPES);
const MEETING = new Set<string>(meeting.MEETING_EVENT_TYPES);

/** The id part of `<category>-<tenant>.<id>`. */
const idOf = (streamId: string): string => streamId.slice(streamId.indexOf('.') + 1);

/**
 * Applies one (upcast) event of the tenant's streams, recorded at `recordedAt` (epoch ms, when
 * known); returns whether timers may change.
 * Mutates the maps in place: a schedule belongs to the one fold that keeps it.
 */
export function applyToSchedule(schedule: TenantSchedule, streamId: string, event: DomainEvent, recordedAt?: number): boolean {
  const category = streamId.slice(0, streamId.indexOf('-'));
  if (category === 'organization' && ORGANIZATION.has(event.type)) {
    if (idOf(streamId) !== organization.ORGANIZATION_PROFILE_ID) return false;
    schedule.organization = organization.evolve(schedule.organization, event as organization.OrganizationEvent);
    touch(schedule, 'organization', recordedAt);
    return true;
  }
  if (category === 'branch' && BRANCH.has(event.type)) {
    const id = idOf(streamId);
    schedule.branches.set(id, branch.evolve(schedule.branches.get(id) ?? branch.initialState(), event as branch.BranchEvent));
    touch(schedule, `branch:${id}`, recordedAt);
    return true;
  }
  if (category === 'meetings' && MEETING.has(event.type)) {
    const id = idOf(streamId);
    const e = event as meeting.MeetingEvent;
    schedule.series.set(id, meeting.evolve(schedule.series.get(id) ?? meeting.initialState(), e));
    touch(schedule, `series:${id}`, recordedAt);
    touch(schedule, `body:${e.data.body}`, recordedAt);
    return true;
  }
  if (category === 'meetingtotals' && event.type === 'MeetingsBackfilled') {
    const { body, count, occurredOn } = (event as meeting.MeetingsBackfilled).data;
    const known = schedule.backfilledThrough.get(body);
    if (count > 0 && (!known || occurredOn > known)) schedule.backfilledThrough.set(body, occurredOn);
    touch(schedule, `body:${body}`, recordedAt);
    return true;
  }
  if (category === 'reminder' && event.type === 'ReminderSent') {
    const { reminderId, covers } = (event as reminder.ReminderSent).data;
    schedule.sent.add(reminderId);
    for (const covered of covers ?? []) schedule.sent.add(covered.reminderId);
    return true;
  }
  return false;
}
