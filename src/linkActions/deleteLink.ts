// Delete Link: a modal confirmation naming the link(s), and where they are used in the
// workspace; an item leaves the tree only after the server confirmed. A 404 means it is gone
// already: say so and drop it from the list.
import vscode = require('vscode');
import { isAgentHumanError } from '../api/errors';
import type { Link } from '../api/schemas';
import { LINKS_VIEW_ID } from '../commandIds';
import { quotedLinkName } from '../links/linkNames';
import type { Services } from '../services';
import { t } from '../text/translate';
import { runBulk } from './bulk';
import { confirmOptions, skipsConfirmation, type UsageNote } from './confirmOptions';
import { deleteConfirmation } from './deleteConfirmation';
import { resolveLinks } from './pickLink';

/** Resolves true when every link chosen is gone from the server (deleted now, or already gone). */
export async function deleteLinks(services: Services, usageNote: UsageNote, clicked: unknown, second: unknown): Promise<boolean> {
  const options = confirmOptions(second);
  const links = await resolveLinks(services, clicked, options ? undefined : second, {
    placeHolder: t('Select the link to delete'),
    canPickMany: clicked !== undefined,
  });
  if (!links?.length) return false;
  if (!skipsConfirmation(options, clicked) && !(await confirm(links, usageNote))) return false;
  if (links.length === 1) return deleteOne(services, links[0]);
  const outcome = await runBulk(services, links, 'delete', (link) => services.store.delete(link));
  return !outcome.skipped.length && outcome.failed.every((f) => isAgentHumanError(f.error, 'notFound'));
}

async function confirm(links: readonly Link[], usageNote: UsageNote): Promise<boolean> {
  const { message, detail, button } = deleteConfirmation(links, await usageNote(links));
  return (await vscode.window.showWarningMessage(message, { modal: true, detail }, button)) === button;
}

async function deleteOne(services: Services, link: Link): Promise<boolean> {
  const name = quotedLinkName(link);
  try {
    await vscode.window.withProgress({ location: { viewId: LINKS_VIEW_ID }, title: t('Deleting {0}…', name) }, () => services.store.delete(link));
  } catch (error) {
    if (isAgentHumanError(error, 'notFound')) {
      void vscode.window.showInformationMessage(t('Link {0} no longer exists on the server (it was deleted elsewhere); it was removed from the list.', name));
      return true;
    }
    // A retried DELETE that had reached the server answers 404, which is handled above.
    services.failures.report(error, { action: t('Could not delete link {0}', name), retry: () => deleteOne(services, link) });
    return false;
  }
  vscode.window.setStatusBarMessage(`$(trash) ${t('Deleted link {0}', name)}`, 4000);
  return true;
}
