// Activation: wiring only, and only what VS Code needs once the activation it caused is over.
// Every command is registered as a stub and the Links view is created over a provider that
// loads the extension itself (core.ts, dist/core.js) when first asked (the Accounts view shows
// only once the extension has counted the accounts: core.ts creates it). So the rest of the
// extension loads in a task of its own right after the activation (the view's badge, the
// Accounts menu, the problems of links in open files), or sooner if a command or the view asks
// for it, and the activation loads a few kilobytes instead of the whole extension: what caused
// it (a command, the view being opened) is not kept waiting, and an opening view gets its items
// without waiting a while first. No network request here.
import vscode = require('vscode');
import { COMMAND, LINKS_VIEW_ID } from './commandIds';
import { registerCommandStubs } from './startup/commandStubs';
import { createLazyView } from './startup/lazyView';
import type { Shell } from './startup/shell';
import { t, useTranslator } from './text/translate';

/** When the rest of the extension loads if nothing asked for it before: the next task. */
const CORE_DELAY_MS = 0;

export function activate(context: vscode.ExtensionContext): void {
  useTranslator((message, ...args) => vscode.l10n.t(message, ...args)); // first: every text from here on is in the user's language
  let core: Promise<void> | undefined;
  const start = (): Promise<void> => (core ??= import('./core.js').then(({ startCore }) => startCore(context, shell)));
  const shell: Shell = {
    commandStubs: registerCommandStubs(Object.values(COMMAND), start),
    linksView: createLazyView(context, LINKS_VIEW_ID, { canSelectMany: true }, start),
  };
  context.subscriptions.push(shell.commandStubs);
  const timer = setTimeout(() => start().catch((error: unknown) => {
    console.error('AgentHuman Links did not start:', error); // the stack, for the extension host's log
    void vscode.window.showErrorMessage(t('AgentHuman Links could not start: {0}. Reload the window to try again.', error instanceof Error ? error.message : String(error)));
  }), CORE_DELAY_MS);
  context.subscriptions.push({ dispose: () => clearTimeout(timer) });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
