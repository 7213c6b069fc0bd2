// Delete Link: a modal confirmation naming the link(s); an item leaves the tree only after
// the server confirmed. A 404 means it is gone already: say so and drop it from the list.
import vscode = require('vscode');
import { isAgentHumanError } from '../api/errors';
import type { Link } from '../api/schemas';
import { LINKS_VIEW_ID } from '../commandIds';
import { quotedLinkName } from '../links/linkNames';
import type { Services } from '../services';
import { runBulk } from './bulk';
import { deleteConfirmation } from './deleteConfirmation';
import { resolveLinks } from './pickLink';

/**
 * Options for programmatic callers only (extension-host tests, other extensions), passed
 * as the second argument: `executeCommand('agenthuman.deleteLink', 'lnk_…', { skipConfirmation: true })`.
 * A tree item passes its selection (an array) there and the palette passes nothing, so a
 * user always sees the modal. It is honoured only with an explicit link argument, never
 * for a link picked in the palette.
 */
export interface DeleteOptions {
  skipConfirmation?: boolean;
}

function deleteOptions(value: unknown): DeleteOptions | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as DeleteOptions) : undefined;
}

/** Resolves true when every link chosen is gone from the server (deleted now, or already gone). */
export async function deleteLinks(services: Services, clicked: unknown, second: unknown): Promise<boolean> {
  const options = deleteOptions(second);
  const links = await resolveLinks(services, clicked, options ? undefined : second, {
    placeHolder: 'Select the link to delete',
    canPickMany: clicked !== undefined,
  });
  if (!links?.length) return false;
  const skip = options?.skipConfirmation === true && clicked !== undefined;
  if (!skip && !(await confirm(links))) return false;
  if (links.length === 1) return deleteOne(services, links[0]);
  const outcome = await runBulk(services, links, { title: 'Deleting links', verb: 'delete', done: 'Deleted' }, (link) => services.store.delete(link));
  return !outcome.skipped.length && outcome.failed.every((f) => isAgentHumanError(f.error, 'notFound'));
}

async function confirm(links: readonly Link[]): Promise<boolean> {
  const { message, detail, button } = deleteConfirmation(links);
  return (await vscode.window.showWarningMessage(message, { modal: true, detail }, button)) === button;
}

async function deleteOne(services: Services, link: Link): Promise<boolean> {
  const name = quotedLinkName(link);
  try {
    await vscode.window.withProgress({ location: { viewId: LINKS_VIEW_ID }, title: `Deleting ${name}…` }, () => services.store.delete(link));
  } catch (error) {
    if (isAgentHumanError(error, 'notFound')) {
      void vscode.window.showInformationMessage(`Link ${name} no longer exists on the server (it was deleted elsewhere); it was removed from the list.`);
      return true;
    }
    // A retried DELETE that had reached the server answers 404, which is handled above.
    services.failures.report(error, { action: `Could not delete link ${name}`, retry: () => deleteOne(services, link) });
    return false;
  }
  vscode.window.setStatusBarMessage(`$(trash) Deleted link ${name}`, 4000);
  return true;
}
