// One shared path for every 401: however many requests fail at once, the user sees one
// prompt. The client marks the account whose key was rejected (accountClient.ts); it stands
// rejected until its key changes or a request with it succeeds, so that automatic requests (the
// view's polling) stop instead of nagging; a request the user makes is always answered. A 401
// that comes back after the user switched to another account marked only the account that sent
// it, and asks nothing: the current account's key was not refused.
import vscode = require('vscode');
import type { Account, AccountInfo } from './account';
import { promptForApiKey } from './apiKeyPrompt';
import { quotedAccount } from './accountText';
import { actionLabel } from '../failures/describeError';
import { t } from '../text/translate';

export class Reauthentication {
  private pending: Promise<boolean> | undefined;

  constructor(
    private readonly account: Account,
    private readonly prompt: (rejected: AccountInfo) => Thenable<string | undefined> = (rejected) =>
      vscode.window.showWarningMessage(t('The AgentHuman API key was rejected (account {0}).', quotedAccount(rejected)), actionLabel('updateApiKey')),
  ) {}

  /**
   * Shows the prompt for the current account if its key stands rejected, or joins the one
   * already showing. Resolves true when the user stored a new key for it and it is still the
   * current account (the caller may retry).
   */
  handleUnauthorized(): Promise<boolean> {
    const rejected = this.account.current;
    if (!rejected || !this.account.rejected) return Promise.resolve(false);
    this.pending ??= this.ask(rejected).finally(() => (this.pending = undefined));
    return this.pending;
  }

  private async ask(rejected: AccountInfo): Promise<boolean> {
    if ((await this.prompt(rejected)) !== actionLabel('updateApiKey')) return false;
    const key = await promptForApiKey({ prompt: t('The key of {0} was rejected. Paste a valid AgentHuman API key for it.', quotedAccount(rejected)) });
    if (key === undefined) return false;
    const result = await this.account.setKey(key, rejected.id);
    if (result.outcome === 'existing') {
      void vscode.window.showWarningMessage(
        t('This key is already added as {0}; the key of {1} was not changed. Use Switch Account… to work with {0}.', quotedAccount(result.account), quotedAccount(rejected)),
      );
      return false;
    }
    return this.account.current?.id === rejected.id;
  }
}

