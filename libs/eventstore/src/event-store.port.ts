/**
 * The one port every event store adapter implements (DESIGN.md section 3).
 * Revisions are per stream and start at 0; positions are global, totally ordered and never
 * reused. Both are bigint so an EventStoreDB log position fits without loss.
 */
export type ExpectedRevision = 'no_stream' | 'stream_exists' | 'any' | bigint;

export type EventMetadata = Record<string, unknown>;

export interface NewEvent<Type extends string = string, Data = unknown> {
  /** A UUID. Appending an id already in the stream at the expected place is a no-op. */
  id: string;
  type: Type;
  data: Data;
  metadata?: EventMetadata;
}

export interface RecordedEvent<Type extends string = string, Data = unknown> {
  id: string;
  type: Type;
  data: Data;
  metadata: EventMetadata;
  streamId: string;
  revision: bigint;
  position: bigint;
  /** When the store accepted the event (ISO timestamp). */
  created: string;
}

export interface AppendOptions {
  expectedRevision: ExpectedRevision;
}

export interface AppendResult {
  /** Revision of the last event of the stream after the append. */
  nextExpectedRevision: bigint;
  /** Global position of the last appended (or, on an idempotent retry, found) event. */
  position: bigint;
}

export type Direction = 'forwards' | 'backwards';

export interface ReadStreamOptions {
  /** Revision to start at (inclusive); 'start' or 'end' by default by direction. */
  from?: bigint | 'start' | 'end';
  direction?: Direction;
  maxCount?: number;
}

/** Which events of $all a reader wants. Every field narrows; empty means everything. */
export interface EventFilter {
  /** Stream categories: what precedes the first dash of the stream name. */
  categories?: string[];
  /** Tenants: what lies between the first dash and the first dot of the stream name. */
  tenants?: string[];
  eventTypes?: string[];
}

export interface ReadAllOptions {
  /** Read events strictly after this position; 'start' (default) or 'end'. */
  fromPosition?: bigint | 'start' | 'end';
  direction?: Direction;
  maxCount?: number;
  filter?: EventFilter;
}

export interface SubscribeToAllOptions {
  /** Deliver events strictly after this position (a saved checkpoint); default: from the start. */
  fromPosition?: bigint | 'start';
  filter?: EventFilter;
}

export type SubscriptionMessage =
  | { kind: 'event'; event: RecordedEvent }
  /** Sent once when every event that existed at subscription time has been delivered. */
  | { kind: 'caughtUp'; position: bigint }
  /**
   * Everything up to `position` has been looked at, including events the filter left out:
   * a filtered reader may save it as its checkpoint. Optional; adapters may never send it.
   */
  | { kind: 'checkpoint'; position: bigint };

export interface AllSubscription extends AsyncIterable<SubscriptionMessage> {
  close(): Promise<void>;
}

export interface EventStore {
  append(streamId: string, events: NewEvent[], options: AppendOptions): Promise<AppendResult>;
  /** Events of one stream; an unknown stream reads as empty. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  subscribeToAll(options?: SubscribeToAllOptions): AllSubscription;
  /** Position of the last event in the store, 0n when it is empty (for lag). */
  headPosition(): Promise<bigint>;
  close(): Promise<void>;
}
