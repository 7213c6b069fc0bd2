// How times and durations are written, in one place: relative times in the tree ("expires in
// 3 days"), short time left ("5 hrs"), exact durations the user typed ("1 day 2 hours"), dates
// ("1 Nov 2026, 09:05" in the tree, "Tue, 21 Jan 2025, 14:05" in the flows), the clock time of a
// stale list, the time a rate limit ends. Every function takes the time to compare with (`now`)
// and VS Code's display language (`language`, e.g. "en" or "de") from its caller, never from the
// wall clock or the machine; the words and orders are Intl's for that language (see locale.ts),
// and the few sentences around them are t()'s. No `vscode` import here.
import { intlLocale } from './locale';
import { t } from './translate';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const WEEK = 7 * DAY;

type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** One Intl formatter per language and kind: making one costs as much as formatting many times. */
const formatters = new Map<string, unknown>();

function cached<T>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** "3 days" (long) or "5 hrs" (short), in the language's words. */
function amount(value: number, unit: Unit, language: string, display: 'long' | 'short' = 'long'): string {
  const locale = intlLocale(language);
  return cached(`unit|${locale}|${unit}|${display}`, () => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: display })).format(value);
}

/** "1 day 2 hours" ("1 Tag, 2 Stunden"): two amounts as the language lists units. */
function amounts(first: string, second: string, language: string): string {
  const locale = intlLocale(language);
  return cached(`units|${locale}`, () => new Intl.ListFormat(locale, { type: 'unit', style: 'narrow' })).format([first, second]);
}

