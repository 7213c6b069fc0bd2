// What the status bar says while requests wait for the rate-limit budget. Pure: no `vscode`
// import.
import type { QueueState } from '../api/client';
import { pluralForm } from '../text/plural';
import { formatRetryTime } from '../text/time';

/** "$(watch) 12 AgentHuman requests waiting for the rate limit, the next in 40 s", or undefined when none waits. */
export function queueText(state: QueueState, now: number): string | undefined {
  if (state.queued <= 0) return undefined;
  const what = `${state.queued} AgentHuman ${pluralForm(state.queued, 'request', 'requests')} waiting for the rate limit`;
  return state.nextSendAt ? `$(watch) ${what}, the next ${formatRetryTime(state.nextSendAt, now)}` : `$(watch) ${what}`;
}

export const QUEUE_TOOLTIP =
  'The AgentHuman API allows 60 requests a minute. Requests beyond that wait here and are sent as soon as the budget allows, instead of failing.';
