// Commands on the Links view itself. Registered by registerLinksView, which owns the view.
//   agenthuman.refresh()               → true when the list is now current
//   agenthuman.filterLinks(id?)        → the filter id applied ('all' | 'active' | 'paused' | 'expired'), undefined if cancelled
//   agenthuman.clearFilter()           → 'all'
//   agenthuman.groupLinks(groupBy?)    → 'none' | 'status' | 'agent', undefined if cancelled
//   agenthuman.revealLink(linkId)      → true when the link was selected in the view (internal:
//                                        used after Create; not in the palette)
import type { Services } from '../services';
import type { LinksView } from '../tree/linksView';
import { clearFilter, filterLinks } from './filterLinks';
import { groupLinks } from './groupLinks';
import { registerSafeCommand } from './safeCommand';

export function registerViewCommands(services: Services, view: LinksView): void {
  registerSafeCommand(services, 'agenthuman.refresh', 'Could not refresh the links', () => view.load('user'));
  registerSafeCommand(services, 'agenthuman.filterLinks', 'Could not filter the links', (id) => filterLinks(view, id));
  registerSafeCommand(services, 'agenthuman.clearFilter', 'Could not clear the filter', () => clearFilter(view));
  registerSafeCommand(services, 'agenthuman.groupLinks', 'Could not group the links', (value) => groupLinks(view, value));
  registerSafeCommand(services, 'agenthuman.revealLink', 'Could not select the link', (linkId) =>
    typeof linkId === 'string' ? view.reveal(linkId) : false,
  );
}
