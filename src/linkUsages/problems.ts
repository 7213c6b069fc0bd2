// The words of a problem on a link used in a file (the Problems view, the hover's first line).
// Plain text: link names pass the neutraliser (quotedLinkName). Pure: no `vscode` import.
import { quotedLinkName } from '../links/linkNames';
import { formatRelative, formatTimeLeft } from '../text/time';
import { t } from '../text/translate';
import { isProblem, type LinkState, type ProblemKind, type ProblemSeverity, type ProblemState } from './linkState';
import type { LinkUsage } from './recogniser';

/** The source of every diagnostic of this feature (the Problems view shows it; quick fixes look for it). */
export const PROBLEM_SOURCE = 'AgentHuman';

export function problemMessage(state: ProblemState, linkId: string, now: number, language: string): string {
  switch (state.kind) {
    case 'notInAccount':
      return t('{0} is not a link of this AgentHuman account: it was deleted, or it belongs to another account.', linkId);
    case 'expired': {
      const { link } = state;
      const expires = link.expires_at === null ? undefined : Date.parse(link.expires_at);
      return expires !== undefined && expires <= now
        ? t('Share link {0} expired {1}: its URL no longer starts a session.', quotedLinkName(link), formatRelative(expires, now, language))
        : t('Share link {0} has expired: its URL no longer starts a session.', quotedLinkName(link));
    }
    case 'usedUp':
      return t('Share link {0} has used all {1} of its uses: its URL no longer starts a session.', quotedLinkName(state.link), state.link.use_limit ?? state.link.uses);
    case 'paused':
      return t('Share link {0} is paused: its URL starts no session until it is resumed.', quotedLinkName(state.link));
    case 'expiringSoon':
      return t('Share link {0} expires in {1}.', quotedLinkName(state.link), formatTimeLeft(state.msLeft, language));
  }
}

export interface Problem<U extends LinkUsage = LinkUsage> {
  usage: U;
  kind: ProblemKind;
  severity: Exclude<ProblemSeverity, 'off'>;
  message: string;
}

/**
 * The problems of these usages, by the state of each link now: nothing for a link that is
 * fine or not known yet, for a kind whose severity is 'off', or for a weak id (`lnk_count`)
 * that names no link of the account.
 */
export function problemsOf<U extends LinkUsage>(
  usages: readonly U[],
  stateOf: (linkId: string) => LinkState,
  severities: Readonly<Record<ProblemKind, ProblemSeverity>>,
  now: number,
  language: string,
): Problem<U>[] {
  const problems: Problem<U>[] = [];
  for (const usage of usages) {
    const state = stateOf(usage.linkId);
    if (!isProblem(state) || (!usage.strong && state.kind === 'notInAccount')) continue;
    const severity = severities[state.kind];
    if (severity === 'off') continue;
    problems.push({ usage, kind: state.kind, severity, message: problemMessage(state, usage.linkId, now, language) });
  }
  return problems;
}
