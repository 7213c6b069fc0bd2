// Edit Link, the Name field: a new name; empty (or the "Clear name" button) clears it.
import { BACK, ButtonPress, CANCEL, type PromptButton } from '../../wizard/prompter';
import { t } from '../../text/translate';
import type { FieldEditor } from './fieldEditor';

export const CLEAR_NAME_ID = 'clearName';

function clearNameButton(): PromptButton {
  return { id: CLEAR_NAME_ID, icon: 'clear-all', tooltip: t('Clear name') };
}

export const nameField: FieldEditor = {
  field: 'name',
  async edit(context, link, answers) {
    for (;;) {
      const result = await context.input({
        value: answers.name === undefined ? (link.name ?? '') : (answers.name ?? ''),
        prompt: t('New name of the link. Empty (or the "Clear name" button) clears it.'),
        placeholder: t('No name (the link shows as Untitled)'),
        buttons: [clearNameButton()],
        validate: (text) => (text.trim() ? undefined : { message: t('The name will be cleared.'), severity: 'info' }),
      });
      if (result === CANCEL) return CANCEL;
      if (result === BACK) return 'done';
      const value = result instanceof ButtonPress ? (result.id === CLEAR_NAME_ID ? null : undefined) : result.trim() || null;
      if (value === undefined) continue;
      answers.name = value === (link.name?.trim() || null) ? undefined : value;
      return 'done';
    }
  },
};
