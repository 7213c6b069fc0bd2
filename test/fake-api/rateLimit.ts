/**
 * Fixed-window rate limiter: `limit` requests per key per window, the window starting at the
 * key's first request (and restarting at the first request after it ends).
 */

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** epoch SECONDS when the current window ends */
  resetSec: number;
}

export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(readonly limit: number, readonly windowMs = 60_000) {}

  /** Counts one request for `key` at time `now` (epoch ms). */
  hit(key: string, now: number): RateDecision {
    let w = this.windows.get(key);
    // A clock pinned backwards (setNow) also starts a new window.
    if (!w || now >= w.start + this.windowMs || now < w.start) {
      w = { start: now, count: 0 };
      this.windows.set(key, w);
    }
    w.count++;
    return {
      allowed: w.count <= this.limit,
      limit: this.limit,
      remaining: Math.max(0, this.limit - w.count),
      resetSec: Math.ceil((w.start + this.windowMs) / 1000),
    };
  }

  reset(): void {
    this.windows.clear();
  }
}
