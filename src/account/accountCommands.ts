// The account commands: Add, Switch, Rename and Remove Account, and Set / Remove API Key (the
// key of the current account; with no account, Set API Key adds the first), and the context
// keys the view's welcome content and menus read (`agenthuman.hasApiKey`,
// `agenthuman.accountCount`).
//
// Arguments let keybindings, tasks and other extensions (and tests) use them without prompts;
// they are checked like typed input:
//   agenthuman.setApiKey(key?)                        → true when the key is in use
//   agenthuman.addAccount(key?, label?)               → the account (AccountInfo), or undefined
//   agenthuman.switchAccount(idOrLabel?)              → the account switched to, or undefined
//   agenthuman.renameAccount(idOrLabel?, newLabel?)   → the renamed account, or undefined
//   agenthuman.removeAccount(idOrLabel?, { skipConfirmation? })  → true when removed
// An AccountInfo is { id, label, kind }: never a key.
import vscode = require('vscode');
import { COMMAND, CONTEXT } from '../commandIds';
import { type CommandHost, registerSafeCommand } from '../failures/safeCommand';
import type { Account, AccountInfo, KeyOutcome } from './account';
import { sameLabel, validateLabel } from './accountIndex';
import { accountTag, alreadyAddedMessage, quotedAccount, removeConfirmation } from './accountText';
import { validateApiKeyFormat } from './apiKeyFormat';
import { promptForApiKey } from './apiKeyPrompt';
import { t } from '../text/translate';

export interface AccountCommandsHost extends CommandHost {
  readonly account: Account;
  readonly log: vscode.LogOutputChannel;
  /** A command that changes the current account resolves once that account's cached list is read. */
  readonly store: { readonly cacheRead: Promise<void> };
}

