// The one path every change to a link goes through (Edit, Pause, Resume, bulk): one PUT
// with only the changed fields, the item updated in place from the server's answer, and
// failures reported with the right action. A 404 removes the link after saying so.
import vscode = require('vscode');
import { isAgentHumanError } from '../api/errors';
import type { Link, UpdateLinkRequest } from '../api/schemas';
import type { Services } from '../services';
import { quotedLinkName } from './linkLabel';

export interface UpdateOutcome {
  link?: Link;
  error?: unknown;
}

/**
 * Sends the update without reporting failures: for callers that report themselves
 * (bulk actions that summarise, flows that keep the typed values for Retry).
 */
export async function sendLinkUpdate(services: Services, link: Link, changes: UpdateLinkRequest): Promise<UpdateOutcome> {
  try {
    const updated = await services.client.updateLink(link.link_id, changes);
    services.links.upsert(updated);
    return { link: updated };
  } catch (error) {
    if (isAgentHumanError(error, 'notFound')) services.links.remove(link.link_id);
    return { error };
  }
}

/** Sends the update and reports a failure. Resolves the updated link, or undefined. */
export async function updateLink(
  services: Services,
  link: Link,
  changes: UpdateLinkRequest,
  verb: string,
): Promise<Link | undefined> {
  const outcome = await vscode.window.withProgress(
    { location: { viewId: 'agenthuman.links' }, title: `${verb} ${quotedLinkName(link)}…` },
    () => sendLinkUpdate(services, link, changes),
  );
  if (outcome.error) {
    const gone = isAgentHumanError(outcome.error, 'notFound');
    services.errors.report(
      outcome.error,
      gone ? `Link ${quotedLinkName(link)} no longer exists and was removed from the list` : `Could not update link ${quotedLinkName(link)}`,
      { retry: () => updateLink(services, link, changes, verb) },
    );
  }
  return outcome.link;
}
