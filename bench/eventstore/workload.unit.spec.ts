import { batches, callerPlans, makeWorkload, subset } from './workload';

describe('event store bench workload', () => {
  const w = makeWorkload({ events: 100_000, streams: 1_000 });

  it('makes 100,000 events over 1,000 streams named like branch-bench.s123, 100 each', () => {
    expect(w.events).toHaveLength(100_000);
    expect(w.streams).toHaveLength(1_000);
    expect(w.streams[123]).toBe('branch-bench.s123');
    const perStream = new Map<number, number>();
    for (const e of w.events) perStream.set(e.stream, (perStream.get(e.stream) ?? 0) + 1);
    expect(new Set(perStream.values())).toEqual(new Set([100]));
    expect(new Set(w.events.map((e) => e.id)).size).toBe(100_000);
  });

  it('gives every event ~300 bytes of JSON data and small metadata', () => {
    for (const e of w.events.filter((_, i) => i % 997 === 0)) {
      expect(JSON.stringify(e.data).length).toBe(300);
      expect(JSON.stringify(e.metadata).length).toBeLessThan(64);
      expect(e.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });

  it('plans appends that keep revisions in order per stream and never share a stream', () => {
    const plans = callerPlans(w, 64);
    expect(plans).toHaveLength(64);
    expect(plans.reduce((n, p) => n + p.length, 0)).toBe(100_000);
    const next = new Map<number, number>();
    plans.forEach((plan, caller) => {
      for (const e of plan) {
        expect(e.stream % 64).toBe(caller);
        expect(e.revision).toBe(next.get(e.stream) ?? 0);
        next.set(e.stream, e.revision + 1);
      }
    });
    const appends = batches(w, 100);
    expect(appends).toHaveLength(1_000);
    expect(appends.every((b) => b.length === 100 && b.every((e, i) => e.stream === b[0].stream && e.revision === i))).toBe(true);
  });

  it('takes smaller runs as whole streams, so appends keep their size', () => {
    const small = subset(w, 10_000);
    expect(small.events).toHaveLength(10_000);
    expect(batches(small, 100).every((b) => b.length === 100)).toBe(true);
  });
});
