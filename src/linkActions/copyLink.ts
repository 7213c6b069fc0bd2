// Copy Link / Copy Link as Markdown: the clicked link, the whole selection (one a line),
// or a link picked in the palette. A status-bar confirmation, no modal.
import vscode = require('vscode');
import type { Link } from '../api/schemas';
import { linkAsMarkdown, quotedLinkName } from '../links/linkNames';
import type { Services } from '../services';
import { resolveLinks } from './pickLink';

export type CopyFormat = 'url' | 'markdown';

/** Resolves the text copied, or undefined when nothing was (cancelled). */
export async function copyLinks(services: Services, clicked: unknown, selected: unknown, format: CopyFormat): Promise<string | undefined> {
  const links = await resolveLinks(services, clicked, selected, {
    placeHolder: format === 'url' ? 'Select the link whose URL to copy' : 'Select the link to copy as Markdown',
    // Several from the tree's multi-selection; one from the palette (Enter picks it).
    canPickMany: clicked !== undefined,
  });
  if (!links?.length) return undefined;
  const text = links.map((link: Link) => (format === 'url' ? link.url : linkAsMarkdown(link))).join('\n');
  await vscode.env.clipboard.writeText(text);
  const what = format === 'url' ? 'link' : 'Markdown link';
  const message = links.length === 1 ? `Copied the ${what} of ${quotedLinkName(links[0])}` : `Copied ${links.length} ${what}s`;
  vscode.window.setStatusBarMessage(`$(check) ${message}`, 3000);
  return text;
}
