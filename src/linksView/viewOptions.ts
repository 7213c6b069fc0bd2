// The Links view's filter, sort and grouping: which links show, in which order, how they are
// grouped, and the globalState keys they persist under. Pure: no `vscode` import.
import type { AccountInfo } from '../account/accountIndex';
import { accountDescription } from '../account/accountText';
import type { Link, LinkStatusFilter } from '../api/schemas';
import { type AttentionThresholds, needsAttention } from '../attention/attention';
import { effectiveStatus } from '../links/linkStatus';
import { inertText } from '../text/inertText';
import { statusLabel } from '../links/statusText';
import { linkCount } from '../text/counts';
import { t } from '../text/translate';

export const FILTER_STATE_KEY = 'agenthuman.view.filter';
export const GROUP_BY_STATE_KEY = 'agenthuman.view.groupBy';
export const SORT_STATE_KEY = 'agenthuman.view.sortBy';

export interface LinkFilter {
  /** Persisted, and accepted as the argument of `agenthuman.filterLinks`. */
  readonly id: string;
  /** In the QuickPick and the view's description (a function: the words are asked for when shown, in the user's language). */
  label(): string;
  detail?(): string;
  /** What the list request asks the server for (`GET /v1/links?status=`). */
  readonly apiStatus: LinkStatusFilter;
  /**
   * Applied to the loaded list as well, so the view is right at once (before the reload
   * with the new status answers) and for filters the API cannot express.
   */
  readonly matches: (link: Link, now: number, thresholds: AttentionThresholds) => boolean;
}

const byStatus = (status: Link['status']): LinkFilter => ({
  id: status,
  label: () => statusLabel(status),
  apiStatus: status,
  matches: (link, now) => effectiveStatus(link, now) === status,
});

export const ALL_LINKS: LinkFilter = { id: 'all', label: () => t('All'), detail: () => t('Show every link'), apiStatus: 'all', matches: () => true };

/** Active links about to expire or near their use limit: the API's active list, narrowed here. */
export const NEEDS_ATTENTION: LinkFilter = {
  id: 'attention',
  label: () => t('Needs attention'),
  detail: () => t('Active links that expire soon or are near their use limit'),
  apiStatus: 'active',
  matches: (link, now, thresholds) => needsAttention(link, thresholds, now),
};

/** The choices of "Filter Links…", in order. */
export const LINK_FILTERS: readonly LinkFilter[] = [ALL_LINKS, byStatus('active'), byStatus('paused'), byStatus('expired'), NEEDS_ATTENTION];

/** The filter with this id; anything unknown (an old or corrupt stored value) is "All". */
export function findFilter(id: unknown, filters: readonly LinkFilter[] = LINK_FILTERS): LinkFilter {
  return filters.find((f) => f.id === id) ?? ALL_LINKS;
}

export function isFiltered(filter: LinkFilter): boolean {
  return filter.id !== ALL_LINKS.id;
}

export function applyFilter(links: readonly Link[], filter: LinkFilter, now: number, thresholds: AttentionThresholds): Link[] {
  return links.filter((link) => filter.matches(link, now, thresholds));
}

export const GROUP_BY_CHOICES = ['none', 'status', 'agent'] as const;
export type GroupBy = (typeof GROUP_BY_CHOICES)[number];

/** The choice in "Group Links By…": "No Grouping", "By Status", "By Agent". */
export function groupByLabel(groupBy: GroupBy): string {
  switch (groupBy) {
    case 'none':
      return t('No Grouping');
    case 'status':
      return t('By Status');
    case 'agent':
      return t('By Agent');
  }
}

export function parseGroupBy(value: unknown): GroupBy {
  return GROUP_BY_CHOICES.find((g) => g === value) ?? 'none';
}

export const SORT_CHOICES = ['created', 'expiry', 'uses', 'name'] as const;
export type SortBy = (typeof SORT_CHOICES)[number];

