// The Prompter over window.createQuickPick / createInputBox. Every prompt settles exactly
// once (value, BACK, a button, or CANCEL on Esc / hide), disposes its input and its
// listeners, and keeps `ignoreFocusOut` so a click elsewhere does not lose what was typed.
import vscode = require('vscode');
import {
  BACK, ButtonPress, CANCEL, isError,
  type InputPrompt, type PickPrompt, type PromptButton, type Prompter, type PromptItem, type PromptResult, type Validation,
} from './prompter';
import { t } from '../text/translate';

type Item<T> = vscode.QuickPickItem & { value?: T };
type Button = vscode.QuickInputButton & { id?: string };

export class VsCodePrompter implements Prompter {
  pick<T>(prompt: PickPrompt<T>): Promise<PromptResult<T>> {
    return new Promise<PromptResult<T>>((resolve) => {
      const pick = vscode.window.createQuickPick<Item<T>>();
      const listeners: vscode.Disposable[] = [];
      let settled = false;
      const finish = (result: PromptResult<T>) => {
        if (settled) return;
        settled = true;
        for (const listener of listeners) listener.dispose();
        pick.dispose();
        resolve(result);
      };
      configure(pick, prompt);
      pick.matchOnDescription = prompt.matchOnDescription ?? false;
      pick.matchOnDetail = prompt.matchOnDetail ?? false;
      listeners.push(
        pick.onDidTriggerButton((button) => finish(buttonResult(button))),
        pick.onDidAccept(() => {
          const chosen = pick.selectedItems[0] ?? pick.activeItems[0];
          if (chosen && chosen.kind !== vscode.QuickPickItemKind.Separator) finish(chosen.value as T);
        }),
        pick.onDidHide(() => finish(CANCEL)),
      );
      const setItems = (items: readonly PromptItem<T>[]) => {
        const mapped = items.map(toItem);
        pick.items = mapped;
        const active = prompt.active ? mapped.find((_item, i) => !items[i].separator && prompt.active?.(items[i].value)) : undefined;
        if (active) pick.activeItems = [active];
      };
      if (Array.isArray(prompt.items)) {
        setItems(prompt.items);
      } else {
        pick.busy = true;
        Promise.resolve(prompt.items).then(
          (items) => {
            if (settled) return;
            pick.busy = false;
            setItems(items);
          },
          (error: unknown) => {
            if (settled) return;
            pick.busy = false;
            pick.placeholder = t('Could not load the choices: {0}', error instanceof Error ? error.message : String(error));
          },
        );
      }
      pick.show();
    });
  }

  input(prompt: InputPrompt): Promise<PromptResult<string>> {
    return new Promise<PromptResult<string>>((resolve) => {
      const box = vscode.window.createInputBox();
      const listeners: vscode.Disposable[] = [];
      let settled = false;
      // Every validation gets a number; only the latest one may touch the box, so a
      // slow result for an older value never overwrites the message for the newer one.
      let latest = 0;
      let accepting = false;
      const finish = (result: PromptResult<string>) => {
        if (settled) return;
        settled = true;
        for (const listener of listeners) listener.dispose();
        box.dispose();
        resolve(result);
      };
      const validate = async (value: string): Promise<Validation> => {
        try {
          return await prompt.validate?.(value);
        } catch (error) {
          return error instanceof Error ? error.message : String(error);
        }
      };
      const show = (validation: Validation) => {
        box.validationMessage = typeof validation === 'object'
          ? { message: validation.message, severity: SEVERITY[validation.severity] }
          : validation;
      };
      const onChange = (value: string) => {
        const ticket = ++latest;
        void validate(value).then((validation) => {
          if (!settled && ticket === latest) show(validation);
        });
      };
      configure(box, prompt);
      box.value = prompt.value ?? '';
      box.prompt = prompt.prompt;
      listeners.push(
        box.onDidTriggerButton((button) => finish(buttonResult(button))),
        box.onDidChangeValue(onChange),
        box.onDidAccept(async () => {
          if (accepting) return;
          accepting = true;
          const ticket = ++latest;
          const value = box.value;
          box.busy = true;
          const validation = await validate(value);
          accepting = false;
          if (settled) return;
          box.busy = false;
          if (ticket !== latest) return; // typed on meanwhile: that newer value is being validated
          show(validation);
          if (!isError(validation)) finish(value);
        }),
        box.onDidHide(() => finish(CANCEL)),
      );
      box.show();
      if (box.value || prompt.validate) onChange(box.value);
    });
  }
}

const SEVERITY = {
  info: vscode.InputBoxValidationSeverity.Info,
  warning: vscode.InputBoxValidationSeverity.Warning,
  error: vscode.InputBoxValidationSeverity.Error,
} as const;

function configure(input: vscode.QuickPick<vscode.QuickPickItem> | vscode.InputBox, prompt: PickPrompt<unknown> | InputPrompt): void {
  input.title = prompt.title;
  input.step = prompt.step;
  input.totalSteps = prompt.totalSteps;
  input.placeholder = prompt.placeholder;
  input.ignoreFocusOut = true;
  input.buttons = [
    ...(prompt.canGoBack ? [vscode.QuickInputButtons.Back] : []),
    ...(prompt.buttons ?? []).map(toButton),
  ];
}

function toButton(button: PromptButton): Button {
  return { iconPath: new vscode.ThemeIcon(button.icon), tooltip: button.tooltip, id: button.id };
}

function buttonResult<T>(button: Button): PromptResult<T> {
  if (button === vscode.QuickInputButtons.Back) return BACK;
  return button.id ? new ButtonPress(button.id) : CANCEL;
}

function toItem<T>(item: PromptItem<T>): Item<T> {
  if (item.separator) return { label: item.label, kind: vscode.QuickPickItemKind.Separator };
  return { label: item.label, description: item.description, detail: item.detail, alwaysShow: item.alwaysShow, value: item.value };
}
