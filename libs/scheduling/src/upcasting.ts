import { branch, meeting, mergeUpcasters, organization, reminder, upcast, type DomainEvent, type UpcasterTable } from '@assocflow/domain';
import type { RecordedEvent } from '@assocflow/eventstore';

const UPCASTERS: UpcasterTable = mergeUpcasters(
  organization.organizationUpcasters,
  branch.branchUpcasters,
  meeting.meetingUpcasters,
  reminder.reminderUpcasters,
);

/** A stored event in the domain's current shape. */
export function toScheduleEvent(recorded: RecordedEvent): DomainEvent {
  const version = Number((recorded.metadata as { schemaVersion?: number }).schemaVersion ?? 1);
  const { data } = upcast(UPCASTERS, recorded.type, recorded.data as Record<string, unknown>, version);
  return { type: recorded.type, data: data as DomainEvent['data'] };
}
