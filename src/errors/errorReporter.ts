// Shows a failure to the user: one clear message with the buttons that fix it. Every
// 401 goes through the shared re-authentication path. Details go to the log, never a
// stack trace to a notification.
import vscode = require('vscode');
import { isAgentHumanError } from '../api/errors';
import { SecretStorageError } from '../auth/apiKeyStore';
import type { Clock } from '../clock';
import type { Reauthentication } from '../auth/reauthentication';
import { apiBaseUrl } from '../settings/settings';
import { ACTION_LABELS, describeError, type ErrorAction } from './errorMessages';

export interface ReportOptions {
  /** Offered as "Retry"; also run after the user replaced a rejected key. */
  retry?: () => unknown;
}

export class ErrorReporter {
  constructor(
    private readonly log: vscode.LogOutputChannel,
    private readonly reauth: Reauthentication,
    private readonly clock: Clock,
  ) {}

  /**
   * Logs the failure and shows it. Returns at once: a notification's promise settles
   * only when the user acts on it, and no command should wait for that.
   * @param action what failed, e.g. "Could not pause link “Demo”"
   */
  report(error: unknown, action: string, options: ReportOptions = {}): void {
    this.show(error, action, options).catch((failure: unknown) =>
      this.log.error(`While reporting "${action}": ${failure instanceof Error ? failure.message : String(failure)}`),
    );
  }

  private async show(error: unknown, action: string, options: ReportOptions): Promise<void> {
    this.log.error(`${action}: ${error instanceof Error ? error.message : String(error)}`);
    if (isAgentHumanError(error, 'unauthorized')) {
      if ((await this.reauth.handleUnauthorized()) && options.retry) await options.retry();
      return;
    }
    if (error instanceof SecretStorageError) {
      void vscode.window.showErrorMessage(error.message);
      return;
    }
    const host = hostOf(apiBaseUrl());
    const { message, actions } = describeError(error, action, host, this.clock());
    const offered = actions.filter((a) => a !== 'retry' || options.retry);
    const choice = await vscode.window.showErrorMessage(message, ...offered.map((a) => ACTION_LABELS[a]));
    const chosen = offered.find((a) => ACTION_LABELS[a] === choice);
    if (chosen) await this.runAction(chosen, options);
  }

  /** Runs the fix an error message offers (Set API Key, Show Log, Refresh Links, …); Retry runs `options.retry`. */
  async runAction(action: ErrorAction, options: ReportOptions = {}): Promise<void> {
    switch (action) {
      case 'retry':
        await options.retry?.();
        return;
      case 'setApiKey':
      case 'updateApiKey':
        await vscode.commands.executeCommand('agenthuman.setApiKey');
        return;
      case 'showLog':
        this.log.show(true);
        return;
      case 'openSettings':
        await vscode.commands.executeCommand('workbench.action.openSettings', 'agenthuman.apiBaseUrl');
        return;
      case 'refresh':
        await vscode.commands.executeCommand('agenthuman.refresh');
        return;
    }
  }
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
