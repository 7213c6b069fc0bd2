// "Copy Link as Markdown": `[name](url)`. Pure: no `vscode` import.
import type { Link } from '../api/schemas';
import { linkName } from '../links/linkLabel';

/**
 * Text that stays plain inside `[…]`: the characters that could close the brackets, start
 * emphasis, code, HTML or an entity are backslash-escaped; line breaks become spaces.
 */
export function escapeLinkText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>&~|!]/g, '\\$&');
}

/** The URL as a link destination: characters that would end it early are percent-encoded. */
export function linkDestination(url: string): string {
  return url.replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

export function markdownLink(link: Pick<Link, 'name' | 'link_id' | 'url'>): string {
  return `[${escapeLinkText(linkName(link))}](${linkDestination(link.url)})`;
}
