// How a link looks in the tree: label, description, tooltip text, status icon. Pure: no
// `vscode` import, so every string a user reads is unit-tested in plain Node.
import type { Link, LinkStatus } from '../api/schemas';
import { type AttentionReason, describeReason } from '../attention/attention';
import { linkDisplayName } from '../links/linkNames';
import { effectiveStatus } from '../links/linkStatus';
import { escapeMarkdown } from '../text/markdown';
import { statusLabel, statusWord } from '../links/statusText';
import { formatAbsolute, formatRelative } from '../text/time';
import { t } from '../text/translate';

function limitReached(link: Link): boolean {
  return link.use_limit !== null && link.uses >= link.use_limit;
}

/** "12/100 uses", "12/∞ uses". */
export function usesText(link: Link): string {
  return t('{0}/{1} uses', link.uses, link.use_limit ?? '∞');
}

/** "expires in 3 days", "expired 2 days ago", "never expires", "use limit reached". */
export function expiryText(link: Link, now: number, language: string): string {
  const expires = link.expires_at === null ? undefined : Date.parse(link.expires_at);
  const pastExpiry = expires !== undefined && expires <= now;
  if (link.status === 'expired' && !pastExpiry && limitReached(link)) return t('use limit reached');
  if (expires === undefined) return t('never expires');
  const when = formatRelative(expires, now, language);
  return pastExpiry ? t('expired {0}', when) : t('expires {0}', when);
}

/**
 * The text after the label: "12/100 uses · expires in 3 days". A link that needs
 * attention because it expires soon says so in hours: "12/∞ uses · expires in 5 hrs".
 */
export function linkDescription(link: Link, now: number, language: string, attention: readonly AttentionReason[] = []): string {
  const expiring = attention.find((reason) => reason.kind === 'expiresSoon');
  return `${usesText(link)} · ${expiring ? describeReason(expiring, language) : expiryText(link, now, language)}`;
}

/** The icon colour of a link that needs attention (the status icon keeps its shape). */
export const ATTENTION_COLOR = 'list.warningForeground';

export function linkLabel(link: Link): string {
  return linkDisplayName(link);
}

/** How a status looks (its words are statusText.ts's). */
export interface StatusPresentation {
  /** A codicon id, for `new ThemeIcon(icon, new ThemeColor(color))`. */
  icon: string;
  /** A theme colour id. */
  color: string;
}

export const STATUS_PRESENTATION: Record<LinkStatus, StatusPresentation> = {
  active: { icon: 'pass-filled', color: 'charts.green' },
  paused: { icon: 'debug-pause', color: 'charts.yellow' },
  expired: { icon: 'circle-slash', color: 'disabledForeground' },
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
export function accessibilityLabel(link: Link, now: number, language: string, known: { label?: string; description?: string } = {}): string {
  return `${known.label ?? linkLabel(link)}, ${statusLabel(effectiveStatus(link, now))}, ${known.description ?? linkDescription(link, now, language)}`;
}

/** "Active", or "Expired (the list still said active)" for a link that expired since it was loaded. */
function statusLine(link: Link, now: number): string {
  const status = effectiveStatus(link, now);
  const label = statusLabel(status);
  return status === link.status ? label : t('{0} (the list still said {1})', label, statusWord(link.status));
}

function usesLine(link: Link): string {
  if (link.use_limit === null) return t('{0} (no limit)', link.uses);
  return limitReached(link) ? t('{0} of {1} (limit reached)', link.uses, link.use_limit) : t('{0} of {1}', link.uses, link.use_limit);
}

/**
 * The item's tooltip as Markdown. Every text from the API is escaped; the caller renders it
 * with a MarkdownString that is not trusted and does not allow HTML.
 */
export function tooltipMarkdown(link: Link, now: number, language: string, timeZone?: string, attention: readonly AttentionReason[] = []): string {
  const date = (iso: string) => {
    const time = Date.parse(iso);
    return `${formatAbsolute(time, language, timeZone)} (${formatRelative(time, now, language)})`;
  };
  const name = `**${link.name?.trim() ? escapeMarkdown(link.name) : t('Untitled link')}**`;
  const lines = [
    t('Status: {0}', statusLine(link, now)),
    t('Agent: {0}', escapeMarkdown(link.agent.name)),
    t('Uses: {0}', usesLine(link)),
    t('Created: {0}', date(link.created_at)),
    t('Expires: {0}', link.expires_at === null ? t('never') : date(link.expires_at)),
    t('ID: {0}', escapeMarkdown(link.link_id)),
  ];
  if (attention.length) lines.unshift(t('**Needs attention:** {0}', attention.map((reason) => describeReason(reason, language)).join(', ')));
  return `${name}\n\n${escapeMarkdown(link.url)}\n\n${lines.join('  \n')}`;
}
