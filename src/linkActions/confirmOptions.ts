// Options for programmatic callers only (extension-host tests, other extensions), passed as the
// second argument of Delete and Pause: `executeCommand('agenthuman.deleteLink', 'lnk_…',
// { skipConfirmation: true })`. A tree item passes its selection (an array) there and the
// palette passes nothing, so a user always sees the confirmation. It is honoured only with an
// explicit link argument, never for a link picked in the palette. No `vscode` import here.

export interface ConfirmOptions {
  skipConfirmation?: boolean;
}

/** The options, when the second argument is options rather than the tree's selection. */
export function confirmOptions(value: unknown): ConfirmOptions | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as ConfirmOptions) : undefined;
}

/** Whether to skip the confirmation: asked for, and the link was given (not picked). */
export function skipsConfirmation(options: ConfirmOptions | undefined, clicked: unknown): boolean {
  return options?.skipConfirmation === true && clicked !== undefined;
}
