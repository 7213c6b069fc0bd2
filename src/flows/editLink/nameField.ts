// Edit Link, the Name field: a new name; empty (or the "Clear name" button) clears it.
import { BACK, ButtonPress, CANCEL } from '../../wizard/prompter';
import type { FieldEditor } from './fieldEditor';

export const CLEAR_NAME = { id: 'clearName', icon: 'clear-all', tooltip: 'Clear name' } as const;

export const nameField: FieldEditor = {
  field: 'name',
  async edit(context, link, answers) {
    for (;;) {
      const result = await context.input({
        value: answers.name === undefined ? (link.name ?? '') : (answers.name ?? ''),
        prompt: 'New name of the link. Empty (or the "Clear name" button) clears it.',
        placeholder: 'No name (the link shows as Untitled)',
        buttons: [CLEAR_NAME],
        validate: (text) => (text.trim() ? undefined : { message: 'The name will be cleared.', severity: 'info' }),
      });
      if (result === CANCEL) return CANCEL;
      if (result === BACK) return 'done';
      const value = result instanceof ButtonPress ? (result.id === CLEAR_NAME.id ? null : undefined) : result.trim() || null;
      if (value === undefined) continue;
      answers.name = value === (link.name?.trim() || null) ? undefined : value;
      return 'done';
    }
  },
};