export function registerAccountCommands(services: AccountCommandsHost): void {
  const { context, account, failures, log } = services;

  const updateContextKeys = async () => {
    let hasKey = false;
    try {
      hasKey = (await account.key()) !== undefined;
    } catch (error) {
      failures.report(error, { action: t('Could not read the AgentHuman API key') });
    }
    await vscode.commands.executeCommand('setContext', CONTEXT.hasApiKey, hasKey);
    await vscode.commands.executeCommand('setContext', CONTEXT.accountCount, account.accounts.length);
  };

  context.subscriptions.push(
    account.onDidChangeAccount((change) => {
      const name = change.account ? quotedAccount(change.account) : undefined;
      log.info(
        change.reason === 'switch'
          ? name
            ? `Now using the account ${name}: what was held of the previous account is dropped; its cached list stays for a switch back.`
            : 'No account is current any more: what was held of the previous one is dropped.'
          : change.reason === 'key'
            ? `The API key of ${name ?? 'the account'} changed: this may be another AgentHuman account; what was held for the previous key is dropped.`
            : 'The API base URL changed: this is another account; what was held of the previous one is dropped.',
      );
      void updateContextKeys();
    }),
    account.onDidChangeAccountList(({ added, removed, changed }) => {
      for (const a of added) log.info(`Added the account ${quotedAccount(a)} (${a.kind}).`);
      for (const a of removed) log.info(`Removed the account ${quotedAccount(a)}; its key was deleted from secret storage.`);
      for (const { before, after } of changed) log.info(`The account ${quotedAccount(before)} is now ${quotedAccount(after)} (${after.kind}).`);
      void updateContextKeys();
    }),
  );

  registerSafeCommand(services, COMMAND.setApiKey, t('Could not save the AgentHuman API key'), async (key?: unknown) => {
    const typed = await keyFromArgumentOrPrompt(key, t('Could not set the AgentHuman API key'), {});
    if (typed === undefined) return false;
    const result = await account.setKey(typed);
    await tellOutcome(account, result);
    await services.store.cacheRead;
    // The same key again after the server rejected it (re-enabled on the dashboard, say): no
    // account change follows, so the list is asked for here; an answer clears the rejection.
    if (result.outcome === 'unchanged' && account.rejected) await vscode.commands.executeCommand(COMMAND.refresh);
    if (result.outcome !== 'existing') vscode.window.setStatusBarMessage(`$(check) ${t('AgentHuman API key saved')}`, 4000);
    return true;
  });

  registerSafeCommand(services, COMMAND.removeApiKey, t('Could not remove the AgentHuman API key'), async () => {
    const current = account.current;
    if (!current || !(await account.key())) {
      void vscode.window.showInformationMessage(t('No AgentHuman API key is set.'));
      return false;
    }
    return removeAccount(account, current, true);
  });

  registerSafeCommand(services, COMMAND.addAccount, t('Could not add the AgentHuman account'), async (key?: unknown, label?: unknown) => {
    const added = await addAccount(account, key, typeof label === 'string' ? label : undefined);
    await services.store.cacheRead;
    return added;
  });

  registerSafeCommand(services, COMMAND.switchAccount, t('Could not switch the AgentHuman account'), async (target?: unknown) => {
    const chosen = await chooseAccount(account, target, () => pickAccountToSwitchTo(account));
    if (!chosen) return undefined;
    const switched = await account.switchTo(chosen.id);
    await services.store.cacheRead;
    vscode.window.setStatusBarMessage(`$(check) ${t('AgentHuman: now using {0}', quotedAccount(switched))}`, 4000);
    return switched;
  });

  registerSafeCommand(services, COMMAND.renameAccount, t('Could not rename the AgentHuman account'), async (target?: unknown, label?: unknown) => {
    const chosen = await chooseAccount(account, target, () => pickAccount(account, 'rename'));
    if (!chosen) return undefined;
    let newLabel: string | undefined;
    if (typeof label === 'string') {
      const problem = validateLabel(label, account.accounts, chosen.id);
      if (problem) {
        void vscode.window.showErrorMessage(t('Could not rename the account {0}: {1}', quotedAccount(chosen), problem));
        return undefined;
      }
      newLabel = label;
    } else {
      newLabel = await vscode.window.showInputBox({
        title: t('Rename {0}', quotedAccount(chosen)),
        prompt: t("The name shown in the Links view, the account pickers and VS Code's Accounts menu."),
        value: chosen.label,
        valueSelection: [0, chosen.label.length],
        validateInput: (text) => validateLabel(text, account.accounts, chosen.id),
      });
      if (newLabel === undefined) return undefined;
    }
    return account.rename(chosen.id, newLabel);
  });

  registerSafeCommand(services, COMMAND.removeAccount, t('Could not remove the AgentHuman account'), async (target?: unknown, options?: unknown) => {
    const chosen = await chooseAccount(account, target, () => pickAccount(account, 'remove'));
    if (!chosen) return false;
    // Only a caller naming the account may skip the question (as Delete Link's skipConfirmation).
    const skip = target !== undefined && (options as { skipConfirmation?: unknown } | undefined)?.skipConfirmation === true;
    const removed = await removeAccount(account, chosen, !skip);
    await services.store.cacheRead;
    return removed;
  });

  void account.ready.then(updateContextKeys);
}

/**
 * Add Account: the key from the argument or the prompt (checked as typed), stored as a new
 * account that becomes current. A key an account has already is not added again: that account
 * becomes current, and the message names it. Resolves the account, or undefined.
 */
export async function addAccount(account: Account, key?: unknown, label?: string): Promise<AccountInfo | undefined> {
  const typed = await keyFromArgumentOrPrompt(key, t('Could not add the AgentHuman account'), {
    title: t('Add AgentHuman Account'),
    prompt: t("Paste the API key of the account to add (AgentHuman dashboard → Settings → API Keys). It is kept in VS Code's secret storage."),
  });
  if (typed === undefined) return undefined;
  const result = await account.add(typed, label);
  await tellOutcome(account, result);
  if (result.outcome === 'added') vscode.window.setStatusBarMessage(`$(check) ${t('AgentHuman: added {0}', quotedAccount(result.account))}`, 4000);
  return result.account;
}

async function keyFromArgumentOrPrompt(key: unknown, failure: string, prompt: { title?: string; prompt?: string }): Promise<string | undefined> {
  if (typeof key !== 'string') return promptForApiKey(prompt);
  const problem = validateApiKeyFormat(key);
  if (problem) {
    void vscode.window.showErrorMessage(t('{0}: {1}', failure, problem));
    return undefined;
  }
  return key;
}

