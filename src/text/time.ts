// How times and durations are written, in one place: relative times in the tree ("expires in
// 3 days"), short time left ("5 h"), exact durations the user typed ("1 day 2 hours"), dates
// (numeric "2026-11-25 14:05" in the tree, "Tue, 21 Jan 2025, 14:05" in the flows), the clock
// time of a stale list, the time a rate limit ends. Every function takes the time to compare
// with (`now`) from its caller, never from the wall clock. No `vscode` import here.
import { plural } from './plural';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const WEEK = 7 * DAY;

// ---- durations ---------------------------------------------------------------------------

/**
 * "59 minutes", "1 hour", "3 days", "2 months", "1 year". Rounded down, so the time left
 * is never overstated; undefined under a minute.
 */
export function formatDuration(ms: number): string | undefined {
  const abs = Math.abs(ms);
  if (abs < MINUTE) return undefined;
  if (abs < HOUR) return plural(Math.floor(abs / MINUTE), 'minute');
  if (abs < DAY) return plural(Math.floor(abs / HOUR), 'hour');
  if (abs < 30 * DAY) return plural(Math.floor(abs / DAY), 'day');
  if (abs < 365 * DAY) return plural(Math.floor(abs / (30 * DAY)), 'month');
  return plural(Math.floor(abs / (365 * DAY)), 'year');
}

/** Compact, for a link that needs attention: "40 min", "5 h", "3 days". */
export function formatTimeLeft(msLeft: number): string {
  const minutes = Math.max(1, Math.round(msLeft / MINUTE));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h`;
  return `${Math.round(hours / 24)} days`;
}

/** Exact, for a duration the user typed or picked: "1 hour", "3 days", "2 weeks", "1 day 2 hours". */
export function describeDuration(ms: number): string {
  if (ms % WEEK === 0 && ms >= 2 * WEEK) return plural(ms / WEEK, 'week');
  if (ms % DAY === 0) return plural(ms / DAY, 'day');
  if (ms >= DAY) {
    const days = Math.floor(ms / DAY);
    const hours = Math.round((ms % DAY) / HOUR);
    return hours ? `${plural(days, 'day')} ${plural(hours, 'hour')}` : plural(days, 'day');
  }
  if (ms % HOUR === 0) return plural(ms / HOUR, 'hour');
  if (ms >= HOUR) {
    const hours = Math.floor(ms / HOUR);
    return `${plural(hours, 'hour')} ${plural(Math.round((ms % HOUR) / MINUTE), 'minute')}`;
  }
  return plural(Math.max(1, Math.round(ms / MINUTE)), 'minute');
}

/** "in 3 days", "2 hours ago", "in less than a minute", "less than a minute ago". */
export function formatRelative(target: number, now: number): string {
  const delta = target - now;
  const span = formatDuration(delta);
  if (delta > 0) return span ? `in ${span}` : 'in less than a minute';
  return span ? `${span} ago` : 'less than a minute ago';
}

// ---- dates -------------------------------------------------------------------------------

/** One formatter per time zone: creating one costs about as much as 70 µs of formatting. */
const numericFormats = new Map<string | undefined, Intl.DateTimeFormat>();

function numericFormat(timeZone: string | undefined): Intl.DateTimeFormat {
  let format = numericFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23',
    });
    numericFormats.set(timeZone, format);
  }
  return format;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * "2026-11-25 14:05" in the given time zone (default: the user's). Numeric and
 * unambiguous whatever the locale.
 */
export function formatAbsolute(time: number, timeZone?: string): string {
  const parts = numericFormat(timeZone).formatToParts(new Date(time));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return `${get('year')}-${pad(get('month'))}-${pad(get('day'))} ${pad(get('hour') % 24)}:${pad(get('minute'))}`;
}

/** "14:05" for a time today, "2026-11-20 14:05" otherwise. */
export function formatClock(time: number, now: number, timeZone?: string): string {
  const at = formatAbsolute(time, timeZone);
  const today = formatAbsolute(now, timeZone);
  return at.slice(0, 10) === today.slice(0, 10) ? at.slice(11) : at;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The short English name of a month, 1-based: 2 → "Feb". */
export function monthName(month: number): string {
  return MONTHS[month - 1];
}

/** "Tue, 21 Jan 2025, 14:05" in local time (fixed English format, independent of the locale). */
export function formatLocalDateTime(ms: number): string {
  const date = new Date(ms);
  return `${WEEKDAYS[date.getDay()]}, ${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}, ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** "2025-12-31T18:00" in local time: how an existing expiry is prefilled for editing. */
export function toLocalInputText(ms: number): string {
  const date = new Date(ms);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * When a rate-limited request may go again: "in 42 s", "in 3 min", "at 14:05", and on another
 * day than `now` (local time) with the date: "at 09:37 on 1 Jun 2058".
 */
export function formatRetryTime(at: Date, now: number): string {
  const seconds = Math.max(1, Math.ceil((at.getTime() - now) / 1000));
  if (seconds < 90) return `in ${seconds} s`;
  if (seconds < 3600) return `in ${Math.ceil(seconds / 60)} min`;
  const time = `at ${at.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}`;
  if (at.toDateString() === new Date(now).toDateString()) return time;
  return `${time} on ${at.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' })}`;
}
