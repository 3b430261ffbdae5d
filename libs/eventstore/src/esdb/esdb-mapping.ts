import {
  ANY,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  eventTypeFilter,
  excludeSystemEvents,
  streamNameFilter,
  type AppendExpectedRevision,
  type Filter,
  type Position,
  type ResolvedEvent,
} from '@eventstore/db-client';
import type { EventFilter, EventMetadata, ExpectedRevision, RecordedEvent } from '../event-store.port';
import { matchesFilter, streamRegexOf } from '../stream-name';

/*
 * Positions. An EventStoreDB $all position is a pair {commit, prepare}; ours is one bigint, the
 * commit position, and we resume from {commit: p, prepare: p}.
 *
 * That is lossless for every event appended outside an explicit (TCP-only, legacy) transaction.
 * Since kurrent-io/KurrentDB PR #2522 (2020, fixing EventStore-Client-Dotnet #20, where batched
 * events came back as C:3512/P:3418) the gRPC API gives an event its own log position as both
 * commit and prepare; the server team says they differ only for explicit transactions (KurrentDB
 * issue #3989); and KurrentDB PR #4975 (24.10, 25.0) restores and tests "keep only the commit
 * position and resume with it as both" as supported, again unless explicit transactions were
 * written. An append, and an idempotent retry of one, answers with the position of its last event
 * (EventStore-Client-Go #88; the server's IdempotentLogPosition), as AppendResult.position promises.
 *
 * The events of an explicit transaction share one commit position, so resuming from it would skip
 * the rest of the transaction: toRecorded refuses such events loudly rather than ever skip silently.
 */
export function toPosition(position: bigint): Position | typeof START {
  // 0n is ours for "nothing yet" (the head of an empty store, a checkpoint before any event).
  return position === 0n ? START : { commit: position, prepare: position };
}

/** What servers before 22.6 send as the $all position of an event read from a stream. */
const NO_POSITION = 2n ** 64n - 1n;

function positionOf(event: { position?: Position; streamId: string; revision: bigint }): bigint {
  const p = event.position;
  if (!p || p.commit === NO_POSITION) {
    throw new Error(`EventStoreDB sent no $all position for ${event.streamId}@${event.revision}: it must be 22.6 or later`);
  }
  if (p.commit !== p.prepare) {
    throw new Error(
      `${event.streamId}@${event.revision} was written in an explicit transaction (commit ${p.commit}, prepare ${p.prepare}); ` +
        'a single bigint position cannot resume inside it',
    );
  }
  return p.commit;
}

export function toExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  if (expected === 'any') return ANY;
  if (expected === 'no_stream') return NO_STREAM;
  if (expected === 'stream_exists') return STREAM_EXISTS;
  return expected;
}

export function isSystemEvent(streamId: string, type: string): boolean {
  return streamId.startsWith('$') || type.startsWith('$');
}

/** The one resolved event of a read or subscription as ours, or undefined when we never hand it out. */
export function toRecorded(resolved: ResolvedEvent, filter?: EventFilter): RecordedEvent | undefined {
  const e = resolved.event;
  if (!e || isSystemEvent(e.streamId, e.type) || !matchesFilter(filter, e.streamId, e.type)) return undefined;
  return {
    id: e.id,
    type: e.type,
    data: e.data,
    metadata: asMetadata(e.metadata),
    streamId: e.streamId,
    revision: e.revision,
    position: positionOf(e),
    created: e.created.toISOString(),
  };
}

function asMetadata(metadata: unknown): EventMetadata {
  return metadata && typeof metadata === 'object' && !Array.isArray(metadata) && !(metadata instanceof Uint8Array)
    ? (metadata as EventMetadata)
    : {};
}

/**
 * The server filters $all on one thing only, stream name or event type: the stream-name regex
 * when categories or tenants narrow it, else the event types, else just the system events out.
 * toRecorded applies the whole filter again on our side.
 */
export function serverFilterOf(filter: EventFilter | undefined): Filter {
  const streamRegex = filter ? streamRegexOf(filter) : undefined;
  if (streamRegex) return streamNameFilter({ regex: streamRegex });
  if (filter?.eventTypes?.length) {
    const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
    return eventTypeFilter({ regex: `^(?:${filter.eventTypes.map(esc).join('|')})$` });
  }
  return excludeSystemEvents();
}
