// How times and durations are written (src/text/time.ts), in English and in German: the
// language is an input like the clock, so each case names the one it writes for.
import * as assert from 'node:assert/strict';
import { formatPercent, intlLocale } from '../../../src/text/locale';
import {
  describeDuration, formatAbsolute, formatClock, formatHours, formatLocalDateTime, formatMonth, formatRelative, formatRetryTime, formatTimeLeft,
} from '../../../src/text/time';
import { DAY, HOUR, MINUTE, NOW } from '../support/linkFixture';

describe('times and dates in words', () => {
  describe('dates', () => {
    it('absolute dates, in the given time zone', () => {
      assert.equal(formatAbsolute(Date.parse('2026-11-01T09:05:00Z'), 'en', 'UTC'), '1 Nov 2026, 09:05');
      assert.equal(formatAbsolute(Date.parse('2026-11-01T23:30:00Z'), 'en', 'Asia/Tokyo'), '2 Nov 2026, 08:30');
      assert.equal(formatAbsolute(Date.parse('2026-11-01T00:00:00Z'), 'en', 'UTC'), '1 Nov 2026, 00:00');
      assert.equal(formatAbsolute(Date.parse('2026-11-01T09:05:00Z'), 'de', 'UTC'), '01.11.2026, 09:05');
    });
    it('a time today shows as the clock time only, another day with its date', () => {
      assert.equal(formatClock(NOW - 2 * HOUR, NOW, 'en', 'UTC'), '10:00');
      assert.equal(formatClock(NOW - DAY, NOW, 'en', 'UTC'), '21 Nov 2026, 12:00');
      assert.equal(formatClock(NOW - DAY, NOW, 'de', 'UTC'), '21.11.2026, 12:00');
    });
    it('dates in the flows name the weekday and the month, in local time', () => {
      const at = new Date(2030, 11, 31, 9, 5).getTime();
      assert.equal(formatLocalDateTime(at, 'en'), 'Tue, 31 Dec 2030, 09:05');
      assert.equal(formatLocalDateTime(at, 'de'), 'Di., 31. Dez. 2030, 09:05');
      assert.equal(formatMonth(2025, 2, 'en'), 'Feb 2025');
      assert.equal(formatMonth(2025, 3, 'de'), 'März 2025');
      assert.equal(formatMonth(25, 2, 'en'), 'Feb 25', 'the year 25, not 1925');
    });
  });

  describe('durations', () => {
    it('relative times, rounded down', () => {
      assert.equal(formatRelative(NOW + 3 * DAY + HOUR, NOW, 'en'), 'in 3 days');
      assert.equal(formatRelative(NOW - 2 * HOUR, NOW, 'en'), '2 hours ago');
      assert.equal(formatRelative(NOW + 3 * DAY + HOUR, NOW, 'de'), 'in 3 Tagen');
      assert.equal(formatRelative(NOW - 2 * HOUR, NOW, 'de'), 'vor 2 Stunden');
      assert.equal(formatRelative(NOW + 30_000, NOW, 'en'), 'in less than a minute');
    });
    it('time left, compact', () => {
      assert.deepEqual([40 * MINUTE, 5 * HOUR, 3 * DAY].map((ms) => formatTimeLeft(ms, 'en')), ['40 mins', '5 hrs', '3 days']);
      assert.deepEqual([40 * MINUTE, 5 * HOUR, 3 * DAY].map((ms) => formatTimeLeft(ms, 'de')), ['40 Min.', '5 Std.', '3 Tage']);
      assert.equal(formatHours(24, 'de'), '24 Std.');
    });
    it('exact durations, one or two units', () => {
      assert.equal(describeDuration(DAY + 2 * HOUR, 'en'), '1 day 2 hours');
      assert.equal(describeDuration(14 * DAY, 'en'), '2 weeks');
      assert.equal(describeDuration(DAY + 2 * HOUR, 'de'), '1 Tag, 2 Stunden');
      assert.equal(describeDuration(HOUR, 'de'), '1 Stunde');
    });
    it('percentages', () => {
      assert.equal(formatPercent(0.9, 'en'), '90%');
      assert.equal(formatPercent(0.9, 'de'), '90\u00a0%', 'with a no-break space');
    });
  });

  describe('the locale of a VS Code language', () => {
    it('English is written day first with a 24-hour clock; regions follow BCP 47; nonsense is English', () => {
      assert.equal(intlLocale('en'), 'en-GB');
      assert.equal(intlLocale('de'), 'de');
      assert.equal(intlLocale('zh-cn'), 'zh-CN');
      assert.equal(intlLocale('pt-br'), 'pt-BR');
      assert.equal(intlLocale('not a language!'), 'en-GB');
    });
  });

  describe('retry times', () => {
    it('retry times: seconds under 90 s, minutes under an hour', () => {
      assert.equal(formatRetryTime(new Date(NOW + 89_000), NOW, 'en'), 'in 89 sec');
      assert.equal(formatRetryTime(new Date(NOW + 90_000), NOW, 'en'), 'in 2 min');
      assert.equal(formatRetryTime(new Date(NOW - 5_000), NOW, 'en'), 'in 1 sec');
      assert.equal(formatRetryTime(new Date(NOW + 42_000), NOW, 'de'), 'in 42 Sek.');
      assert.match(formatRetryTime(new Date(NOW + 2 * 3_600_000), NOW, 'en'), /^at /);
    });
    it('a retry time on another day gives the date too, read against the injected now only', () => {
      const far = formatRetryTime(new Date(Date.UTC(2058, 5, 1, 9, 37)), NOW, 'en');
      assert.match(far, /^at .+ on .*2058/, far);
      // 36 hours on is another calendar day in every time zone.
      const tomorrow = new Date(NOW + 36 * 3_600_000);
      assert.match(formatRetryTime(tomorrow, NOW, 'en'), new RegExp(`^at .+ on .*${tomorrow.getFullYear()}`));
      // Two hours on: the same day or not depending on the time zone; the date is there exactly when not.
      const later = new Date(NOW + 2 * 3_600_000);
      const sameDay = new Date(NOW).toDateString() === later.toDateString();
      assert.equal(formatRetryTime(later, NOW, 'en').includes(' on '), !sameDay);
      // The wall clock plays no part: the same answer for a `now` years away from today.
      const inTenYears = NOW + 3650 * 86_400_000;
      assert.match(formatRetryTime(new Date(inTenYears + 5 * 86_400_000), inTenYears, 'en'), / on /);
      assert.equal(formatRetryTime(new Date(inTenYears + 42_000), inTenYears, 'en'), 'in 42 sec');
    });
  });
});
