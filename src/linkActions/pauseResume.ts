// Pause / Resume: sends only `status` through the link store; the item updates in place from
// the server's answer. A multi-selection goes one link after another. A link used in the
// workspace is paused only after a confirmation that says where.
import vscode = require('vscode');
import type { Link } from '../api/schemas';
import { quotedLinkName } from '../links/linkNames';
import { effectiveStatus } from '../links/linkStatus';
import { statusWord } from '../links/statusText';
import { t } from '../text/translate';
import type { Services } from '../services';
import { runBulk } from './bulk';
import { confirmOptions, skipsConfirmation, type UsageNote } from './confirmOptions';
import { pauseConfirmation } from './pauseConfirmation';
import { resolveLinks } from './pickLink';
import { updateLink } from './updateLink';

type Target = 'paused' | 'active';

/** What each direction changes from, and its words. */
function wordsFor(target: Target, now: () => number) {
  const statusOf = (link: Link) => statusWord(effectiveStatus(link, now()));
  return target === 'paused'
    ? {
      from: 'active',
      bulk: 'pause',
      placeHolder: t('Select the link to pause'),
      none: t('There is no active link to pause.'),
      ineligible: (link: Link) => t('Link {0} is {1}: only active links can be paused.', quotedLinkName(link), statusOf(link)),
      doing: (link: Link) => t('Pausing {0}…', quotedLinkName(link)),
      done: (link: Link) => t('Paused link {0}', quotedLinkName(link)),
    } as const
    : {
      from: 'paused',
      bulk: 'resume',
      placeHolder: t('Select the link to resume'),
      none: t('There is no paused link to resume.'),
      ineligible: (link: Link) => t('Link {0} is {1}: only paused links can be resumed.', quotedLinkName(link), statusOf(link)),
      doing: (link: Link) => t('Resuming {0}…', quotedLinkName(link)),
      done: (link: Link) => t('Resumed link {0}', quotedLinkName(link)),
    } as const;
}

/** Resolves the links as the server returned them (empty when all failed), or undefined when cancelled. */
export async function setLinksStatus(services: Services, usageNote: UsageNote, clicked: unknown, second: unknown, target: Target): Promise<Link[] | undefined> {
  const words = wordsFor(target, services.clock);
  const options = confirmOptions(second);
  const links = await resolveLinks(services, clicked, options ? undefined : second, {
    placeHolder: words.placeHolder,
    canPickMany: clicked !== undefined,
    filter: (link) => effectiveStatus(link, services.clock()) === words.from,
    noneMessage: words.none,
    ineligibleMessage: words.ineligible,
  });
  if (!links?.length) return undefined;
  if (target === 'paused' && !skipsConfirmation(options, clicked) && !(await confirmPause(links, usageNote))) return undefined;
  if (links.length > 1) {
    const outcome = await runBulk(services, links, words.bulk, (link) =>
      services.store.update(link, { status: target }),
    );
    return outcome.succeeded;
  }
  const [link] = links;
  const updated = await updateLink(services, link, { status: target }, words.doing(link));
  if (!updated) return [];
  if (updated.status === target) {
    vscode.window.setStatusBarMessage(`$(check) ${words.done(updated)}`, 3000);
  } else {
    // e.g. resuming a link whose expiry passed while it was paused: show what the server kept.
    void vscode.window.showInformationMessage(t('The server kept link {0} {1}.', quotedLinkName(updated), statusWord(updated.status)));
  }
  return [updated];
}

/** Asks only when a link is used in the workspace (found within a short time); true to go on. */
async function confirmPause(links: readonly Link[], usageNote: UsageNote): Promise<boolean> {
  const usage = await usageNote(links);
  if (!usage) return true;
  const { message, detail, button } = pauseConfirmation(links, usage);
  return (await vscode.window.showWarningMessage(message, { modal: true, detail }, button)) === button;
}
