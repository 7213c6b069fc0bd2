// Which links a command acts on: the tree item(s) it was invoked on, a link passed by
// id, or, from the command palette, a QuickPick of links searchable by name, agent and id.
import * as vscode from 'vscode';
import type { Link } from '../api/schemas';
import type { Services } from '../services';
import { linkDisplayName } from './linkLabel';

/** Anything a command may be invoked with that identifies a link. */
export type LinkArgument = Link | { link: Link } | { linkId: string } | string;

function linkOf(services: Services, arg: unknown): Link | undefined {
  if (!arg) return undefined;
  if (typeof arg === 'string') return services.links.find(arg);
  if (typeof arg !== 'object') return undefined;
  const record = arg as Record<string, unknown>;
  if (typeof record.link_id === 'string' && typeof record.url === 'string') return arg as Link;
  if (record.link && typeof record.link === 'object') return linkOf(services, record.link);
  if (typeof record.linkId === 'string') return services.links.find(record.linkId);
  return undefined;
}

export interface PickOptions {
  placeHolder: string;
  canPickMany?: boolean;
  /** Only links this accepts are offered (e.g. only active ones for Pause). */
  filter?: (link: Link) => boolean;
  /** Said when no link qualifies, e.g. "There is no active link to pause." */
  noneMessage?: string;
  /**
   * Said when the link passed to the command does not pass `filter` (e.g. Pause on a paused
   * link); without it the picker opens instead.
   */
  ineligibleMessage?: (link: Link) => string;
}

/**
 * The links a command should act on. Tree commands get `(clicked, selected[])`; the
 * palette passes nothing and gets a picker. Resolves undefined when the user cancels
 * or nothing qualifies (after saying so).
 */
export async function resolveLinks(
  services: Services,
  clicked: unknown,
  selected: unknown,
  options: PickOptions,
): Promise<Link[] | undefined> {
  if (typeof clicked === 'string' && !services.links.find(clicked)) {
    // An id from a test, a keybinding or another extension, maybe before the list was
    // loaded (the view not shown yet) or for a link created elsewhere: load once and look again.
    await services.links.refresh().catch(() => undefined);
  }
  if (clicked !== undefined) {
    const fromSelection = Array.isArray(selected) ? selected.map((s) => linkOf(services, s)).filter((l): l is Link => !!l) : [];
    const first = linkOf(services, clicked);
    // VS Code passes the whole selection only when the clicked item is part of it.
    const links = first && fromSelection.some((l) => l.link_id === first.link_id) ? fromSelection : first ? [first] : [];
    const eligible = options.filter ? links.filter(options.filter) : links;
    if (eligible.length) return options.canPickMany ? eligible : eligible.slice(0, 1);
    if (first && options.ineligibleMessage) {
      void vscode.window.showInformationMessage(options.ineligibleMessage(first));
      return undefined;
    }
    if (typeof clicked === 'string' && !first) {
      void vscode.window.showErrorMessage(`No loaded link has the id ${clicked}. Refresh the links and try again.`);
      return undefined;
    }
  }
  return pickLinks(services, options);
}

export async function pickLinks(services: Services, options: PickOptions): Promise<Link[] | undefined> {
  const { links, errors } = services;
  if (!links.loaded || links.lastError) {
    try {
      await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: 'Loading AgentHuman links…' },
        () => links.refresh(),
      );
    } catch (error) {
      if (!links.loaded) {
        errors.report(error, 'Could not load the links');
        return undefined;
      }
      // Offer the stale list rather than nothing; the view says it is stale.
    }
  }
  const candidates = options.filter ? links.links.filter(options.filter) : [...links.links];
  if (!candidates.length) {
    void vscode.window.showInformationMessage(options.noneMessage ?? 'There are no AgentHuman links yet.');
    return undefined;
  }
  type Item = vscode.QuickPickItem & { link: Link };
  const items: Item[] = candidates.map((link) => ({
    label: linkDisplayName(link),
    description: `${link.agent.name} · ${link.status}`,
    detail: `${link.link_id} · ${link.url}`,
    link,
  }));
  const title = 'AgentHuman Links';
  if (options.canPickMany) {
    const picked = await vscode.window.showQuickPick(items, {
      title, placeHolder: options.placeHolder, canPickMany: true, matchOnDescription: true, matchOnDetail: true, ignoreFocusOut: true,
    });
    return picked?.length ? picked.map((p) => p.link) : undefined;
  }
  const picked = await vscode.window.showQuickPick(items, {
    title, placeHolder: options.placeHolder, matchOnDescription: true, matchOnDetail: true, ignoreFocusOut: true,
  });
  return picked ? [picked.link] : undefined;
}
