import type { Services } from '../services';

// Placeholder until the create / edit flows land (issue 4).
export function registerLinkFlows(_services: Services): void {}