/** A key that another account has: that account becomes current, and the user is told which it is. */
async function tellOutcome(account: Account, result: KeyOutcome): Promise<void> {
  if (result.outcome !== 'existing') return;
  const wasCurrent = account.current?.id === result.account.id;
  if (!wasCurrent) await account.switchTo(result.account.id);
  void vscode.window.showInformationMessage(alreadyAddedMessage(result.account, wasCurrent));
}

async function removeAccount(account: Account, chosen: AccountInfo, confirm: boolean): Promise<boolean> {
  const isCurrent = account.current?.id === chosen.id;
  if (confirm) {
    const next = isCurrent ? account.accounts.find((a) => a.id !== chosen.id) : undefined;
    const { message, detail, button } = removeConfirmation(chosen, next, isCurrent);
    if ((await vscode.window.showWarningMessage(message, { modal: true, detail }, button)) !== button) return false;
  }
  await account.remove(chosen.id);
  const now = account.current;
  const removed = isCurrent && now
    ? t('AgentHuman: removed {0}; now using {1}', quotedAccount(chosen), quotedAccount(now))
    : t('AgentHuman: removed {0}', quotedAccount(chosen));
  vscode.window.setStatusBarMessage(`$(check) ${removed}`, 5000);
  return true;
}

/** The account an argument names, or (without one) the one picked. */
async function chooseAccount(account: Account, target: unknown, pick: () => Promise<AccountInfo | undefined>): Promise<AccountInfo | undefined> {
  await account.ready;
  return target === undefined ? pick() : findAccount(account, target);
}

/** The account an argument names, by id or label; says so when none does. */
function findAccount(account: Account, target: unknown): AccountInfo | undefined {
  const name = typeof target === 'string' ? target : (target as { id?: unknown } | undefined)?.id;
  const found = typeof name === 'string' ? (account.find(name) ?? account.accounts.find((a) => sameLabel(a.label, name))) : undefined;
  if (!found) {
    void vscode.window.showErrorMessage(typeof name === 'string' ? t('No AgentHuman account is named “{0}”.', name) : t('No AgentHuman account was given.'));
  }
  return found;
}

interface AccountPick extends vscode.QuickPickItem {
  readonly account?: AccountInfo;
}

function accountItem(account: AccountInfo, current: AccountInfo | undefined): AccountPick {
  const isCurrent = account.id === current?.id;
  return { label: `${isCurrent ? '$(check)' : '$(blank)'} ${account.label}`, description: isCurrent ? t('{0} · current', accountTag(account)) : accountTag(account), account };
}

/** Offers Add Account when there is no account to act on. */
function noAccount(message: string): undefined {
  void vscode.window.showInformationMessage(message, t('Add Account…')).then((choice) => {
    if (choice) void vscode.commands.executeCommand(COMMAND.addAccount);
  });
  return undefined;
}

/** The account to rename or remove: the only one, or the one picked (the current one first). */
async function pickAccount(account: Account, verb: 'rename' | 'remove'): Promise<AccountInfo | undefined> {
  const { accounts, current } = account;
  if (!accounts.length) return noAccount(verb === 'rename' ? t('No AgentHuman account to rename yet.') : t('No AgentHuman account to remove yet.'));
  if (accounts.length === 1) return accounts[0];
  const ordered = [...accounts].sort((a, b) => Number(b.id === current?.id) - Number(a.id === current?.id));
  const placeHolder = verb === 'rename' ? t('Rename which AgentHuman account?') : t('Remove which AgentHuman account?');
  const picked = await vscode.window.showQuickPick(ordered.map((a) => accountItem(a, current)), { placeHolder });
  return picked?.account;
}

/** The account to switch to, picked; the list ends with Add Account. */
async function pickAccountToSwitchTo(account: Account): Promise<AccountInfo | undefined> {
  const { accounts, current } = account;
  if (!accounts.length) return noAccount(t('No AgentHuman account to switch to yet.'));
  const items: AccountPick[] = [
    ...accounts.map((a) => accountItem(a, current)),
    { label: '', kind: vscode.QuickPickItemKind.Separator },
    { label: `$(add) ${t('Add Account…')}` },
  ];
  const picked = await vscode.window.showQuickPick(items, { placeHolder: t('Switch to which AgentHuman account?') });
  if (!picked) return undefined;
  if (!picked.account) {
    await vscode.commands.executeCommand(COMMAND.addAccount);
    return undefined;
  }
  return picked.account;
}
