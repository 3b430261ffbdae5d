import type {
  AllSubscription,
  AppendOptions,
  AppendResult,
  EventStore,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeToAllOptions,
} from '../event-store.port';
import { decideAppend, type StoredEventRef } from '../append-rules';
import { matchesFilter } from '../stream-name';
import { LocalAppendSignal, pollingSubscription } from '../polling-subscription';
import { sliceStream, validateNewEvents } from '../read-helpers';

/** For unit tests only: nothing survives the process. */
export class MemoryEventStore implements EventStore {
  private readonly all: RecordedEvent[] = [];
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly byId = new Map<string, StoredEventRef>();
  private readonly signal = new LocalAppendSignal();

  constructor(private readonly now: () => Date = () => new Date()) {}

  async append(streamId: string, events: NewEvent[], options: AppendOptions): Promise<AppendResult> {
    validateNewEvents(streamId, events);
    const stream = this.streams.get(streamId);
    const decision = decideAppend({
      streamId,
      expected: options.expectedRevision,
      lastRevision: stream ? stream[stream.length - 1].revision : undefined,
      eventIds: events.map((e) => e.id),
      found: events.map((e) => this.byId.get(`${streamId}\u0000${e.id.toLowerCase()}`)),
    });
    if (decision.kind === 'retry') return { nextExpectedRevision: decision.nextExpectedRevision, position: decision.position };
    if (events.length === 0) {
      return { nextExpectedRevision: decision.firstRevision - 1n, position: this.lastPosition() };
    }
    const target = stream ?? [];
    const created = this.now().toISOString();
    events.forEach((e, i) => {
      const recorded: RecordedEvent = {
        id: e.id,
        type: e.type,
        data: structuredClone(e.data),
        metadata: structuredClone(e.metadata ?? {}),
        streamId,
        revision: decision.firstRevision + BigInt(i),
        position: this.lastPosition() + 1n,
        created,
      };
      target.push(recorded);
      this.all.push(recorded);
      this.byId.set(`${streamId}\u0000${e.id.toLowerCase()}`, { streamId, revision: recorded.revision, position: recorded.position });
    });
    this.streams.set(streamId, target);
    this.signal.notify();
    const last = target[target.length - 1];
    return { nextExpectedRevision: last.revision, position: last.position };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    return sliceStream(this.streams.get(streamId) ?? [], options).map(clone);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const max = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    const from = options.fromPosition ?? (backwards ? 'end' : 'start');
    const out: RecordedEvent[] = [];
    const ordered = backwards ? [...this.all].reverse() : this.all;
    for (const e of ordered) {
      if (out.length >= max) break;
      if (from !== 'start' && from !== 'end') {
        if (backwards ? e.position >= from : e.position <= from) continue;
      } else if (from === 'end' && !backwards) break;
      if (matchesFilter(options.filter, e.streamId, e.type)) out.push(clone(e));
    }
    return out;
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): AllSubscription {
    return pollingSubscription(this, this.signal, { ...options, pollIntervalMs: 60_000 });
  }

  async headPosition(): Promise<bigint> {
    return this.lastPosition();
  }

  async close(): Promise<void> {}

  private lastPosition(): bigint {
    return this.all.length === 0 ? 0n : this.all[this.all.length - 1].position;
  }
}

function clone(e: RecordedEvent): RecordedEvent {
  return { ...e, data: structuredClone(e.data), metadata: structuredClone(e.metadata) };
}
