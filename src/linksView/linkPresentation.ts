// How a link looks in the tree: label, description, tooltip text, status icon. Pure: no
// `vscode` import, so every string a user reads is unit-tested in plain Node.
import type { Link, LinkStatus } from '../api/schemas';
import { type AttentionReason, describeReason } from '../attention/attention';
import { linkDisplayName } from '../links/linkNames';
import { effectiveStatus } from '../links/linkStatus';
import { escapeMarkdown } from '../text/markdown';
import { formatAbsolute, formatRelative } from '../text/time';

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

/**
 * Values a tree item's `contextValue` takes; package.json menus match on them. From the status
 * the link has now: a link past its expiry offers no Pause, whatever the server last said.
 */
export function linkContextValue(link: Link, now: number): string {
  return `link.${effectiveStatus(link, now)}`;
}

/**
 * What the screen reader says for an item: "Spring promo, Active, 12/100 uses · …". `known`:
 * the label and the description (without attention) when the caller has them already.
 */
export function accessibilityLabel(link: Link, now: number, known: { label?: string; description?: string } = {}): string {
  return `${known.label ?? linkLabel(link)}, ${statusPresentation(effectiveStatus(link, now)).label}, ${known.description ?? linkDescription(link, now)}`;
}

/** "Active", or "Expired (the list still said active)" for a link that expired since it was loaded. */
function statusLine(link: Link, now: number): string {
  const status = effectiveStatus(link, now);
  const label = statusPresentation(status).label;
  return status === link.status ? label : `${label} (the list still said ${link.status})`;
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
    `Status: ${statusLine(link, now)}`,
    `Agent: ${escapeMarkdown(link.agent.name)}`,
    `Uses: ${limit}`,
    `Created: ${date(link.created_at)}`,
    `Expires: ${link.expires_at === null ? 'never' : date(link.expires_at)}`,
    `ID: ${escapeMarkdown(link.link_id)}`,
  ];
  if (attention.length) lines.unshift(`**Needs attention:** ${attention.map(describeReason).join(', ')}`);
  return `${name}\n\n${escapeMarkdown(link.url)}\n\n${lines.join('  \n')}`;
}
