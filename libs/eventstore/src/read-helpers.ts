import type { NewEvent, ReadStreamOptions, RecordedEvent } from './event-store.port';
import { InvalidAppend } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The shape checks every adapter makes before touching storage. */
export function validateNewEvents(streamId: string, events: NewEvent[]): void {
  if (!streamId || streamId.startsWith('$')) throw new InvalidAppend(`invalid stream id: "${streamId}"`);
  const seen = new Set<string>();
  for (const e of events) {
    if (!UUID.test(e.id)) throw new InvalidAppend(`event id must be a UUID, got "${e.id}"`);
    if (seen.has(e.id.toLowerCase())) throw new InvalidAppend(`event id ${e.id} appears twice in one append`);
    seen.add(e.id.toLowerCase());
    if (!e.type) throw new InvalidAppend('event type must not be empty');
  }
}

/** One stream's events (in revision order) narrowed by from / direction / maxCount. */
export function sliceStream(events: RecordedEvent[], options: ReadStreamOptions): RecordedEvent[] {
  const backwards = options.direction === 'backwards';
  const max = options.maxCount ?? Number.MAX_SAFE_INTEGER;
  const from = options.from ?? (backwards ? 'end' : 'start');
  if (!backwards) {
    if (from === 'end') return [];
    const start = from === 'start' ? 0 : events.findIndex((e) => e.revision >= from);
    return start < 0 ? [] : events.slice(start, start + max);
  }
  if (from === 'start') return events.length ? [events[0]] : [];
  const upTo = from === 'end' ? events.length - 1 : findLastIndex(events, (e) => e.revision <= from);
  return upTo < 0 ? [] : events.slice(Math.max(0, upTo - max + 1), upTo + 1).reverse();
}

function findLastIndex<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return i;
  return -1;
}
