// The words about accounts: how one is named in messages, its live / test tag, the view's
// description, the confirmation of a removal. Labels are typed by the user, never network text.
// No `vscode` import here.
import type { AccountInfo } from './accountIndex';

/** “Production” */
export function quotedAccount(account: Pick<AccountInfo, 'label'>): string {
  return `“${account.label}”`;
}

/** LIVE or TEST: a live key reaches real visitors, so it is the one marked. */
export function accountTag(account: Pick<AccountInfo, 'kind'>): string {
  return account.kind === 'live' ? '● LIVE' : 'TEST';
}

/** The current account as the Links view's description shows it: "● LIVE · Production", "TEST · Test …0gA2". */
export function accountDescription(account: AccountInfo): string {
  return `${accountTag(account)} · ${account.label}`;
}

export function removeConfirmation(account: AccountInfo, next: AccountInfo | undefined, isCurrent: boolean): { message: string; detail: string; button: string } {
  const after = !isCurrent
    ? ''
    : next
      ? ` The Links view then shows ${quotedAccount(next)}.`
      : ' With no account left, the Links view asks for a key again.';
  return {
    message: `Remove the AgentHuman account ${quotedAccount(account)} from VS Code?`,
    detail: `Its API key is deleted from VS Code's secret storage.${after} The key itself stays valid in your AgentHuman dashboard.`,
    button: 'Remove Account',
  };
}

/** A key typed to be added that an account has already. */
export function alreadyAddedMessage(account: AccountInfo, wasCurrent: boolean): string {
  return wasCurrent
    ? `This key is already added as ${quotedAccount(account)}, the current account.`
    : `This key is already added as ${quotedAccount(account)}: switched to it.`;
}
