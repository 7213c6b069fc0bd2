// Wires the create / edit flows to VS Code: notifications, progress, clipboard, the
// shared re-authentication and the shared update path. The flows themselves are loaded
// on first use from linkFlows.ts (dist/linkFlows.js).
//
//   agenthuman.createLink()                                  interactive (5 steps)
//   agenthuman.createLink({ agentId, name?, expiresAt?, useLimit? })   no prompts
//   agenthuman.editLink(item?, selection?)                   interactive (palette: link picker)
//   agenthuman.editLink(linkOrId, { name?, status?, expiresAt?, useLimit? })   no prompts
// Each returns the resulting Link, or undefined.
import vscode = require('vscode');
import type { Link } from '../api/schemas';
import { registerSafeCommand } from '../commands/safeCommand';
import { hostOf } from '../errors/errorReporter';
import { resolveLinks } from '../links/pickLink';
import { sendLinkUpdate } from '../links/updateLink';
import type { Services } from '../services';
import { affects, apiBaseUrl, copyOnCreate } from '../settings/settings';
import type { AgentCache, FlowUi } from './flowDeps';
import type { FlowServices } from './linkFlows';

export function registerLinkFlows(services: Services): void {
  const agentCache: AgentCache = {};
  // Another key or another server may be another account: forget its agents.
  const forgetAgents = () => {
    delete agentCache.agents;
    delete agentCache.loadedAt;
    delete agentCache.unavailable;
  };
  services.context.subscriptions.push(
    services.keys.onDidChange(forgetAgents),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (affects(event, 'apiBaseUrl')) forgetAgents();
    }),
  );
  const flows = () => import('./linkFlows.js');
  const deps = (): FlowServices => ({
    client: services.client,
    links: services.links,
    ui: vscodeFlowUi(services),
    sendUpdate: (link, changes) => sendLinkUpdate(services, link, changes),
    agentCache,
    now: services.clock,
  });

  // Unexpected failures are reported, never thrown at the caller; each resolves the Link or undefined.
  registerSafeCommand(services, 'agenthuman.createLink', 'Could not create the link', async (args?: unknown): Promise<Link | undefined> => {
    if (!(await hasKey(services))) return undefined;
    return (await flows()).createLink(deps(), args);
  });
  registerSafeCommand(services, 'agenthuman.editLink', 'Could not edit the link', async (target?: unknown, second?: unknown): Promise<Link | undefined> => {
    if (!(await hasKey(services))) return undefined;
    const { editLink, isEditLinkArgs } = await flows();
    // With changes as the second argument, the first names the link (a Link, a tree item
    // or an id); otherwise the second is the tree's selection.
    const changes = isEditLinkArgs(second) ? second : undefined;
    const picked = await resolveLinks(services, target, changes ? undefined : second, { placeHolder: 'Choose the link to edit' });
    const link = picked?.[0];
    if (!link) return undefined;
    // The list's copy is the freshest (an argument may be an old snapshot).
    return editLink(deps(), services.links.find(link.link_id) ?? link, changes);
  });
}

async function hasKey(services: Services): Promise<boolean> {
  try {
    if (await services.keys.get()) return true;
  } catch (error) {
    services.errors.report(error, 'Could not read the API key');
    return false;
  }
  void vscode.window.showInformationMessage('Set your AgentHuman API key first.', 'Set API Key').then((choice) => {
    if (choice) void vscode.commands.executeCommand('agenthuman.setApiKey');
  });
  return false;
}

function vscodeFlowUi(services: Services): FlowUi {
  const { log } = services;
  return {
    show(level, message, ...labels) {
      if (level === 'error') return Promise.resolve(vscode.window.showErrorMessage(message, ...labels));
      if (level === 'warning') return Promise.resolve(vscode.window.showWarningMessage(message, ...labels));
      return Promise.resolve(vscode.window.showInformationMessage(message, ...labels));
    },
    progress(title, task) {
      return Promise.resolve(vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title }, () => task()));
    },
    background(task) {
      task().catch((error: unknown) => log.error(`AgentHuman: ${error instanceof Error ? error.message : String(error)}`));
    },
    async copy(text) {
      await vscode.env.clipboard.writeText(text);
      vscode.window.setStatusBarMessage('$(check) Link URL copied', 3000);
    },
    async open(url) {
      await vscode.env.openExternal(vscode.Uri.parse(url));
    },
    async reveal(link) {
      // Registered by the Links view (commands/registerViewCommands.ts).
      await vscode.commands.executeCommand('agenthuman.revealLink', link.link_id);
    },
    handleUnauthorized: () => services.reauth.handleUnauthorized(),
    runErrorAction: (action) => services.errors.runAction(action),
    copyOnCreate,
    apiHost: () => hostOf(apiBaseUrl()),
    log: (message) => log.info(message),
  };
}
