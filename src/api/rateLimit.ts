// Tracks the server's X-RateLimit-* headers so that the client stops sending once the
// budget is spent, instead of hammering the API with requests that will get a 429.
// No `vscode` import here.

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

export class RateLimiter {
  private snapshot: RateLimitSnapshot = {};
  private blockedUntil = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /**
   * When a request must not be sent before, or undefined when it may go now. `waitedFor`:
   * the time a request has already waited for (a timer may fire a moment early): a block
   * that ends by then does not hold it again.
   */
  blockedUntilDate(waitedFor = 0): Date | undefined {
    return this.blockedUntil > Math.max(this.now(), waitedFor) ? new Date(this.blockedUntil) : undefined;
  }

  get state(): RateLimitSnapshot {
    return { ...this.snapshot };
  }

  /** Reads the headers of any answer. */
  observe(headers: HeaderGetter): void {
    const limit = Number(headers.get('x-ratelimit-limit'));
    const remaining = headers.get('x-ratelimit-remaining');
    const resetAt = parseEpoch(headers.get('x-ratelimit-reset'));
    if (Number.isFinite(limit) && limit > 0) this.snapshot.limit = limit;
    if (remaining !== null && /^\d+$/.test(remaining.trim())) this.snapshot.remaining = Number(remaining);
    // An implausible reset far ahead is kept at most an hour ahead.
    const now = this.now();
    if (resetAt) this.snapshot.resetAt = new Date(clampWait(resetAt.getTime(), now, -Infinity));
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
