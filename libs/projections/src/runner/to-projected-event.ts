import {
  activity,
  apikey,
  branch,
  grant,
  honor,
  indicator,
  meeting,
  member,
  membership,
  mergeUpcasters,
  organization,
  reminder,
  report,
  upcast,
  workplan,
  type UpcasterTable,
} from '@assocflow/domain';
import type { RecordedEvent } from '@assocflow/eventstore';
import type { ProjectedEvent } from '../projection';

/** Every aggregate's upcasters: projections only ever see current event shapes. */
export const ALL_UPCASTERS: UpcasterTable = mergeUpcasters(
  activity.activityUpcasters,
  apikey.apiKeyUpcasters,
  branch.branchUpcasters,
  grant.grantUpcasters,
  grant.grantCallUpcasters,
  honor.honorUpcasters,
  indicator.indicatorUpcasters,
  meeting.meetingUpcasters,
  member.memberUpcasters,
  membership.membershipUpcasters,
  organization.organizationUpcasters,
  reminder.reminderUpcasters,
  report.reportUpcasters,
  workplan.workPlanUpcasters,
);

export function toProjectedEvent(recorded: RecordedEvent, upcasters: UpcasterTable = ALL_UPCASTERS): ProjectedEvent {
  const metadata = recorded.metadata as ProjectedEvent['metadata'] & { schemaVersion?: number };
  const { data } = upcast(upcasters, recorded.type, recorded.data as Record<string, unknown>, Number(metadata.schemaVersion ?? 1));
  return {
    type: recorded.type,
    data,
    streamId: recorded.streamId,
    position: recorded.position.toString(),
    // Metadata is parsed afresh for every read: reused as it is when it already states the business date.
    metadata:
      typeof metadata.occurredAt === 'string'
        ? metadata
        : { ...metadata, occurredAt: String((data as { occurredOn?: string }).occurredOn ?? '') },
  };
}
