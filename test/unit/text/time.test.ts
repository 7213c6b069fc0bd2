// How times and durations are written (src/text/time.ts).
import * as assert from 'node:assert/strict';
import { formatAbsolute, formatClock, formatRetryTime } from '../../../src/text/time';
import { DAY, HOUR, NOW } from '../support/linkFixture';

describe('times and dates in words', () => {
  describe('dates', () => {
    it('absolute dates are numeric, in the given time zone', () => {
      assert.equal(formatAbsolute(Date.parse('2026-11-01T09:05:00Z'), 'UTC'), '2026-11-01 09:05');
      assert.equal(formatAbsolute(Date.parse('2026-11-01T23:30:00Z'), 'Asia/Tokyo'), '2026-11-02 08:30');
      assert.equal(formatAbsolute(Date.parse('2026-11-01T00:00:00Z'), 'UTC'), '2026-11-01 00:00');
    });
    it('a time today shows as the clock time only, another day with its date', () => {
      assert.equal(formatClock(NOW - 2 * HOUR, NOW, 'UTC'), '10:00');
      assert.equal(formatClock(NOW - DAY, NOW, 'UTC'), '2026-11-21 12:00');
    });
  });

  describe('retry times', () => {
    it('retry times: seconds under 90 s, minutes under an hour', () => {
      assert.equal(formatRetryTime(new Date(NOW + 89_000), NOW), 'in 89 s');
      assert.equal(formatRetryTime(new Date(NOW + 90_000), NOW), 'in 2 min');
      assert.equal(formatRetryTime(new Date(NOW - 5_000), NOW), 'in 1 s');
      assert.match(formatRetryTime(new Date(NOW + 2 * 3_600_000), NOW), /^at /);
    });
    it('a retry time on another day gives the date too, read against the injected now only', () => {
      const far = formatRetryTime(new Date(Date.UTC(2058, 5, 1, 9, 37)), NOW);
      assert.match(far, /^at .+ on .*2058/, far);
      // 36 hours on is another calendar day in every time zone.
      const tomorrow = new Date(NOW + 36 * 3_600_000);
      assert.match(formatRetryTime(tomorrow, NOW), new RegExp(`^at .+ on .*${tomorrow.getFullYear()}`));
      // Two hours on: the same day or not depending on the time zone; the date is there exactly when not.
      const later = new Date(NOW + 2 * 3_600_000);
      const sameDay = new Date(NOW).toDateString() === later.toDateString();
      assert.equal(formatRetryTime(later, NOW).includes(' on '), !sameDay);
      // The wall clock plays no part: the same answer for a `now` years away from today.
      const inTenYears = NOW + 3650 * 86_400_000;
      assert.match(formatRetryTime(new Date(inTenYears + 5 * 86_400_000), inTenYears), / on /);
      assert.equal(formatRetryTime(new Date(inTenYears + 42_000), inTenYears), 'in 42 s');
    });
  });
});
