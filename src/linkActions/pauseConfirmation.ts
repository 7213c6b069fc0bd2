// The words of Pause Link's confirmation, asked only when the link is used in the workspace
// (otherwise a pause, which Resume undoes, needs none). Pure: no `vscode` import.
import type { Link } from '../api/schemas';
import { quotedLinkName } from '../links/linkNames';
import { t } from '../text/translate';

/** @param usage the sentence saying where the links are used (linkUsages/usageNote.ts) */
export function pauseConfirmation(links: readonly Link[], usage: string): { message: string; detail: string; button: string } {
  if (links.length === 1) {
    return {
      message: t('Pause link {0}?', quotedLinkName(links[0])),
      detail: `${usage} ${t('Visitors who follow it from there cannot start a session until it is resumed.')}`,
      button: t('Pause Link'),
    };
  }
  return {
    message: t('Pause {0} links?', links.length),
    detail: `${usage} ${t('Visitors who follow them from there cannot start a session until they are resumed.')}`,
    button: t('Pause {0} Links', links.length),
  };
}
