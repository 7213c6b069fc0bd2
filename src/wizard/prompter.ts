// The multi-step input's view of the user: a QuickPick-like and an InputBox-like call
// that resolve to a value, BACK or CANCEL. No `vscode` import here: the flows are
// tested in plain Node with a scripted prompter; only vscodePrompter.ts talks to VS Code.

/** The user pressed the Back button (offered only when `canGoBack`). */
export const BACK: unique symbol = Symbol('back');
/** The user pressed Esc or the input was hidden: the whole flow stops, nothing is sent. */
export const CANCEL: unique symbol = Symbol('cancel');
export type Back = typeof BACK;
export type Cancel = typeof CANCEL;

/** An extra title-bar button (besides Back), e.g. "Clear name". */
export interface PromptButton {
  id: string;
  /** A codicon id, e.g. "clear-all". */
  icon: string;
  tooltip: string;
}

/** The user pressed one of the `buttons` of a prompt. */
export class ButtonPress {
  constructor(readonly id: string) {}
}

export interface PromptItem<T> {
  label: string;
  description?: string;
  detail?: string;
  value: T;
  /** A separator line titled `label`; never returned. */
  separator?: boolean;
  alwaysShow?: boolean;
}

interface PromptBase {
  /** e.g. "Create Link"; shown with "(step/totalSteps)" when a step is given. */
  title: string;
  step?: number;
  totalSteps?: number;
  placeholder?: string;
  /** Offer the Back button. */
  canGoBack?: boolean;
  buttons?: readonly PromptButton[];
}

export interface PickPrompt<T> extends PromptBase {
  /** A promise shows the pick busy until the items arrive. */
  items: readonly PromptItem<T>[] | Promise<readonly PromptItem<T>[]>;
  /** The item to highlight, usually the previous answer. */
  active?: (value: T) => boolean;
  matchOnDescription?: boolean;
  matchOnDetail?: boolean;
}

export type ValidationSeverity = 'info' | 'warning' | 'error';
/** undefined = fine, a string = an error; errors block Enter, info and warnings do not. */
export type Validation = undefined | string | { message: string; severity: ValidationSeverity };

export interface InputPrompt extends PromptBase {
  /** Prefilled text (the previous answer when coming back). */
  value?: string;
  prompt?: string;
  /** Runs as the user types (the latest call wins) and again on Enter. */
  validate?: (value: string) => Validation | Promise<Validation>;
}

export type PromptResult<T> = T | Back | Cancel | ButtonPress;

export interface Prompter {
  pick<T>(prompt: PickPrompt<T>): Promise<PromptResult<T>>;
  input(prompt: InputPrompt): Promise<PromptResult<string>>;
}

export function isError(validation: Validation): boolean {
  if (validation === undefined) return false;
  return typeof validation === 'string' || validation.severity === 'error';
}

export function validationText(validation: Validation): string | undefined {
  return typeof validation === 'object' ? validation.message : validation;
}

/** "Create Link (2/5)": what VS Code shows for a title with step and totalSteps. */
export function displayTitle(prompt: Pick<PromptBase, 'title' | 'step' | 'totalSteps'>): string {
  if (prompt.step === undefined) return prompt.title;
  return prompt.totalSteps === undefined ? `${prompt.title} (${prompt.step})` : `${prompt.title} (${prompt.step}/${prompt.totalSteps})`;
}
