// One change to one link from a command (Pause, Resume): the PUT through the link store, with
// progress on the Links view, and a failure reported with Retry.
import vscode = require('vscode');
import type { Link, UpdateLinkRequest } from '../api/schemas';
import { LINKS_VIEW_ID } from '../commandIds';
import { quotedLinkName } from '../links/linkNames';
import type { Services } from '../services';
import { t } from '../text/translate';

/**
 * Sends the change and reports a failure. Resolves the updated link, or undefined.
 * @param progressTitle what the progress says meanwhile: "Pausing “Demo”…"
 */
export async function updateLink(services: Services, link: Link, changes: UpdateLinkRequest, progressTitle: string): Promise<Link | undefined> {
  try {
    return await vscode.window.withProgress(
      { location: { viewId: LINKS_VIEW_ID }, title: progressTitle },
      () => services.store.update(link, changes),
    );
  } catch (error) {
    services.failures.report(error, {
      action: t('Could not update link {0}', quotedLinkName(link)),
      retry: () => updateLink(services, link, changes, progressTitle),
      subject: { link },
    });
    return undefined;
  }
}
