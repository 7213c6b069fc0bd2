// The commands on the Links view itself, registered beside it by registerLinksView.ts.
//   agenthuman.refresh()               → true when the list is now current
//   agenthuman.filterLinks(id?)        → the filter id applied ('all' | 'active' | 'paused' | 'expired' | 'attention'), undefined if cancelled
//   agenthuman.clearFilter()           → 'all'
//   agenthuman.groupLinks(groupBy?)    → 'none' | 'status' | 'agent', undefined if cancelled
//   agenthuman.sortLinks(sortBy?)      → 'created' | 'expiry' | 'uses' | 'name', undefined if cancelled
//   agenthuman.showLinksNeedingAttention() → shows the view filtered to the links that need attention
//   agenthuman.showMoreLinks(moreNode?) → true when more links show: the next page of the list the
//                                        "Show More" row ends, or (from the palette) of every list
//   agenthuman.runOnSelection(commandId) → (internal: the view's keybindings) runs a link command
//                                        on the selected links, as their context menu would
//   agenthuman.revealLink(linkId, { show? }) → true when the link was selected in the view (internal:
//                                        used after Create; with show, from a hover's "Reveal in
//                                        Links View": the view is shown; not in the palette)
import vscode = require('vscode');
import { COMMAND, LINKS_VIEW_ID } from '../commandIds';
import { registerSafeCommand } from '../failures/safeCommand';
import type { Services } from '../services';
import type { LinksView } from './linksView';
import type { MoreNode } from './linksTreeProvider';
import {
  ALL_LINKS, GROUP_BY_CHOICES, groupByLabel, type GroupBy, type LinkFilter, LINK_FILTERS, NEEDS_ATTENTION, SORT_CHOICES, sortLabel, type SortBy,
} from './viewOptions';
import { t } from '../text/translate';

export function registerViewCommands(services: Services, view: LinksView): void {
  registerSafeCommand(services, COMMAND.refresh, t('Could not refresh the links'), () => view.load('user'));
  registerSafeCommand(services, COMMAND.filterLinks, t('Could not filter the links'), (id) => chooseFilter(view, id));
  registerSafeCommand(services, COMMAND.clearFilter, t('Could not clear the filter'), () => clearFilter(view));
  registerSafeCommand(services, COMMAND.groupLinks, t('Could not group the links'), (value) => chooseGrouping(view, value));
  registerSafeCommand(services, COMMAND.sortLinks, t('Could not sort the links'), (value) => chooseSort(view, value));
  registerSafeCommand(services, COMMAND.showLinksNeedingAttention, t('Could not show the links that need attention'), async () => {
    await vscode.commands.executeCommand(`${LINKS_VIEW_ID}.focus`);
    await view.setFilter(NEEDS_ATTENTION);
    return NEEDS_ATTENTION.id;
  });
  registerSafeCommand(services, COMMAND.showMoreLinks, t('Could not show more links'), (node) => view.showMore(isMoreNode(node) ? node : undefined));
  registerSafeCommand(services, COMMAND.runOnSelection, t('Could not act on the selected links'), (command) => runOnSelection(view, command));
  registerSafeCommand(services, COMMAND.revealLink, t('Could not select the link'), (linkId, options) =>
    typeof linkId === 'string' ? view.reveal(linkId, { show: (options as { show?: unknown } | undefined)?.show === true }) : false,
  );
}

/**
 * Filter Links…: a QuickPick of LINK_FILTERS (or the filter id given). The choice persists,
 * shows in the view's description, and the list reloads with the API's `status` query.
 * @returns the id of the filter now applied, or undefined when cancelled
 */
