// The commands on the Links view itself, registered beside it by registerLinksView.ts.
//   agenthuman.refresh()               → true when the list is now current
//   agenthuman.filterLinks(id?)        → the filter id applied ('all' | 'active' | 'paused' | 'expired' | 'attention'), undefined if cancelled
//   agenthuman.clearFilter()           → 'all'
//   agenthuman.groupLinks(groupBy?)    → 'none' | 'status' | 'agent', undefined if cancelled
//   agenthuman.revealLink(linkId, { show? }) → true when the link was selected in the view (internal:
//                                        used after Create; with show, from a hover's "Reveal in
//                                        Links View": the view is shown; not in the palette)
import vscode = require('vscode');
import { COMMAND } from '../commandIds';
import { registerSafeCommand } from '../failures/safeCommand';
import type { Services } from '../services';
import type { LinksView } from './linksView';
import { ALL_LINKS, GROUP_BY_CHOICES, GROUP_BY_LABELS, type GroupBy, type LinkFilter, LINK_FILTERS } from './viewOptions';

export function registerViewCommands(services: Services, view: LinksView): void {
  registerSafeCommand(services, COMMAND.refresh, 'Could not refresh the links', () => view.load('user'));
  registerSafeCommand(services, COMMAND.filterLinks, 'Could not filter the links', (id) => chooseFilter(view, id));
  registerSafeCommand(services, COMMAND.clearFilter, 'Could not clear the filter', () => clearFilter(view));
  registerSafeCommand(services, COMMAND.groupLinks, 'Could not group the links', (value) => chooseGrouping(view, value));
  registerSafeCommand(services, COMMAND.revealLink, 'Could not select the link', (linkId, options) =>
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
      void vscode.window.showErrorMessage(`Unknown link filter "${id}". Use one of: ${LINK_FILTERS.map((f) => f.id).join(', ')}.`);
      return undefined;
    }
  } else {
    type Item = vscode.QuickPickItem & { filter: LinkFilter };
    const items: Item[] = LINK_FILTERS.map((f) => ({
      label: f.label,
      description: f.id === view.filter.id ? 'current' : undefined,
      detail: f.detail,
      filter: f,
    }));
    const picked = await vscode.window.showQuickPick(items, { title: 'Filter AgentHuman Links', placeHolder: 'Show which links?' });
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
      void vscode.window.showErrorMessage(`Unknown grouping "${value}". Use one of: ${GROUP_BY_CHOICES.join(', ')}.`);
      return undefined;
    }
  } else {
    const items = GROUP_BY_CHOICES.map((g) => ({
      label: g === 'none' ? 'No Grouping' : `By ${GROUP_BY_LABELS[g]}`,
      description: g === view.groupBy ? 'current' : undefined,
      groupBy: g,
    }));
    groupBy = (await vscode.window.showQuickPick(items, { title: 'Group AgentHuman Links', placeHolder: 'Group the links by…' }))?.groupBy;
  }
  if (!groupBy) return undefined;
  view.setGroupBy(groupBy);
  return groupBy;
}
