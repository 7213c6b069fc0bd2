// One shared path for every 401: however many requests fail at once, the user sees one
// prompt. The account stands rejected until its key changes or a request succeeds, so that
// automatic requests (the view's polling) stop instead of nagging; a request the user makes is
// always answered.
import vscode = require('vscode');
import type { Account } from './account';
import { promptForApiKey } from './apiKeyPrompt';

export const UPDATE_API_KEY = 'Update API Key';

export class Reauthentication {
  private pending: Promise<boolean> | undefined;

  constructor(
    private readonly account: Account,
    private readonly prompt: () => Thenable<string | undefined> = () =>
      vscode.window.showWarningMessage('The AgentHuman API key was rejected.', UPDATE_API_KEY),
  ) {}

  /**
   * Marks the account rejected and shows the prompt, or joins the one already showing.
   * Resolves true when the user stored a new key (the caller may retry).
   */
  handleUnauthorized(): Promise<boolean> {
    this.account.markRejected();
    this.pending ??= this.ask().finally(() => (this.pending = undefined));
    return this.pending;
  }

  private async ask(): Promise<boolean> {
    const choice = await this.prompt();
    return choice === UPDATE_API_KEY && (await promptForApiKey(this.account, 'The previous key was rejected. Paste a valid AgentHuman API key.'));
  }
}
