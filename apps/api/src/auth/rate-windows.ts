/** What one replica took for a key in one window since its last sync, to add to the shared count. */
export interface WindowTake {
  keyId: string;
  second: number;
  taken: number;
}

interface Window {
  second: number;
  /** The shared count as last answered by the store (every replica's, ours included). */
  shared: number;
  /** Taken here, sent to the store, answer pending. */
  sending: number;
  /** Taken here since the last sync. */
  unsent: number;
}

/**
 * Fixed one-second windows per key, counted in memory and reconciled with a shared count now
 * and then (see RateLimiter): a request is allowed while the shared count plus what this replica
 * took since is under the limit. No I/O and no clock of its own: the caller passes the time.
 */
export class RateWindows {
  private readonly windows = new Map<string, Window>();

  constructor(readonly perSecond: number) {}

  /** Counts one request of `keyId` at `nowMs`, unless the key is at its limit in this window. */
  take(keyId: string, nowMs: number): boolean {
    const second = Math.floor(nowMs / 1000);
    let window = this.windows.get(keyId);
    if (window === undefined || window.second !== second) {
      window = { second, shared: 0, sending: 0, unsent: 0 };
      this.windows.set(keyId, window);
    }
    if (window.shared + window.sending + window.unsent >= this.perSecond) return false;
    window.unsent++;
    return true;
  }

  /** Requests `keyId` may still make in the window of `nowMs`, as far as this replica knows. */
  remaining(keyId: string, nowMs: number): number {
    const window = this.windows.get(keyId);
    if (window === undefined || window.second !== Math.floor(nowMs / 1000)) return this.perSecond;
    return Math.max(0, this.perSecond - window.shared - window.sending - window.unsent);
  }

  /** What was taken since the last call, now counted as being sent; windows past and settled are dropped. */
  drain(nowMs: number): WindowTake[] {
    const second = Math.floor(nowMs / 1000);
    const takes: WindowTake[] = [];
    for (const [keyId, window] of this.windows) {
      if (window.unsent > 0) {
        takes.push({ keyId, second: window.second, taken: window.unsent });
        window.sending += window.unsent;
        window.unsent = 0;
      } else if (window.second < second && window.sending === 0) {
        this.windows.delete(keyId);
      }
    }
    return takes;
  }

  /** The store counted `take`: `shared` is its total for the window, every replica's takes included. */
  settle(take: WindowTake, shared: number): void {
    const window = this.current(take);
    if (!window) return;
    window.sending -= take.taken;
    window.shared = Math.max(window.shared, shared);
  }

  /** The store could not count `take`: it stays counted here (this replica limits on its own meanwhile). */
  unsent(take: WindowTake): void {
    const window = this.current(take);
    if (!window) return;
    window.sending -= take.taken;
    window.shared += take.taken;
  }

  private current(take: WindowTake): Window | undefined {
    const window = this.windows.get(take.keyId);
    return window?.second === take.second ? window : undefined;
  }
}
