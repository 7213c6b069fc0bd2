// Wiring only: create the shared services and let each feature register itself.
// Activation does no network request and no heavy work; the links load when the view
// is shown or a command needs them.
import vscode = require('vscode');
import { createLazyClient } from './api/lazyClient';
import { registerApiKeyCommands } from './auth/apiKeyCommands';
import { ApiKeyStore } from './auth/apiKeyStore';
import { Reauthentication } from './auth/reauthentication';
import { registerLinkCommands } from './commands/registerLinkCommands';
import { ErrorReporter } from './errors/errorReporter';
import { registerLinkFlows } from './flows/registerLinkFlows';
import { LinkStore } from './links/linkStore';
import { registerQrCode } from './qr/registerQrCode';
import { systemClock } from './clock';
import type { Services } from './services';
import { affects, apiBaseUrl } from './settings/settings';
import { registerLinksView } from './tree/registerLinksView';

export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('AgentHuman', { log: true });
  const keys = new ApiKeyStore(context.secrets);
  const reauth = new Reauthentication(keys);
  const version = String((context.extension.packageJSON as { version?: string }).version ?? '0.0.0');
  const clock = systemClock;
  const client = createLazyClient({
    baseUrl: apiBaseUrl,
    apiKey: () => keys.get(),
    userAgent: `agenthuman-links-vscode/${version} (VS Code ${vscode.version})`,
    now: clock,
    onRequest: ({ method, path, status, durationMs, attempt, error }) => {
      const line = `${method} ${path} → ${status ?? error ?? 'no answer'} (${Math.round(durationMs)} ms${attempt ? `, retry ${attempt}` : ''})`;
      if (error) log.warn(line);
      else log.info(line);
      if (status !== undefined && status < 300) reauth.clearRejection();
    },
  });
  const links = new LinkStore(client, context.globalState, apiBaseUrl, (message) => log.warn(message), clock);
  const errors = new ErrorReporter(log, reauth, clock);
  context.subscriptions.push(
    log, keys, reauth, links,
    // Another key or another server is another account: a rate-limit budget of its own and
    // no rejection carried over. Registered before the view, whose listeners then reload.
    keys.onDidChange(() => client.reset()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!affects(event, 'apiBaseUrl')) return;
      client.reset();
      reauth.clearRejection();
    }),
  );

  const services: Services = { context, client, keys, reauth, links, errors, log, clock };
  registerApiKeyCommands(services);
  registerLinksView(services);
  registerLinkCommands(services);
  registerLinkFlows(services);
  registerQrCode(services);
  context.subscriptions.push(vscode.commands.registerCommand('agenthuman.showLog', () => log.show()));
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
