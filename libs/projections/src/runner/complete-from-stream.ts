import { activity, grant, honor, report, upcast, type Decider, type DomainCommand, type DomainEvent } from '@assocflow/domain';
import type { EventStore, RecordedEvent } from '@assocflow/eventstore';
import { ALL_UPCASTERS } from './to-projected-event';

type Data = Record<string, unknown>;

/** How one event type is completed: whether it lacks the state, and the state it lacks, from the record before it. */
interface Completion {
  decider: Decider<DomainCommand, DomainEvent, unknown>;
  lacks(data: Data): boolean;
  fill(data: Data, before: unknown, after: unknown): Data;
}

const asDecider = <C extends DomainCommand, E extends DomainEvent, S>(d: Decider<C, E, S>) =>
  d as unknown as Decider<DomainCommand, DomainEvent, unknown>;
const recorded = (state: unknown): state is { status: string; data?: { occurredOn?: string }; grant?: object } =>
  typeof state === 'object' && state !== null && !['unknown', 'retracted'].includes((state as { status: string }).status);

/** The record's own date, as the deciders put it in `previousOccurredOn`. */
function ownDate(state: unknown): string | undefined {
  const s = state as { status: string; data?: { occurredOn?: string }; grant?: { awardedOn?: string; appliedOn?: string } };
  return s.data?.occurredOn ?? s.grant?.awardedOn ?? s.grant?.appliedOn;
}

const correction = (decider: Completion['decider']): Completion => ({
  decider,
  lacks: (d) => d.previous === undefined || d.record === undefined,
  fill: (d, before, after) =>
    recorded(before) && recorded(after)
      ? { ...d, previousOccurredOn: d.previousOccurredOn ?? ownDate(before), previous: before, record: d.record ?? after }
      : d,
});
const retraction = (decider: Completion['decider']): Completion => ({
  decider,
  lacks: (d) => d.record === undefined,
  fill: (d, before) => (recorded(before) ? { ...d, previousOccurredOn: d.previousOccurredOn ?? ownDate(before), record: before } : d),
});

const COMPLETIONS: Record<string, Completion> = {
  ActivityRecordCorrected: correction(asDecider(activity.activityDecider)),
  ActivityRecordRetracted: retraction(asDecider(activity.activityDecider)),
  GrantRecordCorrected: correction(asDecider(grant.grantDecider)),
  GrantRecordRetracted: retraction(asDecider(grant.grantDecider)),
  ReportRecordCorrected: correction(asDecider(report.reportDecider)),
  ReportRecordRetracted: retraction(asDecider(report.reportDecider)),
  ReportSubmitted: {
    decider: asDecider(report.reportDecider),
    lacks: (d) => !Array.isArray(d.earlierSubmittedOn),
    fill: (d, before) => {
      const submissions = (before as { submissions?: { submittedOn: string }[] }).submissions;
      return Array.isArray(submissions) ? { ...d, earlierSubmittedOn: submissions.map((s) => s.submittedOn) } : d;
    },
  },
  HonorRecordRetracted: {
    decider: asDecider(honor.honorDecider),
    lacks: (d) => d.record === undefined,
    fill: (d, before) => {
      if (!recorded(before)) return d;
      const { status: _status, ...record } = before as { status: string };
      return { ...d, record };
    },
  },
};

/** Whether an event was recorded before it carried the state a stateless fold needs. */
export function lacksCarriedState(event: RecordedEvent): boolean {
  const completion = COMPLETIONS[event.type];
  return completion !== undefined && completion.lacks(event.data as Data);
}

/**
 * Completes an event recorded before corrections, retractions and submissions carried the record
 * they change (`previous`, `record`, `earlierSubmittedOn`): folds its stream up to it with the
 * aggregate's own decider and fills in what the decider would record today. Such events are only
 * in logs written by earlier versions; read models fold every event without reading streams, so
 * this is the one place that does, and only for them. An event it cannot complete (its stream
 * does not show the record) is returned as it is, and the read models leave it aside.
 */
export async function completeFromStream(store: EventStore, event: RecordedEvent): Promise<RecordedEvent> {
  const completion = COMPLETIONS[event.type];
  if (!completion || !completion.lacks(event.data as Data)) return event;
  const { decider } = completion;
  let before = decider.initialState();
  for (const e of await store.readStream(event.streamId)) {
    if (e.revision >= event.revision) break;
    before = decider.evolve(before, asCurrent(e));
  }
  const after = decider.evolve(before, asCurrent(event));
  return { ...event, data: completion.fill(event.data as Data, before, after) };
}

function asCurrent(e: RecordedEvent): DomainEvent {
  const version = Number((e.metadata as { schemaVersion?: unknown } | undefined)?.schemaVersion ?? 1);
  return { type: e.type, data: upcast(ALL_UPCASTERS, e.type, e.data as Data, version).data } as DomainEvent;
}

/** A page of events with the old ones completed (reads a stream only for those). */
export async function completePage(store: EventStore, page: RecordedEvent[]): Promise<RecordedEvent[]> {
  if (!page.some(lacksCarriedState)) return page;
  return Promise.all(page.map((e) => (lacksCarriedState(e) ? completeFromStream(store, e) : e)));
}
