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

/** Retry-After is either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number): Date | undefined {
  if (!value) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return new Date(now + Number(text) * 1000);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : new Date(date);
}

export class RateLimiter {
  private snapshot: RateLimitSnapshot = {};
  private blockedUntil = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /** When a request must not be sent before, or undefined when it may go now. */
  blockedUntilDate(): Date | undefined {
    return this.blockedUntil > this.now() ? new Date(this.blockedUntil) : undefined;
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
    if (resetAt) this.snapshot.resetAt = resetAt;
    if (this.snapshot.remaining === 0 && resetAt && resetAt.getTime() > this.now()) {
      this.blockedUntil = Math.max(this.blockedUntil, resetAt.getTime());
    }
  }

  /** Records a 429 and returns when to try again. */
  limited(headers: HeaderGetter): Date {
    this.observe(headers);
    const now = this.now();
    const until =
      parseRetryAfter(headers.get('retry-after'), now) ??
      (this.snapshot.resetAt && this.snapshot.resetAt.getTime() > now ? this.snapshot.resetAt : undefined) ??
      new Date(now + 60_000); // the documented body says "retry after 1 minute"
    this.blockedUntil = Math.max(this.blockedUntil, until.getTime());
    return new Date(this.blockedUntil);
  }
}
