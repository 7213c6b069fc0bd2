// What to tell the user about a failure, and which buttons to offer. Pure: no `vscode`
// import, so every message is unit-tested in plain Node.
import { isAgentHumanError } from '../api/errors';
import { inertText } from '../text/inertText';

export type ErrorAction = 'retry' | 'setApiKey' | 'updateApiKey' | 'showLog' | 'openSettings' | 'refresh';

export interface ErrorDescription {
  message: string;
  actions: ErrorAction[];
}

export const ACTION_LABELS: Record<ErrorAction, string> = {
  retry: 'Retry',
  setApiKey: 'Set API Key',
  updateApiKey: 'Update API Key',
  showLog: 'Show Log',
  openSettings: 'Open Settings',
  refresh: 'Refresh Links',
};

/**
 * "in 42 s", "in 3 min", "at 14:05", and on another day than `now` (local time) with the
 * date: "at 09:37 on 1 Jun 2058". Only `now` is read, never the wall clock.
 */
export function formatRetryTime(at: Date, now: number): string {
  const seconds = Math.max(1, Math.ceil((at.getTime() - now) / 1000));
  if (seconds < 90) return `in ${seconds} s`;
  if (seconds < 3600) return `in ${Math.ceil(seconds / 60)} min`;
  const time = `at ${at.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}`;
  if (at.toDateString() === new Date(now).toDateString()) return time;
  return `${time} on ${at.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' })}`;
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * @param action what was being done, e.g. "Could not load links"
 * @param host the API host, for network messages
 * @param now the current time (a retry time is told relative to it)
 */
export function describeError(error: unknown, action: string, host: string, now: number): ErrorDescription {
  if (!isAgentHumanError(error)) {
    const detail = error instanceof Error ? error.message : String(error);
    return { message: `${action}: ${sentence(detail)}`, actions: ['showLog'] };
  }
  const server = error.serverMessage ? ` The server said: ${sentence(inertText(error.serverMessage))}` : '';
  const suggestion = error.suggestion ? ` ${sentence(inertText(error.suggestion))}` : '';
  switch (error.kind) {
    case 'missingApiKey':
      return { message: `${action}: no AgentHuman API key is set.`, actions: ['setApiKey'] };
    case 'unauthorized':
      return { message: `${action}: the AgentHuman API key was rejected (it may be wrong, revoked or expired).`, actions: ['updateApiKey'] };
    case 'forbidden':
      return { message: `${action}: this API key is not allowed to do that (HTTP 403).${server}${suggestion}`, actions: ['showLog'] };
    case 'notFound':
      return { message: `${action}: it was not found on the server; it may have been deleted elsewhere.${server}`, actions: ['refresh'] };
    case 'invalidRequest':
      return { message: `${action}: the server refused the request.${server || ` (HTTP ${error.status ?? 400})`}${suggestion}`, actions: ['showLog'] };
    case 'rateLimited': {
      const when = error.retryAt ? formatRetryTime(error.retryAt, now) : 'in a minute';
      return { message: `${action}: too many requests (the AgentHuman API allows 60 a minute). Try again ${when}.`, actions: [] };
    }
    case 'server':
      return { message: `${action}: the AgentHuman service had a problem (HTTP ${error.status ?? 500}). Try again in a moment.${server}`, actions: ['retry', 'showLog'] };
    case 'network': {
      if (error.code === 'cancelled') return { message: `${action}: cancelled.`, actions: [] };
      const unsure = error.mayHaveReachedServer && error.method !== 'GET'
        ? ' The change may still have been made: refresh the links to check before trying again.'
        : '';
      return {
        message: `${action}: could not reach the AgentHuman API at ${host}${error.code ? ` (${error.code})` : ''}. Check your network connection, proxy or VPN.${unsure}`,
        actions: unsure ? ['refresh', 'showLog'] : ['retry', 'showLog'],
      };
    }
    case 'timeout': {
      const unsure = error.method !== 'GET' ? ' The change may still have been made: refresh the links to check before trying again.' : '';
      return {
        message: `${action}: the AgentHuman API at ${host} did not answer in time.${unsure}`,
        actions: unsure ? ['refresh', 'showLog'] : ['retry', 'showLog'],
      };
    }
    case 'badResponse':
      return { message: `${action}: the AgentHuman API sent an answer this extension cannot read. ${sentence(error.message)}`, actions: ['showLog'] };
    case 'badConfiguration':
      return { message: `${action}: ${sentence(error.message)} Check the "agenthuman.apiBaseUrl" setting.`, actions: ['openSettings'] };
    case 'invalidInput':
      return { message: `${action}: ${sentence(error.message)}`, actions: [] };
  }
}

/**
 * Why one item of a bulk action failed, short enough to list several in one message:
 * "it no longer exists", "too many requests, try again in 42 s".
 */
export function briefReason(error: unknown, host: string, now: number): string {
  if (!isAgentHumanError(error)) return error instanceof Error ? error.message : String(error);
  const unsure = error.mayHaveReachedServer && error.method !== 'GET' ? ' (it may have changed anyway: refresh to check)' : '';
  switch (error.kind) {
    case 'notFound':
      return 'it no longer exists (removed from the list)';
    case 'unauthorized':
      return 'the API key was rejected';
    case 'missingApiKey':
      return 'no API key is set';
    case 'rateLimited':
      return `too many requests, try again ${error.retryAt ? formatRetryTime(error.retryAt, now) : 'in a minute'}`;
    case 'network':
      return error.code === 'cancelled' ? 'cancelled' : `could not reach ${host}${unsure}`;
    case 'timeout':
      return `${host} did not answer in time${error.method !== 'GET' ? ' (it may have changed anyway: refresh to check)' : ''}`;
    case 'server':
      return `the AgentHuman service had a problem (HTTP ${error.status ?? 500})`;
    case 'forbidden':
    case 'invalidRequest':
      return error.serverMessage ? `the server refused: ${inertText(error.serverMessage)}` : `the server refused (HTTP ${error.status ?? 400})`;
    case 'badResponse':
      return 'the API sent an answer this extension cannot read';
    case 'badConfiguration':
    case 'invalidInput':
      return error.message;
  }
}
