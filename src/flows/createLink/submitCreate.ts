// Create Link's execute step: the one POST, then what the user is told. Nothing here prompts,
// but a failure the user can fix reopens the prompts (through `reopen`) with every answer kept.
// A create whose answer was lost (no answer, a 5xx, an unreadable success) may have been made:
// there are no idempotency keys, so the list is checked (one GET) before Retry is offered, and
// never sent again blind. No `vscode` import here.
import { type AgentHumanError, isAgentHumanError } from '../../api/errors';
import type { CreateLinkRequest, Link } from '../../api/schemas';
import { agentRefusedMessage, lostAnswerReason, UncertainCreate } from '../../failures/describeError';
import { quotedLinkName } from '../../links/linkNames';
import { formatLocalDateTime } from '../../text/time';
import { t } from '../../text/translate';
import type { FlowDeps, FlowMode } from '../flowDeps';
import { afterNewKey } from '../common/submitOutcome';
import type { CreateStepId } from './createAnswers';

/** What a failed create is reported as. */
function failure(): string {
  return t('Could not create the link');
}

/** How far back a link found after a lost answer may have been created. */
const LOST_ANSWER_WINDOW_MS = 5 * 60_000;

export interface Reopen {
  /** Runs the prompts again from `startAt`, with every answer kept, then creates. */
  (startAt: CreateStepId, notice?: string): Promise<Link | undefined>;
}

/**
 * Sends the POST and says what came of it. `again` is Retry: it reopens the summary
 * (interactive) or sends the same answers again (command arguments).
 */
export async function submitCreate(
  deps: FlowDeps,
  request: CreateLinkRequest,
  mode: FlowMode,
  again: () => Promise<Link | undefined>,
  reopen: Reopen,
): Promise<Link | undefined> {
  const knownBefore = new Set(deps.links.links.map((l) => l.link_id));
  const sentAt = deps.now();
  const ticket = deps.links.ticket();
  try {
    const title = request.name ? t('Creating link “{0}”…', request.name) : t('Creating link…');
    const link = await deps.ui.progress(title, () => deps.links.create(request, ticket));
    return await announceCreated(deps, link);
  } catch (error) {
    deps.ui.log(`Could not create the link: ${error instanceof Error ? error.message : String(error)}`);
    if (isAgentHumanError(error) && (error.kind === 'notFound' || error.kind === 'forbidden') && mode.interactive) {
      // On POST /v1/links this means the agent is not one of the account's agents: choose another.
      return reopen('agent', agentRefusedMessage(error, request.agent_id));
    }
    if (isAgentHumanError(error) && error.mayHaveReachedServer) {
      return checkLostAnswer(deps, error, request, { sentAt, knownBefore, ticket }, again);
    }
    deps.failures.report(error, {
      action: failure(),
      retry: again,
      alwaysOfferRetry: mode.interactive,
      retryAfterNewKey: afterNewKey(deps, mode, again, t('The new API key is stored. Create the link now?')),
      subject: { agentId: request.agent_id },
    });
    return undefined;
  }
}

/**
 * Selects the new link, offers Copy and Open (or copies at once, by the setting).
 * @param lost why the create's answer was lost, when the link was found by checking the list
 */
export async function announceCreated(deps: FlowDeps, link: Link, lost?: { why: string; createdAt: string }): Promise<Link> {
  const { ui } = deps;
  try {
    await ui.reveal(link);
  } catch (error) {
    ui.log(`Could not reveal the new link: ${error instanceof Error ? error.message : String(error)}`);
  }
  const copy = async () => {
    await ui.copy(link.url);
  };
  const open = { label: t('Open'), run: () => ui.open(link.url) };
  const name = quotedLinkName(link);
  const found = lost ? `${t('{0}, but the link was created: found {1}, created {2}.', capitalized(lost.why), name, lost.createdAt)} ` : '';
  if (deps.copyOnCreate()) {
    try {
      await copy();
      ui.notify('info', `${found}${t('Created link {0}; its URL is copied to the clipboard.', name)}`, [open]);
      return link;
    } catch (error) {
      ui.log(`Could not copy the URL: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  ui.notify('info', `${found}${t('Created link {0}.', name)}`, [{ label: t('Copy Link'), run: copy }, open]);
  return link;
}

function capitalized(text: string): string {
  return `${text.slice(0, 1).toLocaleUpperCase()}${text.slice(1)}`;
}

interface Sent {
  sentAt: number;
  knownBefore: ReadonlySet<string>;
  ticket: ReturnType<FlowDeps['links']['ticket']>;
}

/** The answer was lost: list the links and look for the new one before offering Retry. */
async function checkLostAnswer(
  deps: FlowDeps,
  error: AgentHumanError,
  request: CreateLinkRequest,
  sent: Sent,
  again: () => Promise<Link | undefined>,
): Promise<Link | undefined> {
  let links: Link[];
  try {
    links = await deps.ui.progress(t('Checking whether the link was created anyway…'), () => deps.client.listLinks('all'));
  } catch (listError) {
    deps.failures.report(new UncertainCreate(error, listError), { action: failure(), retry: again });
    return undefined;
  }
  const found = findCreatedLink(links, request, sent.sentAt, deps.now(), sent.knownBefore);
  if (!found) {
    deps.failures.report(new UncertainCreate(error), { action: failure(), retry: again });
    return undefined;
  }
  deps.links.adopt(found, sent.ticket);
  return announceCreated(deps, found, { why: lostAnswerReason(error), createdAt: formatLocalDateTime(Date.parse(found.created_at), deps.language) });
}

/**
 * The link a create whose answer was lost made, if any: same agent, same name (when one
 * was given), same use limit and expiry, created since shortly before the request, and
 * not in the list before.
 */
export function findCreatedLink(
  links: readonly Link[],
  request: CreateLinkRequest,
  sentAt: number,
  now: number,
  knownBefore: ReadonlySet<string> = new Set(),
): Link | undefined {
  const skew = 2 * 60_000;
  const wantedExpiry = request.expires_at === undefined ? null : Date.parse(request.expires_at);
  return links
    .filter((link) => {
      if (knownBefore.has(link.link_id)) return false;
      if (link.agent.agent_id !== request.agent_id) return false;
      if (request.name !== undefined && link.name !== request.name) return false;
      if ((request.use_limit ?? null) !== link.use_limit) return false;
      const expiry = link.expires_at === null ? null : Date.parse(link.expires_at);
      if ((expiry === null) !== (wantedExpiry === null)) return false;
      if (expiry !== null && wantedExpiry !== null && Math.abs(expiry - wantedExpiry) > 2000) return false;
      const created = Date.parse(link.created_at);
      return created >= Math.min(sentAt - skew, now - LOST_ANSWER_WINDOW_MS) && created <= now + skew;
    })
    .sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at))[0];
}
