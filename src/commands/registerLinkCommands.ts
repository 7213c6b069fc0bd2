import type { Services } from '../services';

// Placeholder until the link actions land (issue 3).
export function registerLinkCommands(_services: Services): void {}
