// The Account over VS Code: its secret storage and globalState, the base URL setting, and the
// window's focus (when another window may have changed the accounts).
import vscode = require('vscode');
import { affects, apiBaseUrl } from '../settings/settings';
import { Account } from './account';

export function createAccount(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): Account {
  return new Account({
    secrets: context.secrets,
    state: context.globalState,
    baseUrl: apiBaseUrl,
    onDidChangeBaseUrl: (listener) =>
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affects(event, 'apiBaseUrl')) listener();
      }),
    onMayHaveChangedElsewhere: (listener) =>
      vscode.window.onDidChangeWindowState((state) => {
        if (state.focused) listener();
      }),
    warn: (message) => log.warn(message),
  });
}
