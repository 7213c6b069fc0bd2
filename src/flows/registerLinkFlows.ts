// Wires the create / edit flows to VS Code: notifications, progress, clipboard, the Links view,
// the link store and the reporter. The flows themselves are loaded on first use from
// linkFlows.ts (dist/linkFlows.js).
//
//   agenthuman.createLink()                                  interactive (5 steps)
//   agenthuman.createLink({ agentId, name?, expiresAt?, useLimit? })   no prompts
//   agenthuman.createLink({ prefillFrom: linkId })           interactive, prefilled from that link
//   agenthuman.editLink(item?, selection?)                   interactive (palette: link picker)
//   agenthuman.editLink(linkOrId, { name?, status?, expiresAt?, useLimit? })   no prompts
//   agenthuman.renameLink(item?, selection?)                 the name step of Edit Link, then one PUT
// Each returns the resulting Link, or undefined.
import vscode = require('vscode');
import type { Link } from '../api/schemas';
import { COMMAND } from '../commandIds';
import { registerSafeCommand } from '../failures/safeCommand';
import { resolveLinks } from '../linkActions/pickLink';
import type { Services } from '../services';
import { copyOnCreate } from '../settings/settings';
import { actionLabel } from '../failures/describeError';
import { t } from '../text/translate';
import type { AgentCache, FlowUi } from './flowDeps';
import type { FlowServices } from './linkFlows';
import { forgetAgents } from './common/agentSource';

export function registerLinkFlows(services: Services): void {
  const agentCache: AgentCache = {};
  // Another account has other agents.
  services.context.subscriptions.push(services.account.onDidChangeAccount(() => forgetAgents(agentCache)));
  const flows = () => import('./linkFlows.js');
  const deps = (): FlowServices => ({
    client: services.client,
    links: services.store,
    ui: vscodeFlowUi(services),
    failures: services.failures,
    copyOnCreate,
    agentCache,
    now: services.clock,
    language: vscode.env.language,
  });

  // Unexpected failures are reported, never thrown at the caller; each resolves the Link or undefined.
  registerSafeCommand(services, COMMAND.createLink, t('Could not create the link'), async (args?: unknown): Promise<Link | undefined> => {
    if (!(await hasKey(services))) return undefined;
    return (await flows()).createLink(deps(), args);
  });
  registerSafeCommand(services, COMMAND.editLink, t('Could not edit the link'), async (target?: unknown, second?: unknown): Promise<Link | undefined> => {
    if (!(await hasKey(services))) return undefined;
    const { editLink, isEditLinkArgs } = await flows();
    // With changes as the second argument, the first names the link (a Link, a tree item
    // or an id); otherwise the second is the tree's selection.
    const changes = isEditLinkArgs(second) ? second : undefined;
    const picked = await resolveLinks(services, target, changes ? undefined : second, { placeHolder: t('Choose the link to edit') });
    const link = picked?.[0];
    if (!link) return undefined;
    // The list's copy is the freshest (an argument may be an old snapshot).
    return editLink(deps(), services.store.find(link.link_id) ?? link, changes);
  });
  registerSafeCommand(services, COMMAND.renameLink, t('Could not rename the link'), async (target?: unknown, selection?: unknown): Promise<Link | undefined> => {
    if (!(await hasKey(services))) return undefined;
    const [link] = (await resolveLinks(services, target, selection, { placeHolder: t('Choose the link to rename') })) ?? [];
    if (!link) return undefined;
    return (await flows()).renameLink(deps(), services.store.find(link.link_id) ?? link);
  });
}

async function hasKey(services: Services): Promise<boolean> {
  if (await services.account.key()) return true;
  void vscode.window.showInformationMessage(t('Set your AgentHuman API key first.'), actionLabel('setApiKey')).then((choice) => {
    if (choice) void vscode.commands.executeCommand(COMMAND.setApiKey);
  });
  return false;
}

function vscodeFlowUi(services: Services): FlowUi {
  const { log } = services;
  const show = (level: 'info' | 'warning' | 'error', message: string, labels: string[]) =>
    level === 'error'
      ? vscode.window.showErrorMessage(message, ...labels)
      : level === 'warning'
        ? vscode.window.showWarningMessage(message, ...labels)
        : vscode.window.showInformationMessage(message, ...labels);
  return {
    notify(level, message, actions = []) {
      Promise.resolve(show(level, message, actions.map((action) => action.label)))
        .then((choice) => actions.find((action) => action.label === choice)?.run())
        .catch((error: unknown) => log.error(`AgentHuman: ${error instanceof Error ? error.message : String(error)}`));
    },
    progress(title, task) {
      return Promise.resolve(vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title }, () => task()));
    },
    async copy(text) {
      await vscode.env.clipboard.writeText(text);
      vscode.window.setStatusBarMessage(`$(check) ${t('Link URL copied')}`, 3000);
    },
    async open(url) {
      await vscode.env.openExternal(vscode.Uri.parse(url));
    },
    async reveal(link) {
      // Registered by the Links view (linksView/viewCommands.ts).
      await vscode.commands.executeCommand(COMMAND.revealLink, link.link_id);
    },
    log: (message) => log.info(message),
  };
}
