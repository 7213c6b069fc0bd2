// The extension itself, loaded after activation (see extension.ts): creates the shared services
// and lets each feature register itself. Loaded when first needed (a command, a view shown) or
// shortly after activation; no network request here either, and no heavy work: the links load
// when the view is shown or a command needs them.
import vscode = require('vscode');
import { createAccountClient } from './account/accountClient';
import { addAccount, registerAccountCommands } from './account/accountCommands';
import { registerAccountsView } from './account/accountsView';
import { registerAuthenticationProvider } from './account/authenticationProvider';
import { createAccount } from './account/createAccount';
import { Reauthentication } from './account/reauthentication';
import { hostOf } from './api/baseUrl';
import { systemClock } from './clock';
import { COMMAND } from './commandIds';
import { Reporter } from './failures/reporter';
import { vscodeReportUi } from './failures/vscodeReportUi';
import { registerLinkFlows } from './flows/registerLinkFlows';
import { registerLinkActions } from './linkActions/registerLinkActions';
import { fileListCache } from './links/fileListCache';
import { LinkStore } from './links/linkStore';
import { usageNoteFor } from './linkUsages/findUsages';
import { registerLinkUsages } from './linkUsages/registerLinkUsages';
import { registerLinksView } from './linksView/registerLinksView';
import { registerQrCode } from './qr/registerQrCode';
import type { Services } from './services';
import type { Shell } from './startup/shell';
import { AttentionIndicator } from './statusBar/attentionIndicator';
import { QueueIndicator } from './statusBar/queueIndicator';

/** Resolves once the current account's cached list is read: a command run then finds its links. */
export function startCore(context: vscode.ExtensionContext, shell: Shell): Promise<void> {
  // The real commands replace the stubs, in the same task: no moment without them.
  shell.commandStubs.dispose();
  const clock = systemClock;
  const log = vscode.window.createOutputChannel('AgentHuman', { log: true });
  const account = createAccount(context, log);
  const queueIndicator = new QueueIndicator(clock);
  const version = String((context.extension.packageJSON as { version?: string }).version ?? '0.0.0');
  const client = createAccountClient(account, {
    userAgent: `agenthuman-links-vscode/${version} (VS Code ${vscode.version})`,
    now: clock,
    onRequest: ({ method, path, status, durationMs, attempt, error }) => {
      const line = `${method} ${path} → ${status ?? error ?? 'no answer'} (${Math.round(durationMs)} ms${attempt ? `, retry ${attempt}` : ''})`;
      if (error) log.warn(line);
      else log.info(line);
    },
    onQueueChange: (state) => queueIndicator.update(state),
  });
  const store = new LinkStore({
    client,
    cache: fileListCache(context.globalStorageUri, context.globalState),
    baseUrl: () => account.baseUrl,
    accountId: () => account.current?.id,
    onDidChangeAccount: account.onDidChangeAccount,
    onDidChangeAccountList: account.onDidChangeAccountList,
    warn: (message) => log.warn(message),
    clock,
  });
  const reauthentication = new Reauthentication(account);
  const failures = new Reporter(vscodeReportUi({
    log,
    reauthenticate: () => reauthentication.handleUnauthorized(),
    host: () => hostOf(account.baseUrl),
    clock,
  }));
  context.subscriptions.push(log, account, client, store, queueIndicator);

  const services: Services = { context, account, client, store, failures, log, clock };
  registerAccountCommands(services);
  registerAuthenticationProvider(services, () => addAccount(account));
  registerAccountsView(context, account);
  registerLinksView(services, shell.linksView.attach);
  registerLinkActions(services, (links) => usageNoteFor(services, links));
  registerLinkFlows(services);
  registerQrCode(services);
  registerLinkUsages(services);
  context.subscriptions.push(new AttentionIndicator(store, clock));
  context.subscriptions.push(vscode.commands.registerCommand(COMMAND.showLog, () => log.show()));
  return store.cacheRead;
}
