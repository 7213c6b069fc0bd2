// The reporter's screen in VS Code: an error notification, the shared re-authentication, and
// the fixes its buttons run. Details go to the log, never a stack trace to a notification.
import vscode = require('vscode');
import type { Clock } from '../clock';
import { COMMAND } from '../commandIds';
import type { ReportUi } from './reporter';

export interface VsCodeReportDeps {
  log: vscode.LogOutputChannel;
  /** The account's one re-authentication prompt: resolves true when a new key was stored. */
  reauthenticate(): Promise<boolean>;
  /** The API host, for network messages. */
  host(): string;
  clock: Clock;
}

export function vscodeReportUi({ log, reauthenticate, host, clock }: VsCodeReportDeps): ReportUi {
  return {
    showError: (message, labels) => vscode.window.showErrorMessage(message, ...labels),
    reauthenticate,
    async runAction(action) {
      switch (action) {
        case 'setApiKey':
        case 'updateApiKey':
          await vscode.commands.executeCommand(COMMAND.setApiKey);
          return;
        case 'showLog':
          log.show(true);
          return;
        case 'openSettings':
          await vscode.commands.executeCommand('workbench.action.openSettings', 'agenthuman.apiBaseUrl');
          return;
        case 'refresh':
          await vscode.commands.executeCommand(COMMAND.refresh);
          return;
      }
    },
    logError: (message) => log.error(message),
    host,
    now: clock,
    language: () => vscode.env.language,
  };
}
