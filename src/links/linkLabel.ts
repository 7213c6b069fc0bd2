// How a link is named in messages and pickers. No `vscode` import here.
import type { Link } from '../api/schemas';

export function linkDisplayName(link: Pick<Link, 'name' | 'link_id'>): string {
  const name = link.name?.trim();
  return name ? name : `Untitled link (${link.link_id})`;
}

/** The name in curly quotes, for sentences: “Spring promo”. */
export function quotedLinkName(link: Pick<Link, 'name' | 'link_id'>): string {
  return `“${linkDisplayName(link)}”`;
}
