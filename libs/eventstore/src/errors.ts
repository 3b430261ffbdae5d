import type { ExpectedRevision } from './event-store.port';

export type ActualRevision = bigint | 'no_stream';

/** The stream is not where the writer expected it to be (HTTP 409). */
export class WrongExpectedVersion extends Error {
  override readonly name = 'WrongExpectedVersion';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    readonly actual: ActualRevision,
  ) {
    super(`stream ${streamId}: expected revision ${String(expected)}, actual ${String(actual)}`);
  }
}

/** An event id is already stored, but not as a retry of this very append. */
export class DuplicateEventId extends Error {
  override readonly name = 'DuplicateEventId';
  constructor(
    readonly streamId: string,
    readonly eventId: string,
  ) {
    super(`event id ${eventId} is already stored and this append to ${streamId} is not a retry of it`);
  }
}

export class InvalidAppend extends Error {
  override readonly name = 'InvalidAppend';
}
