// How a link is named in messages and pickers. No `vscode` import here.
import type { Link } from '../api/schemas';
import { inertText } from '../text/inertText';
import { markdownLink } from '../text/markdown';
import { effectiveStatus } from './linkStatus';
import { statusWord } from './statusText';
import { t } from '../text/translate';

/**
 * Text from the API made safe for a notification (see src/text/inertText.ts): re-exported
 * here for the callers that name links.
 */
export { inertText };

/** The link's name as the API has it, or a placeholder: for exact uses such as the Markdown copy. */
export function linkName(link: Pick<Link, 'name' | 'link_id'>): string {
  const name = link.name?.trim();
  return name ? name : t('Untitled link ({0})', link.link_id);
}

/** The name shown for a link in the tree, pickers and messages: safe for notifications. */
export function linkDisplayName(link: Pick<Link, 'name' | 'link_id'>): string {
  return inertText(linkName(link));
}

/** The name in quotes, for sentences: “Spring promo” („Spring promo“ in German). */
export function quotedLinkName(link: Pick<Link, 'name' | 'link_id'>): string {
  return t('“{0}”', linkDisplayName(link));
}

/** "Copy Link as Markdown": `[name](url)`, the name as the API has it (or the placeholder). */
export function linkAsMarkdown(link: Pick<Link, 'name' | 'link_id' | 'url'>): string {
  return markdownLink(linkName(link), link.url);
}

/** A link as a picker shows it: its name; its agent and status; its id and URL. Every part inert. */
export function linkPickItem(link: Link, now: number): { label: string; description: string; detail: string } {
  return {
    label: linkDisplayName(link),
    description: `${inertText(link.agent.name)} · ${statusWord(effectiveStatus(link, now))}`,
    detail: `${inertText(link.link_id)} · ${inertText(link.url)}`,
  };
}
