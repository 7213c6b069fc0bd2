/**
 * An injected clock for the client's `now` and `sleep` options: time moves only when a test
 * says so, so rate-limit waits of a minute or an hour take no real time, on any date.
 */
export interface FakeClockOptions {
  /** Every sleep moves the clock by its length at once (for waits one after another). */
  auto?: boolean;
  /** In auto mode, a timer fires this many ms early (as real timers sometimes seem to). */
  earlyMs?: number;
  /** Told the new time whenever the clock moves (e.g. the fake server's setNow). */
  onMove?: (now: number) => void;
}

interface Timer {
  at: number;
  resolve: () => void;
}

export class FakeClock {
  private time: number;
  private timers: Timer[] = [];
  /** Every sleep asked for, in ms, in order. */
  readonly sleeps: number[] = [];

  constructor(start: number, private readonly options: FakeClockOptions = {}) {
    this.time = start;
    options.onMove?.(start);
  }

  readonly now = (): number => this.time;

  /** For the client's `sleep` option. Resolves at once when `signal` aborts. */
  readonly sleep = (ms: number, signal?: AbortSignal): Promise<void> => {
    this.sleeps.push(ms);
    if (this.options.auto) {
      return new Promise<void>((resolve) => setImmediate(() => {
        this.moveTo(this.time + Math.max(0, ms - (this.options.earlyMs ?? 0)));
        resolve();
      }));
    }
    return new Promise<void>((resolve) => {
      const timer: Timer = { at: this.time + ms, resolve: () => resolve() };
      this.timers.push(timer);
      signal?.addEventListener('abort', () => {
        this.timers = this.timers.filter((t) => t !== timer);
        resolve();
      }, { once: true });
    });
  };

  /** Timers waiting for the clock. */
  get pending(): number {
    return this.timers.length;
  }

  /** Moves the clock forward by `ms`, firing the timers that come due, in order. */
  async advance(ms: number): Promise<void> {
    const target = this.time + ms;
    for (;;) {
      const next = this.timers.filter((t) => t.at <= target).sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      this.timers = this.timers.filter((t) => t !== next);
      this.moveTo(Math.max(this.time, next.at));
      next.resolve();
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.moveTo(target);
  }

  private moveTo(time: number): void {
    this.time = time;
    this.options.onMove?.(time);
  }
}
