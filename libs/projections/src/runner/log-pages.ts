import type { EventStore, RecordedEvent } from '@assocflow/eventstore';
import type { ProjectedEvent } from '../projection';
import { completePage } from './complete-from-stream';
import { toProjectedEvent } from './to-projected-event';

/** A page of the log for one reader: its events after `from`, as projections fold them, and how far the log was read for it. */
export interface LogPage {
  events: ProjectedEvent[];
  /** Everything up to here was looked at, the events left out included: the reader's next `from`. */
  through: bigint;
  /** The page came back short: the reader has reached the end of the log as it was. */
  end: boolean;
}

/** Where a catching-up runner reads its pages from. */
export interface LogPages {
  read(reader: object, from: bigint, types: ReadonlySet<string>): Promise<LogPage>;
  /** The reader stopped (or starts again from its checkpoint): nobody waits for it any more. */
  leave(reader: object): void;
  /** Readers catching up through these pages now, on this thread. */
  readonly readers: number;
}

/** Each reader on its own: the store filters by type, and a page is `pageSize` events the reader handles. */
export function filteredPages(store: EventStore, pageSize: number): LogPages {
  return {
    async read(_reader, from, types) {
      const read = await store.readAll({ fromPosition: from, maxCount: pageSize, filter: { eventTypes: [...types] } });
      return { events: await decodePage(store, read), through: lastPosition(read, from), end: read.length < pageSize };
    },
    leave: () => undefined,
    readers: 1,
  };
}

interface CachedPage extends LogPage {
  from: bigint;
}

export interface SharedLogPagesOptions {
  /** Events per page read from the store (default 5,000). */
  pageSize?: number;
  /** Pages kept for readers behind the one in front (default 4): the front waits while they are all still needed. */
  window?: number;
  /** Longest the front waits for the others before it drops the oldest page anyway (default 2 s). */
  maxWaitMs?: number;
}

/** Events as projections fold them: completed where recorded before they carried their record, upcast. */
export async function decodePage(store: EventStore, page: RecordedEvent[]): Promise<ProjectedEvent[]> {
  return (await completePage(store, page)).map((e) => toProjectedEvent(e));
}

const lastPosition = (events: RecordedEvent[], from: bigint): bigint => (events.length > 0 ? events[events.length - 1].position : from);

/**
 * The log read once for every runner of a worker that catches up: each page is read and decoded
 * (completed and upcast) once, whatever the number of projections folding it, and each reader takes from it the types it
 * handles. Readers at the same position share the pages; the one in front waits while the window
 * is full of pages the others have yet to take (or at most `maxWaitMs`, so a reader paused by a
 * retry does not hold the rest). A reader behind the window reads on its own (the types it
 * handles, as it would without the others), up to where the window starts, and joins it there;
 * the window waits for readers a little behind it (a runner started a moment after the others).
 *
 * Readers must not change the events they are given: the same objects go to every one of them.
 */
export class SharedLogPages implements LogPages {
  private readonly pageSize: number;
  private readonly window: number;
  private readonly maxWaitMs: number;
  private pages: CachedPage[] = [];
  private readonly positions = new Map<object, bigint>();
  private fetching?: Promise<CachedPage>;
  private waiting: (() => void)[] = [];
  /** Pages read for the window, pages read by a reader on its own, pages dropped before every reader took them. */
  readonly stats = { shared: 0, alone: 0, forced: 0 };

  constructor(
    private readonly store: EventStore,
    options: SharedLogPagesOptions = {},
  ) {
    this.pageSize = options.pageSize ?? 5_000;
    this.window = Math.max(1, options.window ?? 4);
    this.maxWaitMs = options.maxWaitMs ?? 2_000;
  }

  async read(reader: object, from: bigint, types: ReadonlySet<string>): Promise<LogPage> {
    this.positions.set(reader, from);
    this.evict();
    const last = this.pages[this.pages.length - 1];
    if (!last || from === last.through) return pick(await this.next(from), types);
    const first = this.pages[0];
    if (from < first.from) return this.alone(from, types, first.from);
    const page = this.pages.find((p) => p.from <= from && from < p.through);
    if (!page) return this.alone(from, types); // ahead of the window
    // Inside a page (a checkpoint saved live, say): the rest of it, and the reader is in step again.
    return { events: page.events.filter((e) => BigInt(e.position) > from && types.has(e.type)), through: page.through, end: page.end };
  }

