// Runs a list of steps, each a small object that prompts and writes its answer into a
// shared state. Unlike the quickinput sample, Back keeps every answer (a step prefills
// its prompt from the state), Esc ends the flow at once, and nothing is executed until
// the last step completed: the caller sends its request only when `runWizard` resolves
// true. No `vscode` import here.
import {
  BACK, ButtonPress, CANCEL,
  type InputPrompt, type PickPrompt, type Prompter, type PromptResult,
} from './prompter';

/** Go to another step by id (e.g. from a summary row); afterwards the flow comes back here. */
export interface GoTo {
  goto: string;
}

export type StepOutcome = 'next' | typeof BACK | typeof CANCEL | GoTo;

type Shared = 'title' | 'step' | 'totalSteps';

export interface StepContext {
  readonly prompter: Prompter;
  readonly title: string;
  /** 1-based. */
  readonly step: number;
  readonly totalSteps: number;
  readonly canGoBack: boolean;
  /** A message to show at this step (e.g. why the flow came back here), once. */
  readonly notice?: string;
  /** A pick with the title, step, total and Back filled in (a sub-prompt may set `canGoBack: true`). */
  pick<T>(prompt: Omit<PickPrompt<T>, Shared>): Promise<PromptResult<T>>;
  /** An input with the title, step, total and Back filled in. */
  input(prompt: Omit<InputPrompt, Shared>): Promise<PromptResult<string>>;
}

export interface WizardStep<S> {
  readonly id: string;
  run(context: StepContext, state: S): Promise<StepOutcome>;
}

export interface WizardOptions {
  title: string;
  /** Start at this step (e.g. the summary, for Retry); earlier steps stay reachable with Back. */
  startAt?: string;
  /** Shown once at step `notice.step`. */
  notice?: { step: string; message: string };
}

/**
 * Resolves true when every step completed, false when the user cancelled. Never leaves
 * a prompt open: each prompt settles before the next one is shown.
 */
export async function runWizard<S>(prompter: Prompter, steps: readonly WizardStep<S>[], state: S, options: WizardOptions): Promise<boolean> {
  if (!steps.length) return true;
  const indexOf = (id: string) => {
    const index = steps.findIndex((s) => s.id === id);
    if (index < 0) throw new Error(`runWizard: no step "${id}"`);
    return index;
  };
  let index = options.startAt ? indexOf(options.startAt) : 0;
  // The steps Back returns to, most recent last.
  const history: number[] = [];
  for (let i = 0; i < index; i++) history.push(i);
  let notice = options.notice;
  // After a GoTo, the step to return to once the visited step is done.
  let resumeAt: number | undefined;

  while (index < steps.length) {
    const step = steps[index];
    const shown = notice && notice.step === step.id ? notice.message : undefined;
    if (shown) notice = undefined;
    const context = makeContext(prompter, options.title, index + 1, steps.length, history.length > 0, shown);
    const outcome = await step.run(context, state);
    if (outcome === CANCEL) return false;
    if (outcome === BACK) {
      const previous = history.pop();
      resumeAt = undefined; // Back from a visited step returns to where it was visited from
      if (previous !== undefined) index = previous;
      continue; // Back on the first step shows it again
    }
    if (outcome === 'next') {
      if (resumeAt !== undefined) {
        // Back from the step returned to goes through the steps in order again.
        index = resumeAt;
        resumeAt = undefined;
        history.length = 0;
        for (let i = 0; i < index; i++) history.push(i);
      } else {
        history.push(index);
        index++;
      }
      continue;
    }
    history.push(index);
    resumeAt = index;
    index = indexOf(outcome.goto);
  }
  return true;
}

function makeContext(prompter: Prompter, title: string, step: number, totalSteps: number, canGoBack: boolean, notice: string | undefined): StepContext {
  const shared = { title, step, totalSteps, canGoBack };
  return {
    prompter, title, step, totalSteps, canGoBack, notice,
    pick: (prompt) => prompter.pick({ ...shared, ...prompt }),
    input: (prompt) => prompter.input({ ...shared, ...prompt }),
  };
}

export { BACK, CANCEL, ButtonPress };
