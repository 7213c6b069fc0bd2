// Pause / Resume: sends only `status` through the link store; the item updates in place from
// the server's answer. A multi-selection goes one link after another. A link used in the
// workspace is paused only after a confirmation that says where.
import vscode = require('vscode');
import type { Link } from '../api/schemas';
import { quotedLinkName } from '../links/linkNames';
import { effectiveStatus } from '../links/linkStatus';
import type { Services } from '../services';
import { usageNoteFor } from '../linkUsages/findUsages';
import { runBulk } from './bulk';
import { confirmOptions, skipsConfirmation } from './confirmOptions';
import { pauseConfirmation } from './pauseConfirmation';
import { resolveLinks } from './pickLink';
import { updateLink } from './updateLink';

type Target = 'paused' | 'active';

const WORDS = {
  paused: { from: 'active', verb: 'pause', done: 'Paused', doing: 'Pausing', none: 'There is no active link to pause.' },
  active: { from: 'paused', verb: 'resume', done: 'Resumed', doing: 'Resuming', none: 'There is no paused link to resume.' },
} as const;

/** Resolves the links as the server returned them (empty when all failed), or undefined when cancelled. */
export async function setLinksStatus(services: Services, clicked: unknown, second: unknown, target: Target): Promise<Link[] | undefined> {
  const words = WORDS[target];
  const options = confirmOptions(second);
  const links = await resolveLinks(services, clicked, options ? undefined : second, {
    placeHolder: `Select the link to ${words.verb}`,
    canPickMany: clicked !== undefined,
    filter: (link) => effectiveStatus(link, services.clock()) === words.from,
    noneMessage: words.none,
    ineligibleMessage: (link) =>
      `Link ${quotedLinkName(link)} is ${effectiveStatus(link, services.clock())}: only ${words.from} links can be ${words.done.toLowerCase()}.`,
  });
  if (!links?.length) return undefined;
  if (target === 'paused' && !skipsConfirmation(options, clicked) && !(await confirmPause(services, links))) return undefined;
  if (links.length > 1) {
    const outcome = await runBulk(services, links, { title: `${words.doing} links`, verb: words.verb, done: words.done }, (link) =>
      services.store.update(link, { status: target }),
    );
    return outcome.succeeded;
  }
  const [link] = links;
  const updated = await updateLink(services, link, { status: target }, words.doing);
  if (!updated) return [];
  if (updated.status === target) {
    vscode.window.setStatusBarMessage(`$(check) ${words.done} link ${quotedLinkName(updated)}`, 3000);
  } else {
    // e.g. resuming a link whose expiry passed while it was paused: show what the server kept.
    void vscode.window.showInformationMessage(`The server kept link ${quotedLinkName(updated)} ${updated.status}.`);
  }
  return [updated];
}

/** Asks only when a link is used in the workspace (found within a short time); true to go on. */
async function confirmPause(services: Services, links: readonly Link[]): Promise<boolean> {
  const usage = await usageNoteFor(services, links);
  if (!usage) return true;
  const { message, detail, button } = pauseConfirmation(links, usage);
  return (await vscode.window.showWarningMessage(message, { modal: true, detail }, button)) === button;
}