/** An order as "Sort Links By…" offers it and the view's description names it. */
export function sortLabel(sortBy: SortBy): { label: string; detail: string } {
  switch (sortBy) {
    case 'created':
      return { label: t('Created'), detail: t('Newest first (as the API lists them)') };
    case 'expiry':
      return { label: t('Expiry'), detail: t('Soonest to expire first; links that never expire last') };
    case 'uses':
      return { label: t('Uses'), detail: t('Most used first') };
    case 'name':
      return { label: t('Name'), detail: t('Alphabetical; untitled links last') };
  }
}

export function parseSortBy(value: unknown): SortBy {
  return SORT_CHOICES.find((s) => s === value) ?? 'created';
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const NEVER = Number.POSITIVE_INFINITY;

/** The order a comparison gives; ties keep the server's order (newest first). */
const COMPARE: Record<SortBy, (a: Link, b: Link) => number> = {
  created: (a, b) => Date.parse(b.created_at) - Date.parse(a.created_at),
  expiry: (a, b) => expiryTime(a) - expiryTime(b),
  uses: (a, b) => b.uses - a.uses,
  name: (a, b) => {
    const [x, y] = [a.name?.trim() ?? '', b.name?.trim() ?? ''];
    if (!x || !y) return (x ? 0 : 1) - (y ? 0 : 1); // untitled last
    return collator.compare(x, y);
  },
};

function expiryTime(link: Link): number {
  return link.expires_at === null ? NEVER : Date.parse(link.expires_at);
}

/**
 * The links in the chosen order; a stable sort, so equal ones keep the server's order. The
 * list held is already newest first (the API's order, kept by the store), so that one is free.
 */
export function sortLinks(links: readonly Link[], sortBy: SortBy): readonly Link[] {
  if (sortBy === 'created') return links;
  const compare = COMPARE[sortBy];
  return links.map((link, index) => ({ link, index })).sort((a, b) => compare(a.link, b.link) || a.index - b.index).map((e) => e.link);
}

export interface LinkGroup {
  /** Stable across refreshes, and never a link id: "group:status:active", "group:agent:agnt_1". */
  id: string;
  label: string;
  /** "3 links". */
  description: string;
  links: Link[];
}

const STATUS_ORDER: readonly Link['status'][] = ['active', 'paused', 'expired'];

/**
 * The groups to show, without empty ones; links keep the server's order (newest first)
 * inside a group. Status groups go active, paused, expired; agent groups by name.
 * Undefined when not grouping.
 */
export function groupLinks(links: readonly Link[], groupBy: GroupBy, now: number): LinkGroup[] | undefined {
  if (groupBy === 'none') return undefined;
  if (groupBy === 'status') {
    return STATUS_ORDER.map((status) => {
      const members = links.filter((l) => effectiveStatus(l, now) === status);
      return { id: `group:status:${status}`, label: statusLabel(status), description: linkCount(members.length), links: members };
    }).filter((g) => g.links.length > 0);
  }
  const byAgent = new Map<string, LinkGroup>();
  for (const link of links) {
    const id = `group:agent:${link.agent.agent_id}`;
    let group = byAgent.get(id);
    if (!group) byAgent.set(id, (group = { id, label: inertText(link.agent.name), description: '', links: [] }));
    group.links.push(link);
  }
  return [...byAgent.values()]
    .map((g) => ({ ...g, description: linkCount(g.links.length) }))
    .sort((a, b) => a.label.localeCompare(b.label) || a.id.localeCompare(b.id));
}

/**
 * The view's description (next to its title): the current account, live or test, the filter and
 * the order: "TEST · Staging · Filter: Paused · Sort: Expiry"; the default order (newest first)
 * is not named; nothing when there is nothing to say.
 */
export function viewDescription(filter: LinkFilter, sortBy: SortBy = 'created', account?: AccountInfo): string | undefined {
  const parts = [
    ...(account ? [accountDescription(account)] : []),
    ...(isFiltered(filter) ? [t('Filter: {0}', filter.label())] : []),
    ...(sortBy !== 'created' ? [t('Sort: {0}', sortLabel(sortBy).label)] : []),
  ];
  return parts.length ? parts.join(' · ') : undefined;
}
