// Tracks the server's X-RateLimit-* headers and the requests in flight so that the client
// never sends more than the budget allows, instead of hammering the API with requests that
// will get a 429. No `vscode` import here.

export interface RateLimitSnapshot {
  limit?: number;
  remaining?: number;
  /** When the current window ends (from X-RateLimit-Reset). */
  resetAt?: Date;
}

type HeaderGetter = { get(name: string): string | null };

/** X-RateLimit-Reset is an epoch value of unstated unit: seconds, or milliseconds if huge. */
export function parseEpoch(value: string | null): Date | undefined {
  if (!value || !/^\d+(\.\d+)?$/.test(value.trim())) return undefined;
  const n = Number(value);
  return new Date(n > 1e12 ? n : n * 1000);
}

/**
 * Retry-After is either delta-seconds or an HTTP date. Taken as said here (a negative
 * number or a past date gives a past time); callers clamp it with `clampWait`.
 */
export function parseRetryAfter(value: string | null, now: number): Date | undefined {
  if (!value) return undefined;
  const text = value.trim();
  if (/^[+-]?\d+(\.\d+)?$/.test(text)) return new Date(now + Number(text) * 1000);
  // Only something that looks like a date: Date.parse alone reads "1" as the year 2001.
  const date = /[a-z]/i.test(text) ? Date.parse(text) : NaN;
  return Number.isNaN(date) ? undefined : new Date(date);
}

/** The shortest wait after a 429, whatever the server said (0, negative, in the past). */
export const MIN_RATE_LIMIT_WAIT_MS = 1000;
/** The longest wait the server can impose (Retry-After: 999999999 would be 2058). */
export const MAX_RATE_LIMIT_WAIT_MS = 60 * 60_000;

/** `until` moved into [now + min, now + MAX_RATE_LIMIT_WAIT_MS]. */
export function clampWait(until: number, now: number, min = MIN_RATE_LIMIT_WAIT_MS): number {
  return Math.min(Math.max(until, now + min), now + MAX_RATE_LIMIT_WAIT_MS);
}

/** The contract's budget, assumed until an answer says otherwise. */
export const DEFAULT_RATE_LIMIT = 60;
/** The length of the budget's window. */
export const RATE_LIMIT_WINDOW_MS = 60_000;

/**
 * The rate-limit budget as this client knows it: what the answers said (X-RateLimit-*),
 * less the requests sent since that the server has not answered yet, and a local floor of
 * at most `limit` sends in any minute. Pure bookkeeping with an injected clock; the
 * waiting is RequestQueue's.
 */
export class RateLimiter {
  private snapshot: RateLimitSnapshot = {};
  private blockedUntil = 0;
  /** Sent and not answered yet. */
  private inFlight = 0;
  /** Answered without rate-limit headers since the last answer with them: spent, but not in `remaining`. */
  private unreflected = 0;
  private answeredOnce = false;
  /** When the requests of the last minute were sent, oldest first. */
  private sends: number[] = [];

  constructor(private readonly now: () => number = Date.now) {}

  get state(): RateLimitSnapshot {
    return { ...this.snapshot };
  }

