// What to tell the user about a failure, and which buttons to offer: every failure's words are
// decided here, once. Pure: no `vscode` import, so every message is unit-tested in plain Node.
import { type AgentHumanError, isAgentHumanError } from '../api/errors';
import { quotedLinkName } from '../links/linkNames';
import { inertText } from '../text/inertText';
import { isUserFacingError } from './userFacingError';
import { formatRetryTime } from '../text/time';

export type ErrorAction = 'retry' | 'setApiKey' | 'updateApiKey' | 'showLog' | 'openSettings' | 'refresh';

export interface ErrorDescription {
  message: string;
  actions: ErrorAction[];
  /** False when trying again cannot help whatever is changed (the link is gone): no Retry then. */
  retryable?: false;
}

export const ACTION_LABELS: Record<ErrorAction, string> = {
  retry: 'Retry',
  setApiKey: 'Set API Key',
  updateApiKey: 'Update API Key',
  showLog: 'Show Log',
  openSettings: 'Open Settings',
  refresh: 'Refresh Links',
};

/** What a failed action was about, for the words of a 404 or 403. */
export type FailureSubject = { link: { name: string | null; link_id: string } } | { agentId: string };

/**
 * A create whose answer was lost (no answer, a 5xx, an unreadable 2xx), after the list of links
 * was checked for it: not there, so it is safe to send again (`checkFailed` undefined), or the
 * list could not be loaded (`checkFailed` says why), so the link may exist.
 */
export class UncertainCreate extends Error {
  override readonly name = 'UncertainCreate';

  constructor(
    readonly lost: AgentHumanError,
    readonly checkFailed?: unknown,
  ) {
    super(lost.message);
  }
}

/** Why a create's answer was lost: "the AgentHuman API did not answer in time". */
export function lostAnswerReason(error: AgentHumanError): string {
  switch (error.kind) {
    case 'timeout':
      return 'the AgentHuman API did not answer in time';
    case 'network':
      return `the connection to the AgentHuman API failed${error.code ? ` (${error.code})` : ''}`;
    case 'server':
      return `the AgentHuman service had a problem (HTTP ${error.status ?? 500})`;
    default:
      return inertText(error.message).replace(/\.$/, '');
  }
}

/** "Agent agnt_x was refused (the server said “Agent not found”). Choose one of your agents." */
export function agentRefusedMessage(error: AgentHumanError, agentId: string): string {
  const said = error.serverMessage ? `the server said “${inertText(error.serverMessage)}”` : `HTTP ${error.status ?? ''}`.trim();
  return `Agent ${agentId} was refused (${said}). Choose one of your agents.`;
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Text of an error that is not ours (it may quote anything): inert, and not cut short. */
function detailOf(error: unknown): string {
  return inertText(error instanceof Error ? error.message : String(error), { maxLength: 1000 });
}

/**
 * @param action what was being done, e.g. "Could not load links"
 * @param host the API host, for network messages
 * @param now the current time (a retry time is told relative to it)
 * @param subject what the action was about: a 404 on a link says the link is gone (and was
 *   removed from the list); a 404 or 403 on a create's agent says the agent was refused
 */
export function describeError(error: unknown, action: string, host: string, now: number, subject?: FailureSubject): ErrorDescription {
  if (error instanceof UncertainCreate) return describeUncertainCreate(error, action);
  if (isUserFacingError(error)) return { message: error.message, actions: [] };
  if (!isAgentHumanError(error)) return { message: `${action}: ${sentence(detailOf(error))}`, actions: ['showLog'] };
  if (subject && 'agentId' in subject && (error.kind === 'notFound' || error.kind === 'forbidden')) {
    return { message: `${action}: ${agentRefusedMessage(error, subject.agentId)}`, actions: [] };
  }
  if (subject && 'link' in subject && error.kind === 'notFound') {
    return {
      message: `${action}: link ${quotedLinkName(subject.link)} no longer exists (it may have been deleted elsewhere) and was removed from the list.`,
      actions: [],
      retryable: false,
    };
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
    case 'badResponse': {
      const unsure = error.mayHaveReachedServer && error.method !== 'GET'
        ? ' The change may still have been made: refresh the links to check before trying again.'
        : '';
      return {
        message: `${action}: the AgentHuman API sent an answer this extension cannot read. ${sentence(detailOf(error))}${unsure}`,
        actions: unsure ? ['refresh', 'showLog'] : ['showLog'],
      };
    }
    case 'badConfiguration':
      return { message: `${action}: ${sentence(detailOf(error))} Check the "agenthuman.apiBaseUrl" setting.`, actions: ['openSettings'] };
    case 'invalidInput':
      return { message: `${action}: ${sentence(detailOf(error))}`, actions: [] };
  }
}

function describeUncertainCreate(error: UncertainCreate, action: string): ErrorDescription {
  const why = lostAnswerReason(error.lost);
  if (error.checkFailed === undefined) {
    return {
      message: `${action}: ${why}. The list of links was checked and no matching link was created, so it is safe to try again.`,
      actions: ['retry'],
    };
  }
  return {
    message: `${action}: ${why}, so it may have been created anyway, and the list of links could not be checked (${detailOf(error.checkFailed)}). Refresh the links and look for it before trying again.`,
    actions: ['refresh', 'retry'],
  };
}

/**
 * Why one item of a bulk action failed, short enough to list several in one message:
 * "it no longer exists", "too many requests, try again in 42 s".
 */
export function briefReason(error: unknown, host: string, now: number): string {
  if (!isAgentHumanError(error)) return detailOf(error);
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
      return detailOf(error);
  }
}
