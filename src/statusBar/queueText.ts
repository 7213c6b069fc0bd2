// What the status bar says while requests wait for the rate-limit budget. Pure: no `vscode`
// import.
import type { QueueState } from '../api/client';
import { formatRetryTime } from '../text/time';
import { t } from '../text/translate';

/** "$(watch) 12 AgentHuman requests waiting for the rate limit, the next in 40 sec", or undefined when none waits. */
export function queueText(state: QueueState, now: number, language: string): string | undefined {
  if (state.queued <= 0) return undefined;
  const next = state.nextSendAt ? formatRetryTime(state.nextSendAt, now, language) : undefined;
  if (state.queued === 1) {
    return `$(watch) ${next ? t('1 AgentHuman request waiting for the rate limit, the next {0}', next) : t('1 AgentHuman request waiting for the rate limit')}`;
  }
  return `$(watch) ${next
    ? t('{0} AgentHuman requests waiting for the rate limit, the next {1}', state.queued, next)
    : t('{0} AgentHuman requests waiting for the rate limit', state.queued)}`;
}

/** The tooltip of the status-bar item. */
export function queueTooltip(): string {
  return t('The AgentHuman API allows 60 requests a minute. Requests beyond that wait here and are sent as soon as the budget allows, instead of failing.');
}
