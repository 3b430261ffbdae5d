import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  MaxAppendSizeExceededError,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
  type AllStreamResolvedEvent,
  type EventData,
  type JSONType,
  type Position,
  type ReadPosition,
} from '@eventstore/db-client';
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
import { InvalidAppend, WrongExpectedVersion } from '../errors';
import { validateNewEvents } from '../read-helpers';
import { isSystemEvent, serverFilterOf, toExpectedRevision, toPosition, toRecorded } from './esdb-mapping';
import { EsdbAllSubscription } from './esdb-subscription';

/** $all is read in pages this long; the client cannot filter a read, so we filter page by page. */
const PAGE = 500;

/**
 * EventStoreDB or KurrentDB through @eventstore/db-client over gRPC. Needs 23.10 or later:
 * subscriptions wait for its CaughtUp message, and stream reads need the $all positions servers
 * send since 22.6. How positions map to one bigint: esdb-mapping.ts.
 */
export class EsdbEventStore implements EventStore {
  private readonly client: EventStoreDBClient;
  private readonly subscriptions = new Set<EsdbAllSubscription>();

  constructor(connectionString: string) {
    this.client = EventStoreDBClient.connectionString(connectionString);
  }

  async append(streamId: string, events: NewEvent[], options: AppendOptions): Promise<AppendResult> {
    validateNewEvents(streamId, events);
    try {
      const result = await this.client.appendToStream(streamId, events.map(toEventData), {
        expectedRevision: toExpectedRevision(options.expectedRevision),
      });
      return {
        nextExpectedRevision: result.nextExpectedRevision,
        // Only an append of no events can come back without a position.
        position: result.position ? result.position.commit : await this.headPosition(),
      };
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) {
        throw new WrongExpectedVersion(streamId, options.expectedRevision, error.actualVersion);
      }
      if (error instanceof MaxAppendSizeExceededError) {
        throw new InvalidAppend(`an append to ${streamId} may hold at most ${error.maxAppendSize} bytes of events`);
      }
      throw error;
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const maxCount = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    if (maxCount <= 0) return [];
    const backwards = options.direction === 'backwards';
    const from = options.from ?? (backwards ? 'end' : 'start');
    const out: RecordedEvent[] = [];
    try {
      const read = this.client.readStream(streamId, {
        direction: backwards ? BACKWARDS : FORWARDS,
        fromRevision: from === 'start' ? START : from === 'end' ? END : from,
        maxCount,
      });
      for await (const resolved of read) {
        const event = toRecorded(resolved);
        if (event) out.push(event);
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return out;
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const maxCount = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    const out: RecordedEvent[] = [];
    if (maxCount <= 0) return out;
    const backwards = options.direction === 'backwards';
    // One more than asked for: a forward read includes the event at its position, which we skip.
    const pageSize = options.filter ? PAGE : Math.min(PAGE, maxCount + 1);
    const from = options.fromPosition ?? (backwards ? 'end' : 'start');
    for await (const resolved of this.scanAll(from, backwards, pageSize)) {
      const event = toRecorded(resolved, options.filter);
      if (event) out.push(event);
      if (out.length >= maxCount) break;
    }
    return out;
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): AllSubscription {
    const from = options.fromPosition === undefined || options.fromPosition === 'start' ? 0n : options.fromPosition;
    // The server checkpoints a filtered subscription as it reads past events the filter leaves out.
    const filter = {
      ...serverFilterOf(options.filter),
      checkpointReached: (_: unknown, position: Position) => subscription.onCheckpoint(position.commit),
    };
    const source = this.client.subscribeToAll({ fromPosition: toPosition(from), filter });
    const subscription: EsdbAllSubscription = new EsdbAllSubscription(source, from, options.filter, () =>
      this.subscriptions.delete(subscription),
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async headPosition(): Promise<bigint> {
    // The log ends with system events as often as not; lag is measured against ours.
    for await (const resolved of this.scanAll('end', true, 32)) {
      const e = resolved.event;
      if (e && !isSystemEvent(e.streamId, e.type)) return toRecorded(resolved)!.position;
    }
    return 0n;
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.close()));
    await this.client.dispose();
  }

  /**
   * $all after (forwards) or before (backwards) a position, system events included, page by page.
   * The server reads forwards from a position inclusively and backwards exclusively; ours is
   * exclusive both ways, hence the skip.
   */
  private async *scanAll(from: bigint | 'start' | 'end', backwards: boolean, pageSize = PAGE): AsyncGenerator<AllStreamResolvedEvent> {
    let cursor: ReadPosition = from === 'start' ? START : from === 'end' ? END : toPosition(from);
    let after = typeof from === 'bigint' && !backwards ? from : undefined;
    for (;;) {
      let count = 0;
      let last: bigint | undefined;
      let drained = false;
      const page = this.client.readAll({ fromPosition: cursor, direction: backwards ? BACKWARDS : FORWARDS, maxCount: pageSize });
      try {
        for await (const resolved of page) {
          count++;
          const position = resolved.event?.position?.commit;
          if (position !== undefined) last = position;
          if (after !== undefined && position !== undefined && position <= after) continue;
          yield resolved;
        }
        drained = true;
      } finally {
        // A reader that stopped early must not leave the server streaming into a full window.
        if (!drained) await page.cancel();
      }
      if (count < pageSize || last === undefined) return;
      cursor = { commit: last, prepare: last };
      after = backwards ? undefined : last;
    }
  }
}

function toEventData(e: NewEvent): EventData {
  return {
    id: e.id,
    type: e.type,
    contentType: 'application/json',
    // JSON has no undefined; EventStoreDB would store nothing readable for it.
    data: (e.data === undefined ? null : e.data) as JSONType,
    metadata: e.metadata ?? {},
  };
}
