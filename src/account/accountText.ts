// The words about accounts: how one is named in messages, its live / test tag, the view's
// description, the confirmation of a removal. Labels are typed by the user, never network text.
// No `vscode` import here.
import { t } from '../text/translate';
import type { AccountInfo } from './accountIndex';

/** “Production” („Production“ in German). */
export function quotedAccount(account: Pick<AccountInfo, 'label'>): string {
  return t('“{0}”', account.label);
}

/** LIVE or TEST: a live key reaches real visitors, so it is the one marked. */
export function accountTag(account: Pick<AccountInfo, 'kind'>): string {
  return account.kind === 'live' ? t('● LIVE') : t('TEST');
}

/** The current account as the Links view's description shows it: "● LIVE · Production", "TEST · Test …0gA2". */
export function accountDescription(account: AccountInfo): string {
  return `${accountTag(account)} · ${account.label}`;
}

export function removeConfirmation(account: AccountInfo, next: AccountInfo | undefined, isCurrent: boolean): { message: string; detail: string; button: string } {
  const after = !isCurrent
    ? undefined
    : next
      ? t('The Links view then shows {0}.', quotedAccount(next))
      : t('With no account left, the Links view asks for a key again.');
  return {
    message: t('Remove the AgentHuman account {0} from VS Code?', quotedAccount(account)),
    detail: [
      t("Its API key is deleted from VS Code's secret storage."),
      after,
      t('The key itself stays valid in your AgentHuman dashboard.'),
    ].filter((sentence) => sentence).join(' '),
    button: t('Remove Account'),
  };
}

/** A key typed to be added that an account has already. */
export function alreadyAddedMessage(account: AccountInfo, wasCurrent: boolean): string {
  return wasCurrent
    ? t('This key is already added as {0}, the current account.', quotedAccount(account))
    : t('This key is already added as {0}: switched to it.', quotedAccount(account));
}
