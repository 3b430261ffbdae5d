import { randomUUID } from 'node:crypto';

/** One event of the benchmark workload, generated up front so generation is never timed. */
export interface BenchEvent {
  /** Index of the stream in Workload.streams. */
  stream: number;
  /** Revision of the event in its stream (0-based, as in the event store port). */
  revision: number;
  id: string;
  type: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
}

export interface Workload {
  streams: string[];
  /** In global order: event i goes to stream i % streams.length. */
  events: BenchEvent[];
}

export interface WorkloadOptions {
  events: number;
  streams: number;
  /** Target size of JSON.stringify(data) in bytes (default 300). */
  dataBytes?: number;
}

export const benchStreamName = (i: number): string => `branch-bench.s${i}`;

const EVENT_TYPES = ['MemberRegistered', 'DuesPaid', 'AddressChanged', 'MeetingAttended'];

/** A member-ish payload padded so that its JSON is exactly `bytes` long (when bytes >= ~200). */
export function makeData(i: number, bytes = 300): Record<string, unknown> {
  const data: Record<string, unknown> = {
    memberId: `m-${String(i).padStart(8, '0')}`,
    name: `Member ${i}`,
    email: `member${i}@assoc.example.org`,
    amountCents: (i * 7919) % 100_000,
    currency: 'EUR',
    tags: ['bench', `g${i % 17}`],
    note: '',
  };
  const missing = bytes - JSON.stringify(data).length;
  if (missing > 0) data.note = 'x'.repeat(missing);
  return data;
}

export function makeWorkload({ events, streams, dataBytes = 300 }: WorkloadOptions): Workload {
  if (events < 1 || streams < 1) throw new Error('a workload needs events and streams');
  const names = Array.from({ length: streams }, (_, i) => benchStreamName(i));
  const out: BenchEvent[] = new Array(events);
  for (let i = 0; i < events; i++) {
    out[i] = {
      stream: i % streams,
      revision: Math.floor(i / streams),
      id: randomUUID(),
      type: EVENT_TYPES[i % EVENT_TYPES.length],
      data: makeData(i, dataBytes),
      metadata: { correlationId: `c-${i}`, actor: 'bench' },
    };
  }
  return { streams: names, events: out };
}

/** The events of each stream, in revision order. */
export function eventsByStream(w: Workload): BenchEvent[][] {
  const by: BenchEvent[][] = w.streams.map(() => []);
  for (const e of w.events) by[e.stream].push(e);
  return by;
}

/**
 * What each of `callers` concurrent writers appends, one event per call: caller c owns the
 * streams s with s % callers === c and walks them round-robin, so revisions stay in order and
 * no two callers ever touch the same stream.
 */
export function callerPlans(w: Workload, callers: number): BenchEvent[][] {
  const plans: BenchEvent[][] = Array.from({ length: callers }, () => []);
  for (const e of w.events) plans[e.stream % callers].push(e);
  return plans;
}

/** Appends of up to `size` consecutive events of one stream each, in an order valid per stream. */
export function batches(w: Workload, size: number): BenchEvent[][] {
  const perStream = eventsByStream(w);
  const out: BenchEvent[][] = [];
  const longest = Math.max(...perStream.map((s) => s.length));
  for (let from = 0; from < longest; from += size) {
    for (const s of perStream) if (from < s.length) out.push(s.slice(from, from + size));
  }
  return out;
}

/**
 * The first n events (rounded up to whole streams) of whole streams: streams keep all their
 * events, so a smaller run still makes appends of the same size per stream.
 */
export function subset(w: Workload, n: number): Workload {
  if (n >= w.events.length) return w;
  const perStream = Math.ceil(w.events.length / w.streams.length);
  const streams = Math.max(1, Math.ceil(n / perStream));
  return { streams: w.streams.slice(0, streams), events: w.events.filter((e) => e.stream < streams) };
}
