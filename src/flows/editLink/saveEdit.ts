// Edit Link's execute step: ONE PUT with only the changed fields, through the link store (the
// item updates in place from the server's answer), then what the user is told. A PUT repeats
// safely (it sets the same values), so Retry is offered even when the answer was lost.
// No `vscode` import here.
import type { Link, UpdateLinkRequest } from '../../api/schemas';
import { quotedLinkName } from '../../links/linkNames';
import type { FlowDeps, FlowMode } from '../flowDeps';
import { afterNewKey } from '../common/submitOutcome';
import { t } from '../../text/translate';

/**
 * Resolves the updated link, or undefined when it failed (after saying so). `again` is Retry:
 * it reopens the field list with the changes (interactive) or sends them again.
 */
export async function saveEdit(
  deps: FlowDeps,
  link: Link,
  request: UpdateLinkRequest,
  mode: FlowMode,
  again: (fresh: Link) => Promise<Link | undefined>,
): Promise<Link | undefined> {
  const { ui } = deps;
  let updated: Link;
  try {
    updated = await ui.progress(t('Saving {0}…', quotedLinkName(link)), () => deps.links.update(link, request));
  } catch (error) {
    ui.log(`Could not update link ${link.link_id}: ${error instanceof Error ? error.message : String(error)}`);
    // The list's copy is the freshest by then (a refresh may have run meanwhile).
    const retry = () => again(deps.links.find(link.link_id) ?? link);
    deps.failures.report(error, {
      action: t('Could not save the changes to {0}', quotedLinkName(link)),
      retry,
      alwaysOfferRetry: true,
      retryAfterNewKey: afterNewKey(deps, mode, retry, t('The new API key is stored. Save the changes to {0} now?', quotedLinkName(link))),
      subject: { link },
    });
    return undefined;
  }
  const saved = t('Saved {0}.', quotedLinkName(updated));
  if (request.status === 'active' && updated.status === 'expired') {
    ui.notify('warning', `${saved} ${t('The server kept it expired: it is past its expiry date or use limit (change those to revive it).')}`);
  } else {
    ui.notify('info', saved);
  }
  return updated;
}
