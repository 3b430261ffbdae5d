/** Where time comes from: rules take `now` as an argument, and the worker asks a Clock for it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that says what it is told (tests); `set` and `advance` move it. */
export class FixedClock implements Clock {
  private current: number;

  constructor(at: Date | string) {
    this.current = new Date(at).getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  set(at: Date | string): void {
    this.current = new Date(at).getTime();
  }

  advance(ms: number): void {
    this.current += ms;
  }
}