function relative(language: string, style: 'long' | 'short'): Intl.RelativeTimeFormat {
  const locale = intlLocale(language);
  return cached(`relative|${locale}|${style}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'always', style }));
}

function dateTime(language: string, kind: string, options: Intl.DateTimeFormatOptions, timeZone?: string): Intl.DateTimeFormat {
  const locale = intlLocale(language);
  return cached(`date|${locale}|${kind}|${timeZone ?? ''}`, () => new Intl.DateTimeFormat(locale, { ...options, timeZone }));
}

/**
 * Makes the formatters of the Links view's descriptions ("expires in 3 days", "5 hrs") ahead of
 * time: the first Intl formatter of a language loads its data (about 10 ms), which the view
 * does while it waits for the workbench rather than when its first rows are wanted.
 */
export function prepareTimeFormats(language: string): void {
  relative(language, 'long');
  amount(0, 'hour', language, 'short');
}

// ---- durations ---------------------------------------------------------------------------

/** The largest unit the span fills at least once, rounded down (never overstating); undefined under a minute. */
function largestUnit(ms: number): { value: number; unit: Unit } | undefined {
  const abs = Math.abs(ms);
  if (abs < MINUTE) return undefined;
  if (abs < HOUR) return { value: Math.floor(abs / MINUTE), unit: 'minute' };
  if (abs < DAY) return { value: Math.floor(abs / HOUR), unit: 'hour' };
  if (abs < 30 * DAY) return { value: Math.floor(abs / DAY), unit: 'day' };
  if (abs < 365 * DAY) return { value: Math.floor(abs / (30 * DAY)), unit: 'month' };
  return { value: Math.floor(abs / (365 * DAY)), unit: 'year' };
}

/** "59 minutes", "1 hour", "3 days", "2 months", "1 year"; rounded down; undefined under a minute. */
export function formatDuration(ms: number, language: string): string | undefined {
  const span = largestUnit(ms);
  return span && amount(span.value, span.unit, language);
}

/** Compact, for a link that needs attention: "40 mins", "5 hrs", "3 days" ("40 Min.", "5 Std.", "3 Tage"). */
export function formatTimeLeft(msLeft: number, language: string): string {
  const minutes = Math.max(1, Math.round(msLeft / MINUTE));
  if (minutes < 60) return amount(minutes, 'minute', language, 'short');
  const hours = Math.round(minutes / 60);
  if (hours < 48) return amount(hours, 'hour', language, 'short');
  return amount(Math.round(hours / 24), 'day', language);
}

/** A number of hours, short: "24 hrs" ("24 Std."). */
export function formatHours(hours: number, language: string): string {
  return amount(hours, 'hour', language, 'short');
}

/** Exact, for a duration the user typed or picked: "1 hour", "3 days", "2 weeks", "1 day 2 hours". */
export function describeDuration(ms: number, language: string): string {
  if (ms % WEEK === 0 && ms >= 2 * WEEK) return amount(ms / WEEK, 'week', language);
  if (ms % DAY === 0) return amount(ms / DAY, 'day', language);
  if (ms >= DAY) {
    const days = amount(Math.floor(ms / DAY), 'day', language);
    const hours = Math.round((ms % DAY) / HOUR);
    return hours ? amounts(days, amount(hours, 'hour', language), language) : days;
  }
  if (ms % HOUR === 0) return amount(ms / HOUR, 'hour', language);
  if (ms >= HOUR) {
    const hours = amount(Math.floor(ms / HOUR), 'hour', language);
    return amounts(hours, amount(Math.round((ms % HOUR) / MINUTE), 'minute', language), language);
  }
  return amount(Math.max(1, Math.round(ms / MINUTE)), 'minute', language);
}

/** "in 3 days", "2 hours ago" ("in 3 Tagen", "vor 2 Stunden"), "in less than a minute", "less than a minute ago". */
export function formatRelative(target: number, now: number, language: string): string {
  const delta = target - now;
  const span = largestUnit(delta);
  if (!span) return delta > 0 ? t('in less than a minute') : t('less than a minute ago');
  return relative(language, 'long').format(delta > 0 ? span.value : -span.value, span.unit);
}

// ---- dates -------------------------------------------------------------------------------

/** "1 Nov 2026, 09:05" ("01.11.2026, 09:05") in the given time zone (default: the user's). */
export function formatAbsolute(time: number, language: string, timeZone?: string): string {
  return dateTime(language, 'absolute', { dateStyle: 'medium', timeStyle: 'short' }, timeZone).format(time);
}

/** The calendar day of a time in a time zone, to compare days (any fixed format will do). */
function dayOf(time: number, timeZone?: string): string {
  return dateTime('en', 'day', { year: 'numeric', month: 'numeric', day: 'numeric' }, timeZone).format(time);
}

/** "14:05" for a time today, the date and time ("20 Nov 2026, 14:05") otherwise. */
export function formatClock(time: number, now: number, language: string, timeZone?: string): string {
  if (dayOf(time, timeZone) !== dayOf(now, timeZone)) return formatAbsolute(time, language, timeZone);
  return dateTime(language, 'clock', { timeStyle: 'short' }, timeZone).format(time);
}

/** "Tue, 21 Jan 2025, 14:05" ("Di., 21. Jan. 2025, 14:05") in local time: a date in the flows' words. */
export function formatLocalDateTime(ms: number, language: string): string {
  return dateTime(language, 'local', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(ms);
}

/** A month of a year, 1-based: (2025, 2) → "Feb 2025" ("Feb. 2025"). */
export function formatMonth(year: number, month: number, language: string): string {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, 15); // not Date.UTC, which reads years 0–99 as 1900–1999
  return dateTime(language, 'month', { month: 'short', year: 'numeric' }, 'UTC').format(date);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** "2025-12-31T18:00" in local time: how an existing expiry is prefilled for editing (the syntax the input reads, in every language). */
export function toLocalInputText(ms: number): string {
  const date = new Date(ms);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * When a rate-limited request may go again: "in 42 sec", "in 3 min", "at 14:05", and on another
 * day than `now` (local time) with the date: "at 09:37 on 1 Jun 2058".
 */
export function formatRetryTime(at: Date, now: number, language: string): string {
  const seconds = Math.max(1, Math.ceil((at.getTime() - now) / 1000));
  if (seconds < 90) return relative(language, 'short').format(seconds, 'second');
  if (seconds < 3600) return relative(language, 'short').format(Math.ceil(seconds / 60), 'minute');
  const time = dateTime(language, 'time', { hour: '2-digit', minute: '2-digit' }).format(at);
  if (at.toDateString() === new Date(now).toDateString()) return t('at {0}', time);
  return t('at {0} on {1}', time, dateTime(language, 'date', { day: 'numeric', month: 'short', year: 'numeric' }).format(at));
}