  leave(reader: object): void {
    this.positions.delete(reader);
    this.evict();
  }

  get readers(): number {
    return Math.max(1, this.positions.size);
  }

  /** Pages in memory now (tests). */
  get cached(): number {
    return this.pages.length;
  }

  /** The page after the window (or the first of a new one): read once, whoever asks for it. */
  private async next(from: bigint): Promise<CachedPage> {
    for (;;) {
      const kept = this.pages.find((p) => p.from === from);
      if (kept) {
        return kept;
      }
      if (!this.fetching) break;
      await this.fetching.catch(() => undefined);
    }
    const fetching = this.fetchNext(from);
    this.fetching = fetching;
    try {
      return await fetching;
    } finally {
      if (this.fetching === fetching) this.fetching = undefined;
    }
  }

  private async fetchNext(from: bigint): Promise<CachedPage> {
    if (this.pages.length >= this.window) await this.room();
    const page = await this.fetch(from);
    this.stats.shared++;
    const tail = this.pages[this.pages.length - 1];
    // Appended where it continues the window; otherwise it starts a new one.
    if (tail && tail.through === from) this.pages.push(page);
    else this.pages = [page];
    return page;
  }

  /**
   * A reader behind the window (or ahead of it) reads on its own the types it handles, as it would
   * without the others; behind, only up to where the window starts, so it joins it there if it is
   * quicker than the front.
   */
  private async alone(from: bigint, types: ReadonlySet<string>, until?: bigint): Promise<LogPage> {
    this.stats.alone++;
    const read = await this.store.readAll({ fromPosition: from, maxCount: this.pageSize, filter: { eventTypes: [...types] } });
    const at = until === undefined ? -1 : read.findIndex((e) => e.position > until);
    const kept = at < 0 ? read : read.slice(0, at);
    const events = await decodePage(this.store, kept);
    const full = read.length === this.pageSize;
    if (until !== undefined && (at >= 0 || !full)) return { events, through: until, end: false };
    return { events, through: lastPosition(kept, from), end: !full };
  }

  private async fetch(from: bigint): Promise<CachedPage> {
    const read = await this.store.readAll({ fromPosition: from, maxCount: this.pageSize });
    return { from, events: await decodePage(this.store, read), through: lastPosition(read, from), end: read.length < this.pageSize };
  }

  /** Waits until a page is dropped (every reader took it), or at most maxWaitMs, then drops the oldest anyway. */
  private async room(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await new Promise<void>((resolve) => {
      this.waiting.push(resolve);
      timer = setTimeout(resolve, this.maxWaitMs);
    });
    clearTimeout(timer);
    if (this.pages.length >= this.window) {
      this.pages.shift();
      this.stats.forced++;
    }
  }

  /**
   * Drops the pages no reader still needs, and wakes the front reader waiting for room. Readers
   * up to `window` windows behind hold the pages too: they read on their own until they reach the
   * window, which waits for them (a runner started a little later than the others joins them).
   */
  private evict(): void {
    if (this.pages.length === 0) return;
    const last = this.pages[this.pages.length - 1];
    const start = this.pages[0].from;
    const span = (last.through - start) / BigInt(this.pages.length);
    const near = start - span * BigInt(this.window * this.window);
    let needed = last.through;
    for (const position of this.positions.values()) if (position >= near && position < needed) needed = position;
    const before = this.pages.length;
    this.pages = this.pages.filter((p) => p.through > needed || p === last);
    if (this.pages.length < before || this.positions.size === 0) {
      const waiting = this.waiting;
      this.waiting = [];
      for (const wake of waiting) wake();
    }
  }
}

function pick(page: CachedPage, types: ReadonlySet<string>): LogPage {
  return { events: page.events.filter((e) => types.has(e.type)), through: page.through, end: page.end };
}
