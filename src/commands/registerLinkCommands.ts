// The actions on links. Each works on the clicked tree item (or the whole selection), on a
// link or link id passed as the first argument, or on a link picked from the palette.
//   agenthuman.copyLink(link?, selection?)           → the text copied (URLs, one a line), undefined if cancelled
//   agenthuman.copyLinkAsMarkdown(link?, selection?) → the Markdown copied (`[name](url)`, one a line)
//   agenthuman.openLink(link?)                       → true when opened
//   agenthuman.pauseLink(link?, selection?)          → the links as the server returned them; undefined if cancelled
//   agenthuman.resumeLink(link?, selection?)         → same
//   agenthuman.deleteLink(link?, selection? | {skipConfirmation: true}) → true when every link is gone
// `link` is a tree node `{kind: 'link', link}`, a Link, `{linkId}` or a link id string.
import type { Services } from '../services';
import { copyLinks } from './copyLink';
import { deleteLinks } from './deleteLink';
import { openLink } from './openLink';
import { setLinksStatus } from './pauseResume';
import { registerSafeCommand } from './safeCommand';

export function registerLinkCommands(services: Services): void {
  registerSafeCommand(services, 'agenthuman.copyLink', 'Could not copy the link', (clicked, selected) =>
    copyLinks(services, clicked, selected, 'url'),
  );
  registerSafeCommand(services, 'agenthuman.copyLinkAsMarkdown', 'Could not copy the link', (clicked, selected) =>
    copyLinks(services, clicked, selected, 'markdown'),
  );
  registerSafeCommand(services, 'agenthuman.openLink', 'Could not open the link', (clicked, selected) =>
    openLink(services, clicked, selected),
  );
  registerSafeCommand(services, 'agenthuman.pauseLink', 'Could not pause the link', (clicked, selected) =>
    setLinksStatus(services, clicked, selected, 'paused'),
  );
  registerSafeCommand(services, 'agenthuman.resumeLink', 'Could not resume the link', (clicked, selected) =>
    setLinksStatus(services, clicked, selected, 'active'),
  );
  registerSafeCommand(services, 'agenthuman.deleteLink', 'Could not delete the link', (clicked, second) =>
    deleteLinks(services, clicked, second),
  );
}
