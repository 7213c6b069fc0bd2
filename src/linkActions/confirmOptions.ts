// Options for programmatic callers only (extension-host tests, other extensions), passed as the
// second argument of Delete and Pause: `executeCommand('agenthuman.deleteLink', 'lnk_…',
// { skipConfirmation: true })`. A tree item passes its selection (an array) there and the
// palette passes nothing, so a user always sees the confirmation. It is honoured only with an
// explicit link argument, never for a link picked in the palette. No `vscode` import here.
import type { Link } from '../api/schemas';

export interface ConfirmOptions {
  skipConfirmation?: boolean;
}

/**
 * "It is used in 3 files in this workspace: …" for the links a confirmation is about, or
 * undefined when none is (or the search gave up). Links in files provide it (src/linkUsages);
 * extension.ts hands it in, so that the actions do not depend on that feature.
 */
export type UsageNote = (links: readonly Link[]) => Promise<string | undefined>;

/** The options, when the second argument is options rather than the tree's selection. */
export function confirmOptions(value: unknown): ConfirmOptions | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as ConfirmOptions) : undefined;
}

/** Whether to skip the confirmation: asked for, and the link was given (not picked). */
export function skipsConfirmation(options: ConfirmOptions | undefined, clicked: unknown): boolean {
  return options?.skipConfirmation === true && clicked !== undefined;
}
