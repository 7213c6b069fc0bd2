// One shared path for every 401: however many requests fail at once, the user sees one
// prompt. Automatic requests (the view's polling) stop while the key stands rejected, so
// nothing nags; a request the user makes is always answered.
import vscode = require('vscode');
import type { ApiKeyStore } from './apiKeyStore';
import { promptForApiKey } from './apiKeyPrompt';

export class Reauthentication implements vscode.Disposable {
  private pending: Promise<boolean> | undefined;
  private rejected = false;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly keys: ApiKeyStore,
    private readonly prompt: () => Thenable<string | undefined> = () =>
      vscode.window.showWarningMessage('The AgentHuman API key was rejected.', 'Update API Key'),
  ) {
    this.subscription = keys.onDidChange(() => (this.rejected = false));
  }

  /** True from a 401 until the key changes or a request succeeds. */
  get keyRejected(): boolean {
    return this.rejected;
  }

  /** A request succeeded, or the server changed: no rejection stands. */
  clearRejection(): void {
    this.rejected = false;
  }

  /**
   * Shows the prompt, or joins the one already showing. Resolves true when the user
   * stored a new key (the caller may retry).
   */
  handleUnauthorized(): Promise<boolean> {
    this.rejected = true;
    this.pending ??= this.ask().finally(() => (this.pending = undefined));
    return this.pending;
  }

  private async ask(): Promise<boolean> {
    const choice = await this.prompt();
    return choice === 'Update API Key' && (await promptForApiKey(this.keys, 'The previous key was rejected. Paste a valid AgentHuman API key.'));
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
