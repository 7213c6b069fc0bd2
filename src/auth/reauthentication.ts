// One shared path for every 401: however many requests fail at once, the user sees one
// prompt. A key the user declined to replace is not asked about again until it changes,
// so polling with a rejected key does not nag.
import * as vscode from 'vscode';
import type { ApiKeyStore } from './apiKeyStore';
import { promptForApiKey } from './apiKeyPrompt';

export class Reauthentication implements vscode.Disposable {
  private pending: Promise<boolean> | undefined;
  private declined = false;
  private readonly subscription: vscode.Disposable;
  /** How many times the prompt was shown (for the log and tests). */
  promptCount = 0;

  constructor(
    private readonly keys: ApiKeyStore,
    private readonly prompt: () => Thenable<string | undefined> = () =>
      vscode.window.showWarningMessage('The AgentHuman API key was rejected.', 'Update API Key'),
  ) {
    this.subscription = keys.onDidChange(() => (this.declined = false));
  }

  /** True while the current key was rejected and the user chose not to replace it. */
  get keyRejected(): boolean {
    return this.declined;
  }

  /** Resolves true when the user stored a new key (the caller may retry). */
  handleUnauthorized(): Promise<boolean> {
    if (this.declined) return Promise.resolve(false);
    this.pending ??= this.ask().finally(() => (this.pending = undefined));
    return this.pending;
  }

  private async ask(): Promise<boolean> {
    this.promptCount++;
    const choice = await this.prompt();
    const updated = choice === 'Update API Key' && (await promptForApiKey(this.keys, 'The previous key was rejected. Paste a valid AgentHuman API key.'));
    this.declined = !updated;
    return updated;
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
