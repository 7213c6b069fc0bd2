// The client's queue: a request waits here until the rate-limit budget lets it go, so that
// 70 actions at once send 60 now and 10 when the window resets, instead of 10 429s.
// Clock-injected (now, sleep). No `vscode` import here.
import type { RateLimiter } from './rateLimit';

/** What the user interface can show: "12 requests waiting for the rate limit, about 40 s". */
export interface QueueState {
  /** Requests waiting to be sent. */
  queued: number;
  /** When the next of them goes, when that is a time (not an answer awaited). */
  nextSendAt?: Date;
}

/** A request would wait longer than it may: refused, to be tried again at `retryAt`. */
export class QueueWaitTooLong extends Error {
  constructor(readonly retryAt: Date) {
    super('rate limit wait too long');
  }
}

/** A request was cancelled (its AbortSignal) while it waited. */
export class QueueCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

export interface QueueClock {
  now: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface Ticket {
  /** Queue order: a retry keeps its first ticket's place, ahead of later requests. */
  order?: number;
  /** The longest wait for a time (not for an answer) before it is refused. */
  maxWaitMs: number;
  signal?: AbortSignal;
}

interface Waiter {
  order: number;
  maxWaitMs: number;
  /** The time its timer waited for (see RateLimiter.nextSendTime). */
  waitedFor: number;
  signal?: AbortSignal;
  resolve: (waited: boolean) => void;
  reject: (error: Error) => void;
  onAbort: () => void;
}

export class RequestQueue {
  private waiting: Waiter[] = [];
  private nextOrder = 0;
  /** The time the pending timer waits for, and how to drop it. */
  private timer?: { at: number; cancel: AbortController };
  private reported: QueueState = { queued: 0 };

  constructor(
    private readonly limiter: RateLimiter,
    private readonly clock: QueueClock,
    private readonly onChange?: (state: QueueState) => void,
  ) {}

  get state(): QueueState {
    return { ...this.reported };
  }

  /** A place in the queue, for a request and its retries. */
  order(): number {
    return this.nextOrder++;
  }

  /**
   * Resolves when the request may be sent (it then counts as sent: call `settled` when it
   * is over), with whether it had to wait. Rejects with QueueWaitTooLong or QueueCancelled.
   */
  acquire(ticket: Ticket): Promise<boolean> {
    if (ticket.signal?.aborted) return Promise.reject(new QueueCancelled());
    return new Promise<boolean>((resolve, reject) => {
      const waiter: Waiter = {
        order: ticket.order ?? this.order(),
        maxWaitMs: ticket.maxWaitMs,
        waitedFor: 0,
        signal: ticket.signal,
        resolve,
        reject,
        onAbort: () => {
          this.remove(waiter);
          reject(new QueueCancelled());
          this.pump();
        },
      };
      ticket.signal?.addEventListener('abort', waiter.onAbort, { once: true });
      const at = this.waiting.findIndex((w) => w.order > waiter.order);
      this.waiting.splice(at < 0 ? this.waiting.length : at, 0, waiter);
      this.pump(waiter);
    });
  }

  /**
   * A request sent is over: answered (its headers), or failed without an answer. A 429
   * (`limited`) blocks every request until the returned time (see RateLimiter.limited).
   */
  settled(headers?: { get(name: string): string | null }, limited = false): Date | undefined {
    this.limiter.settled(headers);
    const retryAt = limited && headers ? this.limiter.limited(headers) : undefined;
    this.pump();
    return retryAt;
  }

  /** Sends what may go now; sets a timer for the next; refuses who may not wait that long. */
  private pump(arrived?: Waiter): void {
    while (this.waiting.length) {
      const head = this.waiting[0];
      const at = this.limiter.nextSendTime(head.waitedFor);
      if (at === undefined) {
        this.dropTimer(); // an answer in flight decides (every request settles, at the latest by its timeout)
        break;
      }
      const wait = at - Math.max(this.clock.now(), head.waitedFor);
      if (wait <= 0) {
        this.remove(head);
        this.limiter.sent();
        head.resolve(head !== arrived);
        continue;
      }
      for (const waiter of [...this.waiting]) {
        if (wait > waiter.maxWaitMs) {
          this.remove(waiter);
          waiter.reject(new QueueWaitTooLong(new Date(at)));
        }
      }
      if (this.waiting.length) this.wake(at);
      break;
    }
    if (!this.waiting.length) this.dropTimer();
    this.report();
  }

  /** Runs the pump at `at` (the time waited for counts as reached: timers may fire early). */
  private wake(at: number): void {
    if (this.timer?.at === at) return;
    this.dropTimer();
    const timer = { at, cancel: new AbortController() };
    this.timer = timer;
    this.clock.sleep(at - this.clock.now(), timer.cancel.signal).then(() => {
      if (this.timer !== timer) return;
      this.timer = undefined;
      for (const waiter of this.waiting) waiter.waitedFor = Math.max(waiter.waitedFor, at);
      this.pump();
    });
  }

  private dropTimer(): void {
    this.timer?.cancel.abort();
    this.timer = undefined;
  }

  private remove(waiter: Waiter): void {
    waiter.signal?.removeEventListener('abort', waiter.onAbort);
    this.waiting = this.waiting.filter((w) => w !== waiter);
  }

  private report(): void {
    const state: QueueState = { queued: this.waiting.length };
    if (this.waiting.length && this.timer) state.nextSendAt = new Date(this.timer.at);
    if (state.queued === this.reported.queued && state.nextSendAt?.getTime() === this.reported.nextSendAt?.getTime()) return;
    this.reported = state;
    this.onChange?.({ ...state });
  }
}
