// The words of Delete Link's modal confirmation, naming the link(s) and, when they are used in
// the workspace, where. Pure: no `vscode` import.
import type { Link } from '../api/schemas';
import { linkDisplayName, quotedLinkName } from '../links/linkNames';
import { inertText } from '../text/inertText';
import { t } from '../text/translate';

const LISTED = 10;

/** @param usage where the links are used in the workspace, when they are (linkUsages/usageNote.ts) */
export function deleteConfirmation(links: readonly Link[], usage?: string): { message: string; detail: string; button: string } {
  const [first] = links;
  const used = usage ? `\n\n${usage}` : '';
  if (links.length === 1) {
    return {
      message: t('Delete link {0}?', quotedLinkName(first)),
      detail: `${t('Its URL {0} stops working at once for everyone who has it. This cannot be undone.', inertText(first.url))}${used}`,
      button: t('Delete Link'),
    };
  }
  const names = links.slice(0, LISTED).map((l) => `• ${linkDisplayName(l)}`);
  if (links.length > LISTED) names.push(`• ${t('and {0} more', links.length - LISTED)}`);
  return {
    message: t('Delete {0} links?', links.length),
    detail: `${names.join('\n')}\n\n${t('Their URLs stop working at once for everyone who has them. This cannot be undone.')}${used}`,
    button: t('Delete {0} Links', links.length),
  };
}
