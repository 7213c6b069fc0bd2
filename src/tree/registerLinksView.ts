import type { Services } from '../services';

// Placeholder until the Links view lands (issue 3).
export function registerLinksView(_services: Services): void {}
