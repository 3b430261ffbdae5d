import { randomUUID } from 'node:crypto';
import {
  DuplicateEventId,
  InvalidAppend,
  MemoryEventStore,
  WrongExpectedVersion,
  type ExpectedRevision,
  type RecordedEvent,
} from '@assocflow/eventstore';

/** One record of the emulated transaction file, as a gRPC read hands it out. */
export interface LogRecord {
  /** Byte offset of the record: its commit and its prepare position, as for any non-transaction write. */
  position: bigint;
  streamId: string;
  revision: bigint;
  id: string;
  type: string;
  contentType: string;
  data: Uint8Array;
  customMetadata: Uint8Array;
  created: Date;
}

export interface ProposedEvent {
  id: string;
  type: string;
  contentType: string;
  data: Uint8Array;
  customMetadata: Uint8Array;
}

export type AppendOutcome =
  | { kind: 'success'; currentRevision: bigint | undefined; position: bigint | undefined }
  | { kind: 'wrongExpectedVersion'; currentRevision: bigint | undefined }
  | { kind: 'badRequest'; message: string };

/** What the memory store keeps of an event: the bytes and their content type, as EventStoreDB does. */
interface StoredBody {
  contentType: string;
  data: Uint8Array;
  customMetadata: Uint8Array;
}

const enc = new TextEncoder();

/**
 * A fresh EventStoreDB's log: a few system events, then whatever is appended. The memory store
 * decides every append (expected revision, idempotent retry) and serves stream reads; this class
 * adds the transaction-file view of $all with byte-offset positions that are not consecutive.
 */
export class EsdbLog {
  readonly records: LogRecord[] = [];
  private readonly store = new MemoryEventStore();
  private readonly byMemoryPosition = new Map<bigint, LogRecord>();
  private end = 0n;
  private writing: Promise<unknown> = Promise.resolve();
  private waiters = new Set<() => void>();

  constructor() {
    const revisions = new Map<string, bigint>();
    for (const [streamId, type, data] of SYSTEM_PRELUDE) {
      const revision = revisions.get(streamId) ?? 0n;
      revisions.set(streamId, revision + 1n);
      this.place({
        streamId,
        revision,
        id: randomUUID(),
        type,
        contentType: 'application/json',
        data: enc.encode(JSON.stringify(data)),
        customMetadata: new Uint8Array(),
        created: new Date(),
      });
    }
  }

  /** Where the next record goes: a valid position to read or subscribe from, like any record's. */
  get endPosition(): bigint {
    return this.end;
  }

  append(streamId: string, expected: ExpectedRevision, events: ProposedEvent[]): Promise<AppendOutcome> {
    // One write at a time, as the server's single writer does.
    const outcome = this.writing.then(() => this.write(streamId, expected, events));
    this.writing = outcome.catch(() => undefined);
    return outcome;
  }

  /** Undefined when the stream does not exist. */
  async readStream(
    streamId: string,
    options: { from: bigint | 'start' | 'end'; direction: 'forwards' | 'backwards'; maxCount: number },
  ): Promise<LogRecord[] | undefined> {
    if ((await this.store.readStream(streamId, { direction: 'backwards', maxCount: 1 })).length === 0) return undefined;
    return (await this.store.readStream(streamId, options)).map((e) => this.byMemoryPosition.get(e.position)!);
  }

  isRecordBoundary(position: bigint): boolean {
    const i = this.indexAt(position);
    return position === 0n || position === this.end || (i < this.records.length && this.records[i].position === position);
  }

  /** Index of the first record at or after the position. */
  indexAt(position: bigint): number {
    let lo = 0;
    let hi = this.records.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.records[mid].position < position) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Resolves once the log holds more than `seen` records, or on abort. */
  waitForMore(seen: number, abort: AbortSignal): Promise<void> {
    if (this.records.length > seen || abort.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        this.waiters.delete(done);
        abort.removeEventListener('abort', done);
        resolve();
      };
      this.waiters.add(done);
      abort.addEventListener('abort', done, { once: true });
    });
  }

  private async write(streamId: string, expected: ExpectedRevision, events: ProposedEvent[]): Promise<AppendOutcome> {
    const before = await this.store.headPosition();
    try {
      const result = await this.store.append(
        streamId,
        events.map((e) => ({
          id: e.id,
          type: e.type,
          data: { contentType: e.contentType, data: e.data, customMetadata: e.customMetadata },
        })),
        { expectedRevision: expected },
      );
      for (const e of await this.store.readAll({ fromPosition: before })) this.record(e);
      return {
        kind: 'success',
        currentRevision: result.nextExpectedRevision < 0n ? undefined : result.nextExpectedRevision,
        position: this.byMemoryPosition.get(result.position)?.position,
      };
    } catch (error) {
      if (error instanceof WrongExpectedVersion) {
        return { kind: 'wrongExpectedVersion', currentRevision: error.actual === 'no_stream' ? undefined : error.actual };
      }
      // A reused id that is no retry is "corrupted idempotency", which the server answers with
      // WrongExpectedVersion. (Across streams it would simply write; the memory store cannot.)
      if (error instanceof DuplicateEventId) {
        const [last] = await this.store.readStream(streamId, { direction: 'backwards', maxCount: 1 });
        return { kind: 'wrongExpectedVersion', currentRevision: last?.revision };
      }
      if (error instanceof InvalidAppend) return { kind: 'badRequest', message: error.message };
      throw error;
    }
  }

  private record(e: RecordedEvent): void {
    const body = e.data as StoredBody;
    const record = this.place({
      streamId: e.streamId,
      revision: e.revision,
      id: e.id,
      type: e.type,
      contentType: body.contentType,
      data: body.data,
      customMetadata: body.customMetadata,
      created: new Date(e.created),
    });
    this.byMemoryPosition.set(e.position, record);
  }

  private place(fields: Omit<LogRecord, 'position'>): LogRecord {
    const record = { ...fields, position: this.end };
    this.records.push(record);
    this.end += recordSize(record);
    const waiters = this.waiters;
    this.waiters = new Set();
    for (const wake of waiters) wake();
    return record;
  }
}

/** Roughly a prepare record's size on disk, so positions grow like byte offsets do. */
function recordSize(r: Omit<LogRecord, 'position'>): bigint {
  return BigInt(86 + enc.encode(r.streamId).length + enc.encode(r.type).length + r.data.length + r.customMetadata.length);
}

/** What a fresh single node writes before any client does (abridged). */
const SYSTEM_PRELUDE: [string, string, unknown][] = [
  ['$$$scavenges', '$metadata', { $maxAge: 2592000 }],
  ['$users', '$UserCreated', 'admin'],
  ['$user-admin', '$user', { loginName: 'admin', fullName: 'Event Store Administrator', groups: ['$admins'] }],
  ['$users', '$UserCreated', 'ops'],
  ['$user-ops', '$user', { loginName: 'ops', fullName: 'Event Store Operations', groups: ['$ops'] }],
];
