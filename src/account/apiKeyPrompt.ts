// The password input for the API key, checked as the user types.
import vscode = require('vscode');
import { normalizeApiKey, validateApiKeyFormat } from './apiKeyFormat';
import type { Account } from './account';

/** Asks for a key and stores it. Resolves true when a key was stored, false on Esc. */
export async function promptForApiKey(account: Account, reason?: string): Promise<boolean> {
  const value = await vscode.window.showInputBox({
    title: 'AgentHuman API Key',
    prompt: reason ?? 'Paste an API key from the AgentHuman dashboard (Settings → API Keys). It is kept in VS Code\'s secret storage.',
    placeHolder: 'ah_live_… or ah_test_…',
    password: true,
    ignoreFocusOut: true,
    validateInput: (text) => validateApiKeyFormat(text),
  });
  if (value === undefined) return false;
  await account.setKey(normalizeApiKey(value));
  return true;
}
