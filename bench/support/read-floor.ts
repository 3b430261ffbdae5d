import type { EventStore } from '@assocflow/eventstore';
import { progress } from './result';

/**
 * The read floor of a benchmark: the whole log read from 0 in pages of 5,000, decoded but not
 * projected. What a projection adds on top of it is what the benchmarks' ratios show.
 */
export async function measureReadFloor(store: EventStore): Promise<{ events: number; ms: number }> {
  progress('read floor: readAll from 0 in pages of 5,000');
  const started = Date.now();
  let events = 0;
  for (let from = 0n; ;) {
    const page = await store.readAll({ fromPosition: from, maxCount: 5000 });
    if (page.length === 0) break;
    events += page.length;
    from = page[page.length - 1].position;
  }
  return { events, ms: Date.now() - started };
}
