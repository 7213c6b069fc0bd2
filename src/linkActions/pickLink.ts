// Which links a command acts on: the tree item(s) it was invoked on, a link passed by
// id, or, from the command palette, a QuickPick of links searchable by name, agent and id.
import vscode = require('vscode');
import type { Link } from '../api/schemas';
import type { Services } from '../services';
import { linkPickItem } from '../links/linkNames';
import { inertText } from '../text/inertText';
import { t } from '../text/translate';

/** Anything a command may be invoked with that identifies a link. */
export type LinkArgument = Link | { link: Link } | { linkId: string } | string;

function linkOf(services: Services, arg: unknown): Link | undefined {
  if (!arg) return undefined;
  if (typeof arg === 'string') return services.store.find(arg);
  if (typeof arg !== 'object') return undefined;
  const record = arg as Record<string, unknown>;
  if (typeof record.link_id === 'string' && typeof record.url === 'string') return arg as Link;
  if (record.link && typeof record.link === 'object') return linkOf(services, record.link);
  if (typeof record.linkId === 'string') return services.store.find(record.linkId);
  return undefined;
}

/** The id a command was given as a string or `{ linkId }`, if that is how it was given. */
function idArgument(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  const linkId = arg && typeof arg === 'object' ? (arg as { linkId?: unknown }).linkId : undefined;
  return typeof linkId === 'string' ? linkId : undefined;
}

/**
 * A link by id: from the list held, else with one GET — the list may not be loaded yet
 * (the view not shown), may be filtered to another status, or the link new elsewhere.
 * Says so and resolves undefined when there is no such link.
 */
async function linkById(services: Services, linkId: string): Promise<Link | undefined> {
  const known = services.store.find(linkId);
  if (known) return known;
  try {
    return await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: t('Loading AgentHuman link {0}…', inertText(linkId)) },
      () => services.client.getLink(linkId),
    );
  } catch (error) {
    services.failures.report(error, { action: t('Could not find the link {0}', inertText(linkId)) });
    return undefined;
  }
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
  if (clicked !== undefined) {
    const fromSelection = Array.isArray(selected) ? selected.map((s) => linkOf(services, s)).filter((l): l is Link => !!l) : [];
    const id = idArgument(clicked);
    const first = id ? await linkById(services, id) : linkOf(services, clicked);
    if (id && !first) return undefined; // already said why
    // VS Code passes the whole selection only when the clicked item is part of it.
    const links = first && fromSelection.some((l) => l.link_id === first.link_id) ? fromSelection : first ? [first] : [];
    const eligible = options.filter ? links.filter(options.filter) : links;
    if (eligible.length) return options.canPickMany ? eligible : eligible.slice(0, 1);
    if (first && options.ineligibleMessage) {
      void vscode.window.showInformationMessage(options.ineligibleMessage(first));
      return undefined;
    }
  }
  return pickLinks(services, options);
}

/**
 * Every link of the account, for a picker: the list held when it is complete and current,
 * else one GET. The view may be filtered to one status; the picker is not.
 */
async function allLinks(services: Services): Promise<readonly Link[] | undefined> {
  const { store, client, failures } = services;
  const complete = store.statusFilter === 'all';
  if (complete && store.loaded && !store.lastError) return store.links;
  try {
    return await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: t('Loading AgentHuman links…') },
      async () => (complete ? (await store.refresh(), store.links) : client.listLinks('all')),
    );
  } catch (error) {
    // Offer a stale list rather than nothing; the view says it is stale.
    if (complete && store.loaded) return store.links;
    failures.report(error, { action: t('Could not load the links') });
    return undefined;
  }
}

export async function pickLinks(services: Services, options: PickOptions): Promise<Link[] | undefined> {
  const all = await allLinks(services);
  if (!all) return undefined;
  const candidates = options.filter ? all.filter(options.filter) : [...all];
  if (!candidates.length) {
    void vscode.window.showInformationMessage(options.noneMessage ?? t('There are no AgentHuman links yet.'));
    return undefined;
  }
  type Item = vscode.QuickPickItem & { link: Link };
  const now = services.clock();
  const items: Item[] = candidates.map((link) => ({ ...linkPickItem(link, now), link }));
  const title = t('AgentHuman Links');
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
