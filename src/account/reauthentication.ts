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

export const UPDATE_API_KEY = 'Update API Key';

export class Reauthentication {
  private pending: Promise<boolean> | undefined;

  constructor(
    private readonly account: Account,
    private readonly prompt: (rejected: AccountInfo) => Thenable<string | undefined> = (rejected) =>
      vscode.window.showWarningMessage(`The AgentHuman API key was rejected (account ${quotedAccount(rejected)}).`, UPDATE_API_KEY),
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
    if ((await this.prompt(rejected)) !== UPDATE_API_KEY) return false;
    const key = await promptForApiKey({ prompt: `The key of ${quotedAccount(rejected)} was rejected. Paste a valid AgentHuman API key for it.` });
    if (key === undefined) return false;
    const result = await this.account.setKey(key, rejected.id);
    if (result.outcome === 'existing') {
      void vscode.window.showWarningMessage(
        `This key is already added as ${quotedAccount(result.account)}; the key of ${quotedAccount(rejected)} was not changed. Use Switch Account… to work with ${quotedAccount(result.account)}.`,
      );
      return false;
    }
    return this.account.current?.id === rejected.id;
  }
}
