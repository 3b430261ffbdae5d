import type { AllSubscription, EventStore, RecordedEvent, SubscribeToAllOptions, SubscriptionMessage } from './event-store.port';

export interface AppendSignal {
  /** Grows with every notified append; read it before a read so no wake-up is lost. */
  readonly version: number;
  /** Resolves once the version differs from `seen`, or after the timeout, or when aborted. */
  wait(seen: number, timeoutMs: number, abort: AbortSignal): Promise<void>;
}

const PAGE = 1000;

/**
 * Catch-up then live over any store that can page through $all: pages until a short page
 * (then says caughtUp once), then waits for an append signal or a poll interval (another
 * process may write the same file) and pages again from where it stopped.
 */
export function pollingSubscription(
  store: Pick<EventStore, 'readAll' | 'headPosition'>,
  signal: AppendSignal,
  options: SubscribeToAllOptions & { pollIntervalMs: number },
): AllSubscription {
  const abort = new AbortController();
  let position = options.fromPosition === undefined || options.fromPosition === 'start' ? 0n : options.fromPosition;

  async function* messages(): AsyncGenerator<SubscriptionMessage> {
    let caughtUp = false;
    while (!abort.signal.aborted) {
      const seen = signal.version;
      // Read before the page: every event up to it is in the page or was delivered before.
      const head = options.filter ? await store.headPosition() : 0n;
      const page: RecordedEvent[] = await store.readAll({
        fromPosition: position,
        maxCount: PAGE,
        filter: options.filter,
      });
      for (const event of page) {
        if (abort.signal.aborted) return;
        position = event.position;
        yield { kind: 'event', event };
      }
      if (page.length < PAGE) {
        if (head > position) {
          position = head;
          yield { kind: 'checkpoint', position };
        }
        if (!caughtUp) {
          caughtUp = true;
          yield { kind: 'caughtUp', position };
        }
        await signal.wait(seen, options.pollIntervalMs, abort.signal);
      }
    }
  }

  const iterator = messages();
  return {
    [Symbol.asyncIterator]: () => iterator,
    async close() {
      abort.abort();
      await iterator.return(undefined);
    },
  };
}

/** An in-process append signal: appenders call notify(), subscribers wait(). */
export class LocalAppendSignal implements AppendSignal {
  private waiters = new Set<() => void>();
  version = 0;

  notify(): void {
    this.version++;
    const waiters = this.waiters;
    this.waiters = new Set();
    for (const wake of waiters) wake();
  }

  wait(seen: number, timeoutMs: number, abort: AbortSignal): Promise<void> {
    if (abort.aborted || this.version !== seen) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        abort.removeEventListener('abort', done);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      abort.addEventListener('abort', done, { once: true });
      this.waiters.add(done);
    });
  }
}
