// The actions on links. Each works on the clicked tree item (or the whole selection), on a
// link or link id passed as the first argument, or on a link picked from the palette.
//   agenthuman.copyLink(link?, selection?)           → the text copied (URLs, one a line), undefined if cancelled
//   agenthuman.copyLinkAsMarkdown(link?, selection?) → the Markdown copied (`[name](url)`, one a line)
//   agenthuman.openLink(link?)                       → true when opened
//   agenthuman.pauseLink(link?, selection? | {skipConfirmation: true}) → the links as the server returned them;
//                                                      undefined if cancelled (asks first when a link is used in the workspace)
//   agenthuman.resumeLink(link?, selection?)         → same
//   agenthuman.deleteLink(link?, selection? | {skipConfirmation: true}) → true when every link is gone
// `link` is a tree node `{kind: 'link', link}`, a Link, `{linkId}` or a link id string.
import { COMMAND } from '../commandIds';
import { registerSafeCommand } from '../failures/safeCommand';
import type { Services } from '../services';
import { t } from '../text/translate';
import type { UsageNote } from './confirmOptions';
import { copyLinks } from './copyLink';
import { deleteLinks } from './deleteLink';
import { openLink } from './openLink';
import { setLinksStatus } from './pauseResume';

/** `usageNote` says where links are used in the workspace, for the Delete and Pause confirmations. */
export function registerLinkActions(services: Services, usageNote: UsageNote): void {
  const actions = [
    [COMMAND.copyLink, t('Could not copy the link'), (clicked: unknown, selected: unknown) => copyLinks(services, clicked, selected, 'url')],
    [COMMAND.copyLinkAsMarkdown, t('Could not copy the link'), (clicked: unknown, selected: unknown) => copyLinks(services, clicked, selected, 'markdown')],
    [COMMAND.openLink, t('Could not open the link'), (clicked: unknown, selected: unknown) => openLink(services, clicked, selected)],
    [COMMAND.pauseLink, t('Could not pause the link'), (clicked: unknown, selected: unknown) => setLinksStatus(services, usageNote, clicked, selected, 'paused')],
    [COMMAND.resumeLink, t('Could not resume the link'), (clicked: unknown, selected: unknown) => setLinksStatus(services, usageNote, clicked, selected, 'active')],
    [COMMAND.deleteLink, t('Could not delete the link'), (clicked: unknown, second: unknown) => deleteLinks(services, usageNote, clicked, second)],
  ] as const;
  for (const [id, failure, handler] of actions) registerSafeCommand(services, id, failure, handler);
}