async function chooseFilter(view: LinksView, id: unknown): Promise<string | undefined> {
  let filter: LinkFilter | undefined;
  if (typeof id === 'string') {
    filter = LINK_FILTERS.find((f) => f.id === id);
    if (!filter) {
      void vscode.window.showErrorMessage(t('Unknown link filter "{0}". Use one of: {1}.', id, LINK_FILTERS.map((f) => f.id).join(', ')));
      return undefined;
    }
  } else {
    type Item = vscode.QuickPickItem & { filter: LinkFilter };
    const items: Item[] = LINK_FILTERS.map((f) => ({
      label: f.label(),
      description: f.id === view.filter.id ? t('current') : undefined,
      detail: f.detail?.(),
      filter: f,
    }));
    const picked = await vscode.window.showQuickPick(items, { title: t('Filter AgentHuman Links'), placeHolder: t('Show which links?') });
    filter = picked?.filter;
  }
  if (!filter) return undefined;
  await view.setFilter(filter);
  return filter.id;
}

/** Clear Filter: back to all links. Returns 'all'. */
async function clearFilter(view: LinksView): Promise<string> {
  if (view.filter.id !== ALL_LINKS.id) await view.setFilter(ALL_LINKS);
  return ALL_LINKS.id;
}

/**
 * Group Links By…: status, agent or none (or the grouping given). Persists; no request.
 * @returns the grouping now applied, or undefined when cancelled
 */
async function chooseGrouping(view: LinksView, value: unknown): Promise<GroupBy | undefined> {
  let groupBy: GroupBy | undefined;
  if (typeof value === 'string') {
    groupBy = GROUP_BY_CHOICES.find((g) => g === value);
    if (!groupBy) {
      void vscode.window.showErrorMessage(t('Unknown grouping "{0}". Use one of: {1}.', value, GROUP_BY_CHOICES.join(', ')));
      return undefined;
    }
  } else {
    const items = GROUP_BY_CHOICES.map((g) => ({
      label: groupByLabel(g),
      description: g === view.groupBy ? t('current') : undefined,
      groupBy: g,
    }));
    groupBy = (await vscode.window.showQuickPick(items, { title: t('Group AgentHuman Links'), placeHolder: t('Group the links by…') }))?.groupBy;
  }
  if (!groupBy) return undefined;
  view.setGroupBy(groupBy);
  return groupBy;
}

/**
 * Sort Links By…: created (newest first), expiry (soonest first), uses, name (or the order
 * given). Persists and shows in the view's description; no request.
 * @returns the order now applied, or undefined when cancelled
 */
async function chooseSort(view: LinksView, value: unknown): Promise<SortBy | undefined> {
  let sortBy: SortBy | undefined;
  if (typeof value === 'string') {
    sortBy = SORT_CHOICES.find((s) => s === value);
    if (!sortBy) {
      void vscode.window.showErrorMessage(t('Unknown sort order "{0}". Use one of: {1}.', value, SORT_CHOICES.join(', ')));
      return undefined;
    }
  } else {
    const items = SORT_CHOICES.map((s) => ({
      ...sortLabel(s),
      description: s === view.sortBy ? t('current') : undefined,
      sortBy: s,
    }));
    sortBy = (await vscode.window.showQuickPick(items, { title: t('Sort AgentHuman Links'), placeHolder: t('Sort the links by…') }))?.sortBy;
  }
  if (!sortBy) return undefined;
  view.setSortBy(sortBy);
  return sortBy;
}

/** The commands the view's keybindings may run on its selection. */
const ON_SELECTION: readonly string[] = [COMMAND.copyLink, COMMAND.deleteLink, COMMAND.renameLink, COMMAND.openLink];

/**
 * Runs a link command on the links selected in the view, with the arguments their context
 * menu would pass (the focused link, the whole selection). Nothing selected: nothing happens.
 */
async function runOnSelection(view: LinksView, command: unknown): Promise<unknown> {
  if (typeof command !== 'string' || !ON_SELECTION.includes(command)) return undefined;
  const selected = view.selectedLinkNodes();
  if (!selected.length) {
    // Enter on a "Show More" row shows more; on a group row, what Enter does in any tree.
    const more = view.treeView.selection.find(isMoreNode);
    if (command === COMMAND.openLink) await (more ? view.showMore(more) : vscode.commands.executeCommand('list.toggleExpand'));
    return undefined;
  }
  const focused = view.focusedLinkNode() ?? selected[0];
  return vscode.commands.executeCommand(command, focused, selected);
}

function isMoreNode(value: unknown): value is MoreNode {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'more';
}
