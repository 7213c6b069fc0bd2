/**
 * Strict ISO 8601 parsing for `expires_at`: either a calendar date (`2026-12-01`, read as
 * midnight UTC) or a date-time with seconds optional and a REQUIRED timezone
 * (`2026-12-01T09:30:00Z`, `2026-12-01T09:30:00.000+01:00`). Impossible dates
 * (2026-02-30, 24:00) are refused rather than rolled over as `Date.parse` would.
 */

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):?(\d{2}))$/;

/** Epoch milliseconds, or undefined when the string is not an acceptable ISO 8601 value. */
export function parseIso8601(value: string): number | undefined {
  const d = DATE_ONLY.exec(value);
  if (d) return calendar(+d[1], +d[2], +d[3], 0, 0, 0, 0, 0);
  const m = DATE_TIME.exec(value);
  if (!m) return undefined;
  const ms = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
  let offsetMinutes = 0;
  if (m[8] !== 'Z') {
    const oh = +m[10];
    const om = +m[11];
    if (oh > 23 || om > 59) return undefined;
    offsetMinutes = (m[9] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  return calendar(+m[1], +m[2], +m[3], +m[4], +m[5], m[6] ? +m[6] : 0, ms, offsetMinutes);
}

function calendar(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number,
  offsetMinutes: number): number | undefined {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return undefined;
  const utc = new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms));
  if (utc.getUTCFullYear() !== y || utc.getUTCMonth() !== mo - 1 || utc.getUTCDate() !== d) return undefined;
  return utc.getTime() - offsetMinutes * 60_000;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Default link name from the (UTC) date, e.g. "Link Nov 22, 2026". Locale independent. */
export function defaultLinkName(now: number): string {
  const t = new Date(now);
  return `Link ${MONTHS[t.getUTCMonth()]} ${t.getUTCDate()}, ${t.getUTCFullYear()}`;
}
