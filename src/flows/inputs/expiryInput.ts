// Reads an expiry typed by the user. Pure: no `vscode` import.
// Accepted: an ISO 8601 date (2025-12-31 = midnight local time), a date-time without a
// zone (local time), a date-time with Z or an offset, or a duration from now: 90m, 12h,
// 3d, 2w (also "3 days", "12 hours"). Relative choices are resolved when the request is
// sent, so "in 1 day" still means a day from then after a Retry.
import { DAY, describeDuration, formatLocalDateTime, formatMonth, HOUR, MINUTE, WEEK } from '../../text/time';
import { t } from '../../text/translate';

export type ExpiryChoice =
  | { kind: 'never' }
  | { kind: 'relative'; ms: number; text: string }
  | { kind: 'absolute'; at: number; text: string };

/** The choices of the expiry pick between Never and Custom…. */
export function expiryPresets(): readonly { label: string; choice: ExpiryChoice }[] {
  return [
    { label: t('In 1 hour'), choice: { kind: 'relative', ms: HOUR, text: '1h' } },
    { label: t('In 1 day'), choice: { kind: 'relative', ms: DAY, text: '1d' } },
    { label: t('In 7 days'), choice: { kind: 'relative', ms: 7 * DAY, text: '7d' } },
    { label: t('In 30 days'), choice: { kind: 'relative', ms: 30 * DAY, text: '30d' } },
  ];
}

/** The latest expiry accepted (the API's dates are plain ISO strings; keep them 4-digit years). */
const LATEST = Date.UTC(9999, 11, 31);

export type ExpiryResult =
  | { ok: true; choice: ExpiryChoice; at: number; severity: 'info' | 'warning'; message: string }
  | { ok: false; message: string };

export interface ExpiryOptions {
  /** Editing: a past date is allowed with a warning (the link then expires at once). */
  allowPast?: boolean;
}

/** What may be typed, as the prompt says it. */
export function expiryFormats(): string {
  return t('a date (2025-12-31), a date and time (2025-12-31T18:00, local time unless it ends in Z or an offset), or a duration from now (90m, 12h, 3d, 2w)');
}

