// The words of a problem on a link used in a file (the Problems view, the hover's first line).
// Plain text: link names pass the neutraliser (quotedLinkName). Pure: no `vscode` import.
import { quotedLinkName } from '../links/linkNames';
import { formatRelative, formatTimeLeft } from '../text/time';
import { isProblem, type LinkState, type ProblemKind, type ProblemSeverity, type ProblemState } from './linkState';
import type { LinkUsage } from './recogniser';

/** The source of every diagnostic of this feature (the Problems view shows it; quick fixes look for it). */
export const PROBLEM_SOURCE = 'AgentHuman';

const STOPPED = 'its URL no longer starts a session';

export function problemMessage(state: ProblemState, linkId: string, now: number): string {
  switch (state.kind) {
    case 'notInAccount':
      return `${linkId} is not a link of this AgentHuman account: it was deleted, or it belongs to another account.`;
    case 'expired': {
      const { link } = state;
      const expires = link.expires_at === null ? undefined : Date.parse(link.expires_at);
      const when = expires !== undefined && expires <= now ? `expired ${formatRelative(expires, now)}` : 'has expired';
      return `Share link ${quotedLinkName(link)} ${when}: ${STOPPED}.`;
    }
    case 'usedUp':
      return `Share link ${quotedLinkName(state.link)} has used all ${state.link.use_limit ?? state.link.uses} of its uses: ${STOPPED}.`;
    case 'paused':
      return `Share link ${quotedLinkName(state.link)} is paused: its URL starts no session until it is resumed.`;
    case 'expiringSoon':
      return `Share link ${quotedLinkName(state.link)} expires in ${formatTimeLeft(state.msLeft)}.`;
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
): Problem<U>[] {
  const problems: Problem<U>[] = [];
  for (const usage of usages) {
    const state = stateOf(usage.linkId);
    if (!isProblem(state) || (!usage.strong && state.kind === 'notInAccount')) continue;
    const severity = severities[state.kind];
    if (severity === 'off') continue;
    problems.push({ usage, kind: state.kind, severity, message: problemMessage(state, usage.linkId, now) });
  }
  return problems;
}
