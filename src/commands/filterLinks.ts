// Filter Links… (QuickPick of LINK_FILTERS) and Clear Filter. The choice persists and
// shows in the view's description; the list reloads with the API's `status` query.
import vscode = require('vscode');
import type { LinksView } from '../tree/linksView';
import { ALL_LINKS, type LinkFilter, LINK_FILTERS } from '../tree/viewOptions';

/**
 * @param id optional, skips the QuickPick: 'all' | 'active' | 'paused' | 'expired' | 'attention'
 * @returns the id of the filter now applied, or undefined when cancelled
 */
export async function filterLinks(view: LinksView, id: unknown): Promise<string | undefined> {
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

/** Returns 'all'. */
export async function clearFilter(view: LinksView): Promise<string> {
  if (view.filter.id !== ALL_LINKS.id) await view.setFilter(ALL_LINKS);
  return ALL_LINKS.id;
}
