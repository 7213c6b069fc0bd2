// "AgentHuman: Set API Key" and "AgentHuman: Remove API Key", and the
// `agenthuman.hasApiKey` context key that the view's welcome content and menus use.
import vscode = require('vscode');
import type { Services } from '../services';
import { normalizeApiKey, validateApiKeyFormat } from './apiKeyFormat';
import { promptForApiKey } from './apiKeyPrompt';

export function registerApiKeyCommands(services: Services): void {
  const { context, keys, links, errors, log } = services;

  const updateContextKey = async () => {
    let hasKey = false;
    try {
      hasKey = (await keys.get()) !== undefined;
    } catch (error) {
      errors.report(error, 'Could not read the AgentHuman API key');
    }
    await vscode.commands.executeCommand('setContext', 'agenthuman.hasApiKey', hasKey);
  };

  context.subscriptions.push(
    keys.onDidChange(() => {
      log.info('The API key changed; the cached links of the previous key are dropped.');
      links.clear().catch((error: unknown) => log.warn(`Could not drop the offline copy of the previous key's links: ${String(error)}`));
      void updateContextKey();
    }),

    // An argument lets keybindings, tasks and tests set the key without the prompt; it
    // is checked like typed input.
    vscode.commands.registerCommand('agenthuman.setApiKey', async (key?: unknown) => {
      try {
        if (typeof key === 'string') {
          const problem = validateApiKeyFormat(key);
          if (problem) {
            void vscode.window.showErrorMessage(`Could not set the AgentHuman API key: ${problem}`);
            return false;
          }
          await keys.set(normalizeApiKey(key));
        } else if (!(await promptForApiKey(keys))) {
          return false;
        }
        vscode.window.setStatusBarMessage('$(check) AgentHuman API key saved', 4000);
        return true;
      } catch (error) {
        errors.report(error, 'Could not save the AgentHuman API key');
        return false;
      }
    }),

    vscode.commands.registerCommand('agenthuman.removeApiKey', async () => {
      try {
        if (!(await keys.get())) {
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
        await keys.delete();
        vscode.window.setStatusBarMessage('$(check) AgentHuman API key removed', 4000);
      } catch (error) {
        errors.report(error, 'Could not remove the AgentHuman API key');
      }
    }),
  );

  void updateContextKey();
}
