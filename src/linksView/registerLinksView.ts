// The Links view and the commands that act on the view itself (refresh, filter, group, reveal),
// registered beside it as in VS Code's tree-view sample.
import type { Services } from '../services';
import type { LinksTreeNode } from './linksTreeProvider';
import { type CreateTreeView, LinksView } from './linksView';
import { registerViewCommands } from './viewCommands';

export function registerLinksView(services: Services, createTreeView: CreateTreeView<LinksTreeNode>): LinksView {
  const view = new LinksView(services, createTreeView);
  services.context.subscriptions.push(view);
  registerViewCommands(services, view);
  return view;
}
