import type { ExpectedRevision } from './event-store.port';
import { DuplicateEventId, WrongExpectedVersion } from './errors';

/** Where an event id is already stored. */
export interface StoredEventRef {
  streamId: string;
  revision: bigint;
  position: bigint;
}

export type AppendDecision =
  | { kind: 'write'; firstRevision: bigint }
  /** Every id is already in this stream, right where this append would have put it. */
  | { kind: 'retry'; nextExpectedRevision: bigint; position: bigint };

export interface AppendCheck {
  streamId: string;
  expected: ExpectedRevision;
  /** Revision of the stream's last event, undefined when the stream does not exist. */
  lastRevision: bigint | undefined;
  eventIds: string[];
  /** The stored location of each event id of the append (undefined when new), in order. */
  found: (StoredEventRef | undefined)[];
}

/**
 * The rules every local adapter applies to an append, the way EventStoreDB does:
 * an exact retry is a no-op, a reused id is refused, then the expected revision is checked.
 */
export function decideAppend(check: AppendCheck): AppendDecision {
  const { streamId, expected, lastRevision, found, eventIds } = check;
  const retry = asRetry(check);
  if (retry) return retry;
  const reused = found.findIndex((ref) => ref !== undefined);
  if (reused >= 0) throw new DuplicateEventId(streamId, eventIds[reused]);
  if (!revisionMatches(expected, lastRevision)) {
    throw new WrongExpectedVersion(streamId, expected, lastRevision ?? 'no_stream');
  }
  return { kind: 'write', firstRevision: lastRevision === undefined ? 0n : lastRevision + 1n };
}

function asRetry({ streamId, expected, found }: AppendCheck): AppendDecision | undefined {
  if (found.length === 0 || found.some((ref) => ref === undefined || ref.streamId !== streamId)) return undefined;
  const refs = found as StoredEventRef[];
  const first = refs[0].revision;
  if (refs.some((ref, i) => ref.revision !== first + BigInt(i))) return undefined;
  const wasExpected =
    expected === 'any' ||
    expected === 'stream_exists' ||
    (expected === 'no_stream' && first === 0n) ||
    (typeof expected === 'bigint' && expected === first - 1n);
  if (!wasExpected) return undefined;
  const last = refs[refs.length - 1];
  return { kind: 'retry', nextExpectedRevision: last.revision, position: last.position };
}

export function revisionMatches(expected: ExpectedRevision, lastRevision: bigint | undefined): boolean {
  if (expected === 'any') return true;
  if (expected === 'no_stream') return lastRevision === undefined;
  if (expected === 'stream_exists') return lastRevision !== undefined;
  return lastRevision === expected;
}
