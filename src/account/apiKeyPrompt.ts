// The password input for an API key, checked as the user types. It only asks: the caller decides
// whether the key becomes a new account or the new key of one.
import vscode = require('vscode');
import { normalizeApiKey, validateApiKeyFormat } from './apiKeyFormat';
import { t } from '../text/translate';

/** Asks for a key. Resolves it (trimmed), or undefined on Esc. */
export async function promptForApiKey(options: { title?: string; prompt?: string } = {}): Promise<string | undefined> {
  const value = await vscode.window.showInputBox({
    title: options.title ?? t('AgentHuman API Key'),
    prompt: options.prompt ?? t("Paste an API key from the AgentHuman dashboard (Settings → API Keys). It is kept in VS Code's secret storage."),
    placeHolder: t('ah_live_… or ah_test_…'),
    password: true,
    ignoreFocusOut: true,
    validateInput: (text) => validateApiKeyFormat(text),
  });
  return value === undefined ? undefined : normalizeApiKey(value);
}
