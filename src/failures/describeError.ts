// What to tell the user about a failure, and which buttons to offer: every failure's words are
// decided here, once. Pure: no `vscode` import, so every message is unit-tested in plain Node.
import { type AgentHumanError, isAgentHumanError } from '../api/errors';
import { quotedLinkName } from '../links/linkNames';
import { inertText } from '../text/inertText';
import { isUserFacingError } from './userFacingError';
import { formatRetryTime } from '../text/time';
import { t } from '../text/translate';

export type ErrorAction = 'retry' | 'setApiKey' | 'updateApiKey' | 'showLog' | 'openSettings' | 'refresh';

export interface ErrorDescription {
  message: string;
  actions: ErrorAction[];
  /** False when trying again cannot help whatever is changed (the link is gone): no Retry then. */
  retryable?: false;
}

/** The label of the button that runs an action. */
export function actionLabel(action: ErrorAction): string {
  switch (action) {
    case 'retry':
      return t('Retry');
    case 'setApiKey':
      return t('Set API Key');
    case 'updateApiKey':
      return t('Update API Key');
    case 'showLog':
      return t('Show Log');
    case 'openSettings':
      return t('Open Settings');
    case 'refresh':
      return t('Refresh Links');
  }
}

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
      return t('the AgentHuman API did not answer in time');
    case 'network':
      return error.code ? t('the connection to the AgentHuman API failed ({0})', error.code) : t('the connection to the AgentHuman API failed');
    case 'server':
      return t('the AgentHuman service had a problem (HTTP {0})', error.status ?? 500);
    default:
      return inertText(error.message).replace(/\.$/, '');
  }
}

