// Which quick fixes a problem offers, their words, and the values they send. Each fix that
// changes a link is ONE request: Resume (status), Extend expiry (expires_at), Raise the use
// limit (use_limit); Replace creates one link (the Create Link flow) and edits the document.
// Pure: no `vscode` import; `now` is an input.
import type { Link } from '../api/schemas';
import { quotedLinkName } from '../links/linkNames';
import { DAY, formatLocalDateTime } from '../text/time';
import { t } from '../text/translate';
import type { ProblemState } from './linkState';

export const EXTEND_DAYS = [7, 30] as const;

export type LinkFix =
  | { kind: 'resume'; title: string }
  | { kind: 'extend'; days: number; title: string }
  | { kind: 'raiseLimit'; limit: number; title: string }
  | { kind: 'replace'; title: string }
  | { kind: 'copy'; title: string };

/** The new expiry of "Extend by N days": N days after the current expiry, or after now when it has passed. */
export function extendedExpiry(link: Pick<Link, 'expires_at'>, days: number, now: number): number {
  const current = link.expires_at === null ? now : Date.parse(link.expires_at);
  return Math.max(now, Number.isNaN(current) ? now : current) + days * DAY;
}

/** "Raise the use limit": double it, and always above the uses so far. */
export function raisedUseLimit(link: Pick<Link, 'uses' | 'use_limit'>): number {
  return Math.max(link.uses + 1, (link.use_limit ?? link.uses) * 2);
}

/** The fixes of a problem, the preferred one (applied by "Auto Fix") first. */
export function fixesFor(state: ProblemState, now: number, language: string): LinkFix[] {
  const replace: LinkFix = { kind: 'replace', title: t('Replace with a new link…') };
  if (state.kind === 'notInAccount') return [replace];
  const { link } = state;
  const name = quotedLinkName(link);
  const copy: LinkFix = { kind: 'copy', title: t('Copy the URL of {0}', name) };
  const extend = EXTEND_DAYS.map((days): LinkFix => ({
    kind: 'extend',
    days,
    title: t('Extend the expiry of {0} by {1} days (to {2})', name, days, formatLocalDateTime(extendedExpiry(link, days, now), language)),
  }));
  switch (state.kind) {
    case 'paused':
      return [{ kind: 'resume', title: t('Resume link {0}', name) }, replace, copy];
    case 'expired':
    case 'expiringSoon':
      return [...extend, replace, copy];
    case 'usedUp': {
      const limit = raisedUseLimit(link);
      return [{ kind: 'raiseLimit', limit, title: t('Raise the use limit of {0} to {1}', name, limit) }, replace, copy];
    }
  }
}