const UNITS: Record<string, number> = {
  m: MINUTE, min: MINUTE, mins: MINUTE, minute: MINUTE, minutes: MINUTE,
  h: HOUR, hr: HOUR, hrs: HOUR, hour: HOUR, hours: HOUR,
  d: DAY, day: DAY, days: DAY,
  w: WEEK, wk: WEEK, week: WEEK, weeks: WEEK,
};

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** @param language VS Code's display language, for the dates and durations in the messages */
export function parseExpiry(text: string, now: number, language: string, options: ExpiryOptions = {}): ExpiryResult {
  const value = text.trim();
  if (!value) return { ok: false, message: t('Enter {0}.', expiryFormats()) };

  const duration = /^(\d+)\s*([a-z]+)$/i.exec(value);
  if (duration) {
    const unit = UNITS[duration[2].toLowerCase()];
    if (unit === undefined) return { ok: false, message: t('Unknown unit "{0}": use m (minutes), h (hours), d (days) or w (weeks), e.g. 3d.', duration[2]) };
    const amount = Number(duration[1]);
    if (amount === 0) return { ok: false, message: t('A duration of 0 is now: the expiry must be in the future.') };
    const ms = amount * unit;
    if (!Number.isSafeInteger(ms) || now + ms > LATEST) return { ok: false, message: t('That is too far in the future.') };
    const at = now + ms;
    return { ok: true, choice: { kind: 'relative', ms, text: value }, at, severity: 'info', message: expiresMessage(at, ms, language) };
  }

  const match = ISO.exec(value);
  if (!match) {
    if (/^-?\d+(\.\d+)?$/.test(value)) return { ok: false, message: t('Add a unit to {0}: m, h, d or w (e.g. {0}d), or enter a date such as 2025-12-31.', value) };
    return { ok: false, message: t('Not a date or a duration. Enter {0}.', expiryFormats()) };
  }
  const [, y, mo, d, h, mi, s, frac, zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = h === undefined ? 0 : Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  const second = s === undefined ? 0 : Number(s);
  const millis = frac === undefined ? 0 : Number(frac.padEnd(3, '0'));
  if (month < 1 || month > 12) return { ok: false, message: t('There is no month {0}: months go from 01 to 12.', mo) };
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return { ok: false, message: t('There is no day {0} in {1}.', d, formatMonth(year, month, language)) };
  if (hour > 23 || minute > 59 || second > 59) return { ok: false, message: t('That time does not exist: hours go up to 23, minutes and seconds up to 59.') };

  let at: number;
  if (zone) {
    const offset = zone.toUpperCase() === 'Z' ? 0 : zoneOffsetMs(zone);
    if (offset === undefined) return { ok: false, message: t('The time-zone offset {0} is not valid.', zone) };
    at = Date.UTC(year, month - 1, day, hour, minute, second, millis) - offset;
  } else {
    const local = new Date(year, month - 1, day, hour, minute, second, millis);
    // A local time skipped by a daylight-saving change moves; say what it became.
    at = local.getTime();
  }
  if (!Number.isFinite(at) || at > LATEST) return { ok: false, message: t('That is too far in the future.') };
  const choice: ExpiryChoice = { kind: 'absolute', at, text: value };
  if (at <= now) {
    const when = formatLocalDateTime(at, language);
    if (!options.allowPast) return { ok: false, message: t('{0} (local time) is in the past: choose a date in the future.', when) };
    return { ok: true, choice, at, severity: 'warning', message: t('{0} (local time) is in the past: the link will be expired as soon as this is saved.', when) };
  }
  return { ok: true, choice, at, severity: 'info', message: expiresMessage(at, at - now, language) };
}

/** "Expires Tue, 21 Jan 2025, 14:05 (local time), 3 days from now." */
function expiresMessage(at: number, fromNow: number, language: string): string {
  return t('Expires {0} (local time), {1} from now.', formatLocalDateTime(at, language), describeDuration(fromNow, language));
}

/** The expiry time in ms, or null for never. */
export function resolveExpiry(choice: ExpiryChoice, now: number): number | null {
  switch (choice.kind) {
    case 'never':
      return null;
    case 'relative':
      return now + choice.ms;
    case 'absolute':
      return choice.at;
  }
}

/** The value for `expires_at`: an ISO 8601 string in UTC, or null for never. */
export function expiryToIso(choice: ExpiryChoice, now: number): string | null {
  const at = resolveExpiry(choice, now);
  return at === null ? null : new Date(at).toISOString();
}

/** "Never", "In 7 days (Tue, 21 Jan 2025, 14:05)", "Wed, 31 Dec 2025, 00:00". */
export function describeExpiry(choice: ExpiryChoice, now: number, language: string): string {
  if (choice.kind === 'never') return t('Never');
  if (choice.kind === 'relative') return t('In {0} ({1})', describeDuration(choice.ms, language), formatLocalDateTime(now + choice.ms, language));
  return formatLocalDateTime(choice.at, language);
}

/** Same choice (for "changed?" marks and re-highlighting a preset). */
export function sameExpiry(a: ExpiryChoice | undefined, b: ExpiryChoice | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.kind === 'never' || b.kind === 'never') return a.kind === b.kind;
  if (a.kind === 'relative' && b.kind === 'relative') return a.ms === b.ms;
  if (a.kind === 'absolute' && b.kind === 'absolute') return a.at === b.at;
  return false;
}

function zoneOffsetMs(zone: string): number | undefined {
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!m) return undefined;
  const hours = Number(m[2]);
  const minutes = Number(m[3]);
  if (hours > 14 || minutes > 59) return undefined;
  return (m[1] === '-' ? -1 : 1) * (hours * HOUR + minutes * MINUTE);
}
