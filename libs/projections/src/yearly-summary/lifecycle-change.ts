import type { ProjectedEvent } from '../projection';
import type { SummaryRecord } from './summary.document';

/**
 * What an event changes of one record, as the record before and after the event. An event that
 * adds to a record (an award on an application, a conclusion, a submission) is the part it adds:
 * `after` holds only what the event brings, `before` what was there of that part.
 */
export interface RecordChange {
  before?: SummaryRecord;
  after?: SummaryRecord;
}

export const added = (after: SummaryRecord): RecordChange => ({ after });
export const removed = (before: SummaryRecord): RecordChange => ({ before });

/** The event names of one family's record lifecycle; each family keeps its own. */
export interface LifecycleEvents {
  /** Per event that records a fact (or adds to one): what it adds, from its data. */
  recorded: Readonly<Record<string, (data: never) => SummaryRecord>>;
  /** The correction, carrying the record before it (`previous`) and after it (`record`); none when nothing corrects. */
  corrected?: string;
  /** The retraction, carrying the record as it stood (`record`). */
  retracted: string;
}

/**
 * One family's change function: a recorded event adds, a correction swaps the record carried
 * before for the one after, a retraction removes the record carried. A correction or retraction
 * without the records it should carry (none is recorded so) changes nothing.
 */
export function lifecycleChange<Carried>(
  events: LifecycleEvents,
  toRecord: (carried: Carried) => SummaryRecord,
): (event: ProjectedEvent) => RecordChange | undefined {
  return (event) => {
    const d = event.data as unknown as { previous?: Carried; record?: Carried };
    if (event.type === events.corrected)
      return d.previous && d.record ? { before: toRecord(d.previous), after: toRecord(d.record) } : undefined;
    if (event.type === events.retracted) return d.record ? removed(toRecord(d.record)) : undefined;
    return Object.hasOwn(events.recorded, event.type) ? added(events.recorded[event.type]!(event.data as never)) : undefined;
  };
}
