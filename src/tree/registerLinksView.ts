// The Links view and the commands that act on the view itself (refresh, filter, group).
import { registerViewCommands } from '../commands/registerViewCommands';
import type { Services } from '../services';
import { LinksView } from './linksView';

export function registerLinksView(services: Services): LinksView {
  const view = new LinksView(services);
  services.context.subscriptions.push(view);
  registerViewCommands(services, view);
  return view;
}