/** "Agent agnt_x was refused (the server said “Agent not found”). Choose one of your agents." */
export function agentRefusedMessage(error: AgentHumanError, agentId: string): string {
  if (error.serverMessage) return t('Agent {0} was refused (the server said “{1}”). Choose one of your agents.', agentId, inertText(error.serverMessage));
  if (error.status) return t('Agent {0} was refused (HTTP {1}). Choose one of your agents.', agentId, error.status);
  return t('Agent {0} was refused. Choose one of your agents.', agentId);
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Sentences one after the other; the empty ones left out. */
function sentences(...parts: (string | undefined)[]): string {
  return parts.filter((part) => part).join(' ');
}

/** Text of an error that is not ours (it may quote anything): inert, and not cut short. */
function detailOf(error: unknown): string {
  return inertText(error instanceof Error ? error.message : String(error), { maxLength: 1000 });
}

/** Said after a change whose answer was lost. */
function mayHaveChanged(): string {
  return t('The change may still have been made: refresh the links to check before trying again.');
}

/**
 * @param action what was being done, e.g. "Could not load links"
 * @param host the API host, for network messages
 * @param now the current time (a retry time is told relative to it)
 * @param language VS Code's display language, for the retry time
 * @param subject what the action was about: a 404 on a link says the link is gone (and was
 *   removed from the list); a 404 or 403 on a create's agent says the agent was refused
 */
export function describeError(error: unknown, action: string, host: string, now: number, language: string, subject?: FailureSubject): ErrorDescription {
  if (error instanceof UncertainCreate) return describeUncertainCreate(error, action);
  if (isUserFacingError(error)) return { message: error.message, actions: [] };
  if (!isAgentHumanError(error)) return { message: t('{0}: {1}', action, sentence(detailOf(error))), actions: ['showLog'] };
  if (subject && 'agentId' in subject && (error.kind === 'notFound' || error.kind === 'forbidden')) {
    return { message: t('{0}: {1}', action, agentRefusedMessage(error, subject.agentId)), actions: [] };
  }
  if (subject && 'link' in subject && error.kind === 'notFound') {
    return {
      message: t('{0}: link {1} no longer exists (it may have been deleted elsewhere) and was removed from the list.', action, quotedLinkName(subject.link)),
      actions: [],
      retryable: false,
    };
  }
  const server = error.serverMessage ? t('The server said: {0}', sentence(inertText(error.serverMessage))) : undefined;
  const suggestion = error.suggestion ? sentence(inertText(error.suggestion)) : undefined;
  switch (error.kind) {
    case 'missingApiKey':
      return { message: t('{0}: no AgentHuman API key is set.', action), actions: ['setApiKey'] };
    case 'unauthorized':
      return { message: t('{0}: the AgentHuman API key was rejected (it may be wrong, revoked or expired).', action), actions: ['updateApiKey'] };
    case 'forbidden':
      return { message: sentences(t('{0}: this API key is not allowed to do that (HTTP 403).', action), server, suggestion), actions: ['showLog'] };
    case 'notFound':
      return { message: sentences(t('{0}: it was not found on the server; it may have been deleted elsewhere.', action), server), actions: ['refresh'] };
    case 'invalidRequest': {
      const refused = server
        ? sentences(t('{0}: the server refused the request.', action), server)
        : t('{0}: the server refused the request. (HTTP {1})', action, error.status ?? 400);
      return { message: sentences(refused, suggestion), actions: ['showLog'] };
    }
    case 'rateLimited': {
      const when = error.retryAt ? formatRetryTime(error.retryAt, now, language) : t('in a minute');
      return { message: t('{0}: too many requests (the AgentHuman API allows 60 a minute). Try again {1}.', action, when), actions: [] };
    }
    case 'server':
      return {
        message: sentences(t('{0}: the AgentHuman service had a problem (HTTP {1}). Try again in a moment.', action, error.status ?? 500), server),
        actions: ['retry', 'showLog'],
      };
    case 'network': {
      if (error.code === 'cancelled') return { message: t('{0}: cancelled.', action), actions: [] };
      const unsure = error.mayHaveReachedServer && error.method !== 'GET' ? mayHaveChanged() : undefined;
      const unreachable = error.code
        ? t('{0}: could not reach the AgentHuman API at {1} ({2}). Check your network connection, proxy or VPN.', action, host, error.code)
        : t('{0}: could not reach the AgentHuman API at {1}. Check your network connection, proxy or VPN.', action, host);
      return { message: sentences(unreachable, unsure), actions: unsure ? ['refresh', 'showLog'] : ['retry', 'showLog'] };
    }
    case 'timeout': {
      const unsure = error.method !== 'GET' ? mayHaveChanged() : undefined;
      return {
        message: sentences(t('{0}: the AgentHuman API at {1} did not answer in time.', action, host), unsure),
        actions: unsure ? ['refresh', 'showLog'] : ['retry', 'showLog'],
      };
    }
    case 'badResponse': {
      const unsure = error.mayHaveReachedServer && error.method !== 'GET' ? mayHaveChanged() : undefined;
      return {
        message: sentences(t('{0}: the AgentHuman API sent an answer this extension cannot read.', action), sentence(detailOf(error)), unsure),
        actions: unsure ? ['refresh', 'showLog'] : ['showLog'],
      };
    }
    case 'badConfiguration':
      return { message: t('{0}: {1} Check the "agenthuman.apiBaseUrl" setting.', action, sentence(detailOf(error))), actions: ['openSettings'] };
    case 'invalidInput':
      return { message: t('{0}: {1}', action, sentence(detailOf(error))), actions: [] };
  }
}

function describeUncertainCreate(error: UncertainCreate, action: string): ErrorDescription {
  const why = lostAnswerReason(error.lost);
  if (error.checkFailed === undefined) {
    return {
      message: t('{0}: {1}. The list of links was checked and no matching link was created, so it is safe to try again.', action, why),
      actions: ['retry'],
    };
  }
  return {
    message: t(
      '{0}: {1}, so it may have been created anyway, and the list of links could not be checked ({2}). Refresh the links and look for it before trying again.',
      action, why, detailOf(error.checkFailed),
    ),
    actions: ['refresh', 'retry'],
  };
}

/**
 * Why one item of a bulk action failed, short enough to list several in one message:
 * "it no longer exists", "too many requests, try again in 42 sec".
 */
export function briefReason(error: unknown, host: string, now: number, language: string): string {
  if (!isAgentHumanError(error)) return detailOf(error);
  const unsure = error.mayHaveReachedServer && error.method !== 'GET';
  switch (error.kind) {
    case 'notFound':
      return t('it no longer exists (removed from the list)');
    case 'unauthorized':
      return t('the API key was rejected');
    case 'missingApiKey':
      return t('no API key is set');
    case 'rateLimited':
      return t('too many requests, try again {0}', error.retryAt ? formatRetryTime(error.retryAt, now, language) : t('in a minute'));
    case 'network':
      if (error.code === 'cancelled') return t('cancelled');
      return unsure ? t('could not reach {0} (it may have changed anyway: refresh to check)', host) : t('could not reach {0}', host);
    case 'timeout':
      return error.method !== 'GET' ? t('{0} did not answer in time (it may have changed anyway: refresh to check)', host) : t('{0} did not answer in time', host);
    case 'server':
      return t('the AgentHuman service had a problem (HTTP {0})', error.status ?? 500);
    case 'forbidden':
    case 'invalidRequest':
      return error.serverMessage ? t('the server refused: {0}', inertText(error.serverMessage)) : t('the server refused (HTTP {0})', error.status ?? 400);
    case 'badResponse':
      return t('the API sent an answer this extension cannot read');
    case 'badConfiguration':
    case 'invalidInput':
      return detailOf(error);
  }
}
