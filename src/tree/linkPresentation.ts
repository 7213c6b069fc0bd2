// How a link looks in the tree: label, description, tooltip text, status icon. Pure: no
// `vscode` import, so every string a user reads is unit-tested in plain Node.
import type { Link, LinkStatus } from '../api/schemas';
import { type AttentionReason, describeReason } from '../attention/attention';
import { linkDisplayName } from '../links/linkLabel';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

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

/** "in 3 days", "2 hours ago", "in less than a minute", "less than a minute ago". */
export function formatRelative(target: number, now: number): string {
  const delta = target - now;
  const span = formatDuration(delta);
  if (delta > 0) return span ? `in ${span}` : 'in less than a minute';
  return span ? `${span} ago` : 'less than a minute ago';
}

/** One formatter per time zone: creating one costs about as much as 70 µs of formatting. */
const dateFormats = new Map<string | undefined, Intl.DateTimeFormat>();

function dateFormat(timeZone: string | undefined): Intl.DateTimeFormat {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23',
    });
    dateFormats.set(timeZone, format);
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
  const parts = dateFormat(timeZone).formatToParts(new Date(time));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return `${get('year')}-${pad(get('month'))}-${pad(get('day'))} ${pad(get('hour') % 24)}:${pad(get('minute'))}`;
}

/** "14:05" for a time today, "2026-11-20 14:05" otherwise. */
export function formatClock(time: number, now: number, timeZone?: string): string {
  const at = formatAbsolute(time, timeZone);
  const today = formatAbsolute(now, timeZone);
  return at.slice(0, 10) === today.slice(0, 10) ? at.slice(11) : at;
}

function limitReached(link: Link): boolean {
  return link.use_limit !== null && link.uses >= link.use_limit;
}

/** "12/100 uses", "12/∞ uses". */
export function usesText(link: Link): string {
  return `${link.uses}/${link.use_limit ?? '∞'} uses`;
}

/** "expires in 3 days", "expired 2 days ago", "never expires", "use limit reached". */
export function expiryText(link: Link, now: number): string {
  const expires = link.expires_at === null ? undefined : Date.parse(link.expires_at);
  const pastExpiry = expires !== undefined && expires <= now;
  if (link.status === 'expired' && !pastExpiry && limitReached(link)) return 'use limit reached';
  if (expires === undefined) return 'never expires';
  return pastExpiry ? `expired ${formatRelative(expires, now)}` : `expires ${formatRelative(expires, now)}`;
}

/**
 * The text after the label: "12/100 uses · expires in 3 days". A link that needs
 * attention because it expires soon says so in hours: "12/∞ uses · expires in 5 h".
 */
export function linkDescription(link: Link, now: number, attention: readonly AttentionReason[] = []): string {
  const expiring = attention.find((reason) => reason.kind === 'expiresSoon');
  return `${usesText(link)} · ${expiring ? describeReason(expiring) : expiryText(link, now)}`;
}

/** The icon colour of a link that needs attention (the status icon keeps its shape). */
export const ATTENTION_COLOR = 'list.warningForeground';

export function linkLabel(link: Link): string {
  return linkDisplayName(link);
}

export interface StatusPresentation {
  label: string;
  /** A codicon id, for `new ThemeIcon(icon, new ThemeColor(color))`. */
  icon: string;
  /** A theme colour id. */
  color: string;
}

export const STATUS_PRESENTATION: Record<LinkStatus, StatusPresentation> = {
  active: { label: 'Active', icon: 'pass-filled', color: 'charts.green' },
  paused: { label: 'Paused', icon: 'debug-pause', color: 'charts.yellow' },
  expired: { label: 'Expired', icon: 'circle-slash', color: 'disabledForeground' },
};

export function statusPresentation(status: LinkStatus): StatusPresentation {
  return STATUS_PRESENTATION[status];
}

/** Values a tree item's `contextValue` takes; package.json menus match on them. */
export function linkContextValue(link: Link): string {
  return `link.${link.status}`;
}

/**
 * Makes any text inert in Markdown: every ASCII punctuation character is backslash-escaped
 * (CommonMark allows escaping each of them), so no link, image, emphasis, code span, HTML
 * tag, entity or autolink can form; line breaks and runs of white space become one space
 * so the text cannot start a heading, list or code block.
 */
export function escapeMarkdown(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex -- control characters are what is removed
    .replace(/[\s\u0000-\u001f\u007f]+/g, ' ')
    .trim()
    .replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/** What the screen reader says for an item: "Spring promo, Active, 12/100 uses · …". */
export function accessibilityLabel(link: Link, now: number): string {
  return `${linkLabel(link)}, ${statusPresentation(link.status).label}, ${linkDescription(link, now)}`;
}

/**
 * The item's tooltip as Markdown. Every text from the API is escaped; the caller renders it
 * with a MarkdownString that is not trusted and does not allow HTML.
 */
export function tooltipMarkdown(link: Link, now: number, timeZone?: string, attention: readonly AttentionReason[] = []): string {
  const date = (iso: string) => {
    const time = Date.parse(iso);
    return `${formatAbsolute(time, timeZone)} (${formatRelative(time, now)})`;
  };
  const name = link.name?.trim() ? `**${escapeMarkdown(link.name)}**` : '**Untitled link**';
  const limit = link.use_limit === null ? `${link.uses} (no limit)` : `${link.uses} of ${link.use_limit}${limitReached(link) ? ' (limit reached)' : ''}`;
  const lines = [
    `Status: ${statusPresentation(link.status).label}`,
    `Agent: ${escapeMarkdown(link.agent.name)}`,
    `Uses: ${limit}`,
    `Created: ${date(link.created_at)}`,
    `Expires: ${link.expires_at === null ? 'never' : date(link.expires_at)}`,
    `ID: ${escapeMarkdown(link.link_id)}`,
  ];
  if (attention.length) lines.unshift(`**Needs attention:** ${attention.map(describeReason).join(', ')}`);
  return `${name}\n\n${escapeMarkdown(link.url)}\n\n${lines.join('  \n')}`;
}
