// What create and edit share once their request failed: what to do after the user replaced a
// rejected key. No `vscode` import here.
import type { FlowDeps, FlowMode } from '../flowDeps';
import { actionLabel } from '../../failures/describeError';

/**
 * Interactively, reopen the prompts with the answers (the same as Retry); with command
 * arguments (they came from elsewhere), ask before sending them again.
 */
export function afterNewKey(deps: FlowDeps, mode: FlowMode, again: () => Promise<unknown>, question: string): () => unknown {
  return mode.interactive ? again : () => deps.ui.notify('info', question, [{ label: actionLabel('retry'), run: again }]);
}
