// The words of Delete Link's modal confirmation, naming the link(s) and, when they are used in
// the workspace, where. Pure: no `vscode` import.
import type { Link } from '../api/schemas';
import { linkDisplayName, quotedLinkName } from '../links/linkNames';
import { inertText } from '../text/inertText';

const LISTED = 10;

/** @param usage where the links are used in the workspace, when they are (linkUsages/usageNote.ts) */
export function deleteConfirmation(links: readonly Link[], usage?: string): { message: string; detail: string; button: string } {
  const [first] = links;
  const used = usage ? `\n\n${usage}` : '';
  if (links.length === 1) {
    return {
      message: `Delete link ${quotedLinkName(first)}?`,
      detail: `Its URL ${inertText(first.url)} stops working at once for everyone who has it. This cannot be undone.${used}`,
      button: 'Delete Link',
    };
  }
  const names = links.slice(0, LISTED).map((l) => `• ${linkDisplayName(l)}`);
  if (links.length > LISTED) names.push(`• and ${links.length - LISTED} more`);
  return {
    message: `Delete ${links.length} links?`,
    detail: `${names.join('\n')}\n\nTheir URLs stop working at once for everyone who has them. This cannot be undone.${used}`,
    button: `Delete ${links.length} Links`,
  };
}
