// Copy Link / Copy Link as Markdown: the clicked link, the whole selection (one a line),
// or a link picked in the palette. A status-bar confirmation, no modal.
import vscode = require('vscode');
import type { Link } from '../api/schemas';
import { linkAsMarkdown, quotedLinkName } from '../links/linkNames';
import type { Services } from '../services';
import { resolveLinks } from './pickLink';
import { t } from '../text/translate';

export type CopyFormat = 'url' | 'markdown';

/** Resolves the text copied, or undefined when nothing was (cancelled). */
export async function copyLinks(services: Services, clicked: unknown, selected: unknown, format: CopyFormat): Promise<string | undefined> {
  const links = await resolveLinks(services, clicked, selected, {
    placeHolder: format === 'url' ? t('Select the link whose URL to copy') : t('Select the link to copy as Markdown'),
    // Several from the tree's multi-selection; one from the palette (Enter picks it).
    canPickMany: clicked !== undefined,
  });
  if (!links?.length) return undefined;
  const text = links.map((link: Link) => (format === 'url' ? link.url : linkAsMarkdown(link))).join('\n');
  await vscode.env.clipboard.writeText(text);
  vscode.window.setStatusBarMessage(`$(check) ${copiedMessage(links, format)}`, 3000);
  return text;
}

/** "Copied the link of “Demo”", "Copied 3 Markdown links". */
function copiedMessage(links: readonly Link[], format: CopyFormat): string {
  if (links.length === 1) {
    const name = quotedLinkName(links[0]);
    return format === 'url' ? t('Copied the link of {0}', name) : t('Copied the Markdown link of {0}', name);
  }
  return format === 'url' ? t('Copied {0} links', links.length) : t('Copied {0} Markdown links', links.length);
}