  /**
   * The earliest time the next request may be sent (at least now), or undefined when it
   * must wait for an answer to a request in flight. `waitedFor`: a time the request has
   * already waited for; the rules are read as of then when the clock is not there yet (a
   * timer may fire a moment early), so the block it waited for does not hold it again.
   */
  nextSendTime(waitedFor = 0): number | undefined {
    const now = Math.max(this.now(), waitedFor);
    let at = Math.max(now, this.blockedUntil);
    // Until an answer tells the budget (it may be less than 60), one request at a time.
    if (!this.answeredOnce && this.inFlight > 0) return undefined;
    const limit = this.snapshot.limit ?? DEFAULT_RATE_LIMIT;
    // The floor: never more than `limit` sends in any minute (all that guards a server
    // without the headers).
    const recent = this.sends.filter((t) => t > now - RATE_LIMIT_WINDOW_MS);
    if (recent.length >= limit) at = Math.max(at, recent[recent.length - limit] + RATE_LIMIT_WINDOW_MS);
    const { remaining, resetAt } = this.snapshot;
    const windowOpen = resetAt === undefined || resetAt.getTime() > now;
    // What the server said is left in its window, less what is spent since.
    const left = remaining !== undefined && windowOpen ? remaining - this.inFlight - this.unreflected
      // A window that has ended: a new budget, less the requests still in flight.
      : resetAt !== undefined && !windowOpen ? limit - this.inFlight - this.unreflected : Infinity;
    if (left <= 0) {
      if (resetAt !== undefined && windowOpen) at = Math.max(at, resetAt.getTime());
      else if (this.inFlight > 0) return undefined;
    }
    return at;
  }

  /** A request is sent now. */
  sent(): void {
    const now = this.now();
    this.inFlight++;
    this.sends = this.sends.filter((t) => t > now - RATE_LIMIT_WINDOW_MS);
    this.sends.push(now);
  }

  /** A request sent is over: answered (its headers), or failed without an answer. */
  settled(headers?: HeaderGetter): void {
    this.inFlight = Math.max(0, this.inFlight - 1);
    if (!headers) return;
    this.answeredOnce = true;
    const told = ['x-ratelimit-remaining', 'x-ratelimit-reset'].some((name) => headers.get(name) !== null);
    this.unreflected = told ? 0 : this.unreflected + 1;
    this.observe(headers);
  }

  /** Reads the rate-limit headers of an answer. */
  observe(headers: HeaderGetter): void {
    const limit = Number(headers.get('x-ratelimit-limit'));
    const remainingText = headers.get('x-ratelimit-remaining');
    const remaining = remainingText !== null && /^\d+$/.test(remainingText.trim()) ? Number(remainingText) : undefined;
    const now = this.now();
    // An implausible reset far ahead is kept at most an hour ahead.
    const parsedReset = parseEpoch(headers.get('x-ratelimit-reset'));
    const resetAt = parsedReset && clampWait(parsedReset.getTime(), now, -Infinity);
    if (Number.isFinite(limit) && limit > 0) this.snapshot.limit = limit;
    const known = this.snapshot.resetAt?.getTime();
    if (resetAt !== undefined && known !== undefined && resetAt < known) {
      // An answer from an earlier window, come late: what it says is spent is past.
    } else if (resetAt !== undefined && resetAt !== known) {
      // A new window.
      this.snapshot.resetAt = new Date(resetAt);
      if (remaining === undefined) delete this.snapshot.remaining;
      else this.snapshot.remaining = remaining;
    } else if (remaining !== undefined && resetAt !== undefined) {
      // The same window (answers may come out of order): the lowest count is the latest.
      this.snapshot.remaining = Math.min(remaining, this.snapshot.remaining ?? remaining);
    } else if (remaining !== undefined) {
      this.snapshot.remaining = remaining;
    }
    if (this.snapshot.remaining === 0 && this.snapshot.resetAt && this.snapshot.resetAt.getTime() > now) {
      this.blockedUntil = Math.max(this.blockedUntil, this.snapshot.resetAt.getTime());
    }
  }

  /**
   * Records a 429 and returns when to try again: what Retry-After or X-RateLimit-Reset
   * says, kept between 1 s and an hour from now.
   */
  limited(headers: HeaderGetter): Date {
    this.observe(headers);
    const now = this.now();
    const until =
      parseRetryAfter(headers.get('retry-after'), now)?.getTime() ??
      (this.snapshot.resetAt && this.snapshot.resetAt.getTime() > now ? this.snapshot.resetAt.getTime() : undefined) ??
      now + 60_000; // the documented body says "retry after 1 minute"
    this.blockedUntil = Math.max(this.blockedUntil, clampWait(until, now));
    return new Date(this.blockedUntil);
  }
}
