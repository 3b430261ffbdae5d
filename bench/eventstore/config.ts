/** Settings of `npm run bench:eventstore`, from the environment (for quicker or bigger runs). */
const int = (name: string, fallback: number): number => {
  const v = process.env[name];
  const n = v === undefined || v === '' ? fallback : Number.parseInt(v, 10);
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got ${v}`);
  return n;
};

export interface BenchConfig {
  events: number;
  streams: number;
  callers: number;
  batch: number;
  page: number;
  bareRowEvents: number;
  peerConcurrentEvents: number;
  peerEvents: number;
  peerUnserialized: boolean;
}

export function benchConfig(): BenchConfig {
  const events = int('BENCH_EVENTS', 100_000);
  return {
    events,
    streams: int('BENCH_STREAMS', 1_000),
    callers: int('BENCH_CALLERS', 64),
    batch: 100,
    page: 1_000,
    // One fsync per event, and the peer's one call at a time, are slow: fewer events, same rate.
    bareRowEvents: Math.min(events, int('BENCH_BARE_ROW_EVENTS', 10_000)),
    peerConcurrentEvents: Math.min(events, int('BENCH_PEER_CONCURRENT_EVENTS', 10_000)),
    peerEvents: Math.min(events, int('BENCH_PEER_EVENTS', events)),
    peerUnserialized: process.env.BENCH_PEER_UNSERIALIZED === '1',
  };
}

/** Path of the fresh database file of one target. */
export type FileOf = (target: string) => string;
