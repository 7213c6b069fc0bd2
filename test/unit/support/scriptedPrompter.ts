// A Prompter for plain-Node tests: plays a list of answers and records what each prompt
// showed. It fails the test (throws into the flow) when the flow asks for more prompts
// than scripted, when an answer matches nothing, or when an input is refused unexpectedly.
import {
  BACK, ButtonPress, CANCEL, displayTitle, isError, validationText,
  type InputPrompt, type PickPrompt, type Prompter, type PromptResult, type Validation,
} from '../../../src/wizard/prompter';

/**
 * - `'back'`, `'cancel'`: the Back button, Esc.
 * - a string: a pick chooses the item with that label (codicons like `$(check) ` ignored);
 *   an input types and accepts that text (it must validate without error).
 * - `{ input, probe }`: validate each probe text (recorded), then accept `input`.
 * - `{ refused }`: type this and press Enter expecting an error; the prompt stays open
 *   and the next answer is played on it.
 * - `{ button }`: press the title-bar button with that id.
 */
export type ScriptAnswer = string | { input: string; probe?: string[] } | { refused: string } | { button: string };

export interface ShownValidation {
  value: string;
  message: string | undefined;
  severity: 'info' | 'warning' | 'error' | undefined;
}

export interface ShownPrompt {
  kind: 'pick' | 'input';
  /** As VS Code shows it: "Create Link (2/5)". */
  title: string;
  step?: number;
  totalSteps?: number;
  canGoBack: boolean;
  placeholder?: string;
  prompt?: string;
  /** The prefilled text of an input. */
  value?: string;
  /** Pick items without separators, labels without codicons. */
  items: { label: string; description?: string; detail?: string }[];
  /** The label of the highlighted item. */
  active?: string;
  buttons: string[];
  /** Every validation run by the script, in order (the prefilled value first). */
  validations: ShownValidation[];
  answers: string[];
}

const CODICON = /\$\([a-z0-9-]+(?:~[a-z]+)?\)\s*/gi;

export function plainLabel(label: string): string {
  return label.replace(CODICON, '').trim();
}

export class ScriptedPrompter implements Prompter {
  readonly shown: ShownPrompt[] = [];
  private next = 0;

  constructor(private readonly script: readonly ScriptAnswer[]) {}

  /** Answers not played yet. */
  get remaining(): number {
    return this.script.length - this.next;
  }

  /** The last prompt shown. */
  get last(): ShownPrompt {
    const last = this.shown.at(-1);
    if (!last) throw new Error('No prompt was shown');
    return last;
  }

  /** Fails unless every scripted answer was played. */
  assertDone(): void {
    if (this.remaining) {
      throw new Error(`${this.remaining} scripted answer(s) not played: ${JSON.stringify(this.script.slice(this.next))}; prompts shown: ${this.shown.map((s) => s.title).join(' | ')}`);
    }
  }

  private take(shown: ShownPrompt): ScriptAnswer {
    if (this.next >= this.script.length) {
      throw new Error(`The flow asked for more than the ${this.script.length} scripted answers: ${shown.kind} "${shown.title}" (${shown.placeholder ?? shown.prompt ?? ''})`);
    }
    const answer = this.script[this.next++];
    shown.answers.push(typeof answer === 'string' ? answer : JSON.stringify(answer));
    return answer;
  }

  async pick<T>(prompt: PickPrompt<T>): Promise<PromptResult<T>> {
    const items = await prompt.items;
    const choices = items.filter((item) => !item.separator);
    const active = prompt.active ? choices.find((item) => prompt.active?.(item.value)) : undefined;
    const shown = this.record('pick', prompt, {
      items: choices.map((item) => ({ label: plainLabel(item.label), description: item.description, detail: item.detail })),
      active: active ? plainLabel(active.label) : undefined,
    });
    const answer = this.take(shown);
    const common = this.common(answer, shown, prompt);
    if (common !== undefined) return common;
    if (typeof answer !== 'string') throw new Error(`A pick ("${shown.title}") cannot take the answer ${JSON.stringify(answer)}`);
    const chosen = choices.find((item) => plainLabel(item.label) === answer);
    if (!chosen) {
      throw new Error(`No item "${answer}" in pick "${shown.title}"; items: ${shown.items.map((i) => JSON.stringify(i.label)).join(', ')}`);
    }
    return chosen.value;
  }

  async input(prompt: InputPrompt): Promise<PromptResult<string>> {
    const shown = this.record('input', prompt, { items: [], value: prompt.value ?? '' });
    const validate = async (value: string): Promise<Validation> => {
      const validation = await prompt.validate?.(value);
      shown.validations.push({
        value,
        message: validationText(validation),
        severity: validation === undefined ? undefined : typeof validation === 'string' ? 'error' : validation.severity,
      });
      return validation;
    };
    await validate(prompt.value ?? '');
    for (;;) {
      const answer = this.take(shown);
      const common = this.common(answer, shown, prompt);
      if (common !== undefined) return common;
      if (typeof answer === 'object' && 'refused' in answer) {
        const validation = await validate(answer.refused);
        if (!isError(validation)) throw new Error(`Expected "${answer.refused}" to be refused at "${shown.title}", but it was accepted`);
        continue; // still open: the next answer is typed into the same box
      }
      let text: string;
      if (typeof answer === 'string') {
        text = answer;
      } else if ('input' in answer) {
        for (const probe of answer.probe ?? []) await validate(probe);
        text = answer.input;
      } else {
        throw new Error(`An input ("${shown.title}") cannot take the answer ${JSON.stringify(answer)}`);
      }
      const validation = await validate(text);
      if (isError(validation)) throw new Error(`Input "${text}" was refused at "${shown.title}": ${validationText(validation)}`);
      return text;
    }
  }

  /** 'back', 'cancel' and buttons, for both kinds; undefined for anything else. */
  private common(answer: ScriptAnswer, shown: ShownPrompt, prompt: PickPrompt<unknown> | InputPrompt): typeof BACK | typeof CANCEL | ButtonPress | undefined {
    if (answer === 'cancel') return CANCEL;
    if (answer === 'back') {
      if (!prompt.canGoBack) throw new Error(`Back is not offered at "${shown.title}"`);
      return BACK;
    }
    if (typeof answer === 'object' && 'button' in answer) {
      if (!(prompt.buttons ?? []).some((b) => b.id === answer.button)) {
        throw new Error(`No button "${answer.button}" at "${shown.title}"; buttons: ${shown.buttons.join(', ')}`);
      }
      return new ButtonPress(answer.button);
    }
    return undefined;
  }

  private record(kind: ShownPrompt['kind'], prompt: PickPrompt<unknown> | InputPrompt, extra: Partial<ShownPrompt>): ShownPrompt {
    const input = prompt as InputPrompt;
    const shown: ShownPrompt = {
      kind,
      title: displayTitle(prompt),
      step: prompt.step,
      totalSteps: prompt.totalSteps,
      canGoBack: !!prompt.canGoBack,
      placeholder: prompt.placeholder,
      prompt: input.prompt,
      items: [],
      buttons: (prompt.buttons ?? []).map((b) => b.id),
      validations: [],
      answers: [],
      ...extra,
    };
    this.shown.push(shown);
    return shown;
  }
}
