// "AgentHuman: Set API Key" and "AgentHuman: Remove API Key", and the `agenthuman.hasApiKey`
// context key that the view's welcome content and menus use.
import vscode = require('vscode');
import { COMMAND, CONTEXT } from '../commandIds';
import { type CommandHost, registerSafeCommand } from '../failures/safeCommand';
import type { Account } from './account';
import { normalizeApiKey, validateApiKeyFormat } from './apiKeyFormat';
import { promptForApiKey } from './apiKeyPrompt';

export interface AccountCommandsHost extends CommandHost {
  readonly account: Account;
  readonly log: vscode.LogOutputChannel;
}

export function registerAccountCommands(services: AccountCommandsHost): void {
  const { context, account, failures, log } = services;

  const updateContextKey = async () => {
    let hasKey = false;
    try {
      hasKey = (await account.key()) !== undefined;
    } catch (error) {
      failures.report(error, { action: 'Could not read the AgentHuman API key' });
    }
    await vscode.commands.executeCommand('setContext', CONTEXT.hasApiKey, hasKey);
  };

  context.subscriptions.push(
    account.onDidChangeAccount((change) => {
      log.info(change.reason === 'key'
        ? 'The API key changed: this is another account; what was held of the previous one is dropped.'
        : 'The API base URL changed: this is another account; what was held of the previous one is dropped.');
      if (change.reason === 'key') void updateContextKey();
    }),
  );

  // An argument lets keybindings, tasks and tests set the key without the prompt; it is
  // checked like typed input.
  registerSafeCommand(services, COMMAND.setApiKey, 'Could not save the AgentHuman API key', async (key?: unknown) => {
    if (typeof key === 'string') {
      const problem = validateApiKeyFormat(key);
      if (problem) {
        void vscode.window.showErrorMessage(`Could not set the AgentHuman API key: ${problem}`);
        return false;
      }
      await account.setKey(normalizeApiKey(key));
    } else if (!(await promptForApiKey(account))) {
      return false;
    }
    vscode.window.setStatusBarMessage('$(check) AgentHuman API key saved', 4000);
    return true;
  });

  registerSafeCommand(services, COMMAND.removeApiKey, 'Could not remove the AgentHuman API key', async () => {
    if (!(await account.key())) {
      void vscode.window.showInformationMessage('No AgentHuman API key is set.');
      return;
    }
    const remove = 'Remove Key';
    const choice = await vscode.window.showWarningMessage(
      'Remove the AgentHuman API key from VS Code?',
      { modal: true, detail: 'The links view stays empty until a key is set again. The key itself stays valid in your AgentHuman account.' },
      remove,
    );
    if (choice !== remove) return;
    await account.removeKey();
    vscode.window.setStatusBarMessage('$(check) AgentHuman API key removed', 4000);
  });

  void updateContextKey();
}
