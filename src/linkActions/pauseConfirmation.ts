// The words of Pause Link's confirmation, asked only when the link is used in the workspace
// (otherwise a pause, which Resume undoes, needs none). Pure: no `vscode` import.
import type { Link } from '../api/schemas';
import { quotedLinkName } from '../links/linkNames';

/** @param usage the sentence saying where the links are used (linkUsages/usageNote.ts) */
export function pauseConfirmation(links: readonly Link[], usage: string): { message: string; detail: string; button: string } {
  if (links.length === 1) {
    return {
      message: `Pause link ${quotedLinkName(links[0])}?`,
      detail: `${usage} Visitors who follow it from there cannot start a session until it is resumed.`,
      button: 'Pause Link',
    };
  }
  return {
    message: `Pause ${links.length} links?`,
    detail: `${usage} Visitors who follow them from there cannot start a session until they are resumed.`,
    button: `Pause ${links.length} Links`,
  };
}
