// Which welcome content the Links view shows (the `agenthuman.state` context key) and the
// message above a list that is not up to date. Pure: no `vscode` import.
import { isAgentHumanError } from '../api/errors';
import { formatClock, formatRetryTime } from '../text/time';
import { t } from '../text/translate';

/**
 * noKey / keyRejected / empty / filteredEmpty / error have welcome content in package.json;
 * loading and loaded have none (a progress bar, or the list).
 */
export type ViewState = 'noKey' | 'keyRejected' | 'loading' | 'error' | 'empty' | 'filteredEmpty' | 'loaded';

export interface ViewFacts {
  /** Undefined while the key has not been read yet. */
  hasKey: boolean | undefined;
  /** The server answered 401 to the last load, or the user declined to replace the key. */
  keyRejected: boolean;
  /** A list is held (this session's or the cached one). */
  loaded: boolean;
  /** The last load failed (and there is no list to show when `loaded` is false). */
  failed: boolean;
  /** Links the view shows after filtering. */
  shownCount: number;
  filtered: boolean;
}

export function computeViewState(facts: ViewFacts): ViewState {
  if (facts.hasKey === undefined) return 'loading';
  if (!facts.hasKey) return 'noKey';
  if (facts.keyRejected) return 'keyRejected';
  if (facts.shownCount > 0) return 'loaded';
  if (!facts.loaded) return facts.failed ? 'error' : 'loading';
  return facts.filtered ? 'filteredEmpty' : 'empty';
}

/** Whether the tree shows links at all (otherwise it is empty and the welcome shows). */
export function showsLinks(state: ViewState): boolean {
  return state !== 'noKey' && state !== 'keyRejected';
}

function why(error: unknown, host: string, now: number, language: string): { headline: string; reason: string } {
  if (!isAgentHumanError(error)) return { headline: t('Not up to date'), reason: t('The last refresh failed.') };
  switch (error.kind) {
    case 'network':
      return { headline: t('Offline'), reason: t('Could not reach {0}.', host) };
    case 'timeout':
      return { headline: t('Offline'), reason: t('{0} did not answer in time.', host) };
    case 'server':
      return { headline: t('Server problem'), reason: t('The AgentHuman service answered HTTP {0}.', error.status ?? 500) };
    case 'rateLimited': {
      const when = error.retryAt ? formatRetryTime(error.retryAt, now, language) : t('in a minute');
      return { headline: t('Rate limited'), reason: t('Too many requests; refresh again {0}.', when) };
    }
    case 'badResponse':
      return { headline: t('Not up to date'), reason: t('The API sent an answer this extension cannot read.') };
    case 'badConfiguration':
      return { headline: t('Not up to date'), reason: t('The "agenthuman.apiBaseUrl" setting is unusable.') };
    default:
      return {
        headline: t('Not up to date'),
        reason: error.status ? t('The last refresh failed (HTTP {0}).', error.status) : t('The last refresh failed.'),
      };
  }
}

export interface MessageFacts {
  /** The error of the last load, if it failed. */
  error: unknown;
  /** When the list held was loaded; undefined when none is held. */
  loadedAt: number | undefined;
  /** The API host, e.g. "api.agenthuman.com". */
  host: string;
  now: number;
  /** VS Code's display language. */
  language: string;
  timeZone?: string;
}

/**
 * The view's message: "Offline — showing links from 10:42. Could not reach
 * api.agenthuman.com." when the list shown is stale; undefined when it is current or when
 * the welcome content says it all (no key, key rejected).
 */
export function viewMessage(facts: MessageFacts): string | undefined {
  const { error } = facts;
  if (!error) return undefined;
  if (isAgentHumanError(error) && (error.kind === 'unauthorized' || error.kind === 'missingApiKey')) return undefined;
  const { headline, reason } = why(error, facts.host, facts.now, facts.language);
  if (facts.loadedAt === undefined) return t('Could not load the links. {0}', reason);
  return t('{0} — showing links from {1}. {2}', headline, formatClock(facts.loadedAt, facts.now, facts.language, facts.timeZone), reason);
}
