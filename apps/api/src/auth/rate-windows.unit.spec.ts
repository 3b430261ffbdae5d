import { RateWindows } from './rate-windows';

const takeMany = (windows: RateWindows, keyId: string, n: number, nowMs: number) =>
  Array.from({ length: n }, () => windows.take(keyId, nowMs)).filter(Boolean).length;

describe('RateWindows', () => {
  it('allows perSecond requests of a key in one window, then refuses, and starts again in the next', () => {
    const windows = new RateWindows(3);
    expect(takeMany(windows, 'k', 5, 10_000)).toBe(3);
    expect(takeMany(windows, 'k', 5, 10_999)).toBe(0);
    expect(takeMany(windows, 'k', 5, 11_000)).toBe(3);
  });

  it('counts each key on its own', () => {
    const windows = new RateWindows(2);
    expect(takeMany(windows, 'a', 3, 0)).toBe(2);
    expect(takeMany(windows, 'b', 3, 0)).toBe(2);
  });

  it('drains what was taken since the last drain, once', () => {
    const windows = new RateWindows(10);
    takeMany(windows, 'a', 2, 5_000);
    takeMany(windows, 'b', 1, 5_500);
    expect(windows.drain(5_600)).toEqual([
      { keyId: 'a', second: 5, taken: 2 },
      { keyId: 'b', second: 5, taken: 1 },
    ]);
    expect(windows.drain(5_700)).toEqual([]);
  });

  it('counts against the shared total once settled: what other replicas took counts too', () => {
    const windows = new RateWindows(10);
    takeMany(windows, 'k', 2, 0);
    const [take] = windows.drain(0);
    windows.settle(take, 9); // seven taken elsewhere
    expect(takeMany(windows, 'k', 5, 100)).toBe(1);
  });

  it('keeps counting what is being sent, and what the store could not count', () => {
    const windows = new RateWindows(4);
    takeMany(windows, 'k', 2, 0);
    const [take] = windows.drain(0);
    expect(takeMany(windows, 'k', 5, 50)).toBe(2); // the two in flight still count
    windows.unsent(take);
    expect(takeMany(windows, 'k', 5, 60)).toBe(0);
  });

  it('ignores a late answer for a window that has passed', () => {
    const windows = new RateWindows(2);
    takeMany(windows, 'k', 2, 900);
    const [take] = windows.drain(950);
    expect(takeMany(windows, 'k', 3, 1_000)).toBe(2);
    windows.settle(take, 1_000);
    windows.unsent(take);
    expect(windows.drain(1_100)).toEqual([{ keyId: 'k', second: 1, taken: 2 }]);
  });

  it('forgets windows that have passed once nothing of them is pending', () => {
    const windows = new RateWindows(1);
    windows.take('k', 0);
    const [take] = windows.drain(0);
    windows.settle(take, 1);
    expect(windows.take('k', 500)).toBe(false);
    windows.drain(1_000);
    expect(windows.take('k', 1_000)).toBe(true);
  });

  it("says what is left of the window: every replica's takes count, and a new window starts full", () => {
    const windows = new RateWindows(5);
    expect(windows.remaining('k', 0)).toBe(5);
    windows.take('k', 0);
    windows.take('k', 10);
    expect(windows.remaining('k', 20)).toBe(3);
    const [take] = windows.drain(30);
    windows.settle(take, 4); // two more taken by another replica
    expect(windows.remaining('k', 40)).toBe(1);
    windows.take('k', 50);
    expect(windows.remaining('k', 60)).toBe(0);
    expect(windows.take('k', 70)).toBe(false);
    expect(windows.remaining('k', 80)).toBe(0);
    expect(windows.remaining('k', 1_000)).toBe(5);
  });
});
