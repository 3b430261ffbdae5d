/**
 * What a local receiver got, and a way to wait for a condition on it: `until` resolves once
 * `test` holds after an arrival (or already holds), and fails after the timeout naming `label`.
 */
export class Arrivals<T> {
  readonly received: T[] = [];
  private readonly waiters = new Set<() => void>();

  constructor(private readonly label: string) {}

  /** Records an arrival and wakes the waiters. */
  add(item: T): void {
    this.received.push(item);
    this.notify();
  }

  /** Wakes the waiters (after an arrival recorded earlier is answered). */
  notify(): void {
    for (const wake of [...this.waiters]) wake();
  }

  until(test: (received: T[]) => boolean, timeoutMs = 30_000): Promise<void> {
    return new Promise((resolve, reject) => {
      if (test(this.received)) return resolve();
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`${this.label}: condition not met within ${timeoutMs} ms (${this.received.length} received)`));
      }, timeoutMs);
      const check = () => {
        if (!test(this.received)) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve();
      };
      this.waiters.add(check);
    });
  }
}
