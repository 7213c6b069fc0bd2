// What a link used in a file is now, from the list already loaded (never a request per id):
// expired, used up, paused, expiring within the attention window, not a link of this account,
// fine, or not known yet. Pure: no `vscode` import; `now` is an input.
import type { Link } from '../api/schemas';
import { type AttentionThresholds, attentionReasons } from '../attention/attention';
import { effectiveStatus, hasExpired } from '../links/linkStatus';

/** The states that make a problem in the Problems view, each with its own severity setting. */
export const PROBLEM_KINDS = ['expired', 'usedUp', 'paused', 'expiringSoon', 'notInAccount'] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];
/** How a kind of problem shows in the Problems view (a setting per kind); 'off' hides it. */
export const PROBLEM_SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'] as const;
export type ProblemSeverity = (typeof PROBLEM_SEVERITIES)[number];
/** The defaults of the settings `agenthuman.linksInEditor.severity.*` (package.json says the same). */
export const DEFAULT_PROBLEM_SEVERITY: Readonly<Record<ProblemKind, ProblemSeverity>> = {
  expired: 'warning',
  usedUp: 'warning',
  paused: 'warning',
  expiringSoon: 'information',
  notInAccount: 'warning',
};

export type LinkState =
  /** Nothing to say yet: no list is loaded, or the list holds only one status (the Links view's filter). */
  | { kind: 'unknown'; why: 'notLoaded' | 'filtered' }
  /** The account's complete list has no such link: deleted, or another account's. */
  | { kind: 'notInAccount' }
  | { kind: 'active'; link: Link }
  | { kind: 'expiringSoon'; link: Link; msLeft: number }
  | { kind: 'paused'; link: Link }
  /** Past its expiry (or the server says expired). A link past its date and its limit is expired. */
  | { kind: 'expired'; link: Link }
  /** Its uses reached its limit. */
  | { kind: 'usedUp'; link: Link };

export type ProblemState = Extract<LinkState, { kind: ProblemKind }>;

/** The part of the link store the states are read from. */
export interface KnownLinks {
  /** A list is held (loaded in this session, or the copy kept from the last one). */
  readonly loaded: boolean;
  /** The server-side status filter of the list held: only 'all' lists every link of the account. */
  readonly statusFilter: string;
  find(linkId: string): Link | undefined;
}

export function linkState(linkId: string, known: KnownLinks, thresholds: AttentionThresholds, now: number): LinkState {
  if (!known.loaded) return { kind: 'unknown', why: 'notLoaded' };
  const link = known.find(linkId);
  if (!link) return known.statusFilter === 'all' ? { kind: 'notInAccount' } : { kind: 'unknown', why: 'filtered' };
  return stateOfLink(link, thresholds, now);
}

export function stateOfLink(link: Link, thresholds: AttentionThresholds, now: number): Exclude<LinkState, { kind: 'unknown' | 'notInAccount' }> {
  switch (effectiveStatus(link, now)) {
    case 'expired': {
      const usedUp = link.use_limit !== null && link.uses >= link.use_limit;
      return usedUp && !hasExpired(link, now) ? { kind: 'usedUp', link } : { kind: 'expired', link };
    }
    case 'paused':
      return { kind: 'paused', link };
    case 'active': {
      const soon = attentionReasons(link, thresholds, now).find((reason) => reason.kind === 'expiresSoon');
      return soon ? { kind: 'expiringSoon', link, msLeft: soon.msLeft } : { kind: 'active', link };
    }
  }
}

export function isProblem(state: LinkState): state is ProblemState {
  return (PROBLEM_KINDS as readonly string[]).includes(state.kind);
}

/** The link a state is about, when the list has it. */
export function linkOfState(state: LinkState): Link | undefined {
  return 'link' in state ? state.link : undefined;
}
