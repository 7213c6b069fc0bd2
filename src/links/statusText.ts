// The words for a link's status: as a label ("Paused", in the tree, filters, groups and pickers)
// and inside a sentence ("Link “Demo” is paused"). No `vscode` import here.
import type { LinkStatus } from '../api/identifiers';
import { t } from '../text/translate';

/** "Active", "Paused", "Expired". */
export function statusLabel(status: LinkStatus): string {
  switch (status) {
    case 'active':
      return t('Active');
    case 'paused':
      return t('Paused');
    case 'expired':
      return t('Expired');
  }
}

/** "active", "paused", "expired": the status inside a sentence. */
export function statusWord(status: LinkStatus): string {
  switch (status) {
    case 'active':
      return t('active');
    case 'paused':
      return t('paused');
    case 'expired':
      return t('expired');
  }
}
