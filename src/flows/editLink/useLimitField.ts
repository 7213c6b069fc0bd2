// Edit Link, the Use limit field: a new limit above the uses so far; empty (or the
// "Unlimited" button) means unlimited.
import { t } from '../../text/translate';
import { BACK, ButtonPress, CANCEL, type PromptButton } from '../../wizard/prompter';
import { parseUseLimit } from '../inputs/useLimitInput';
import type { FieldEditor } from './fieldEditor';

export const UNLIMITED_ID = 'unlimited';

function unlimitedButton(): PromptButton {
  return { id: UNLIMITED_ID, icon: 'infinity', tooltip: t('Unlimited') };
}

/** "Used 3 times so far: a new limit must be greater than 3. …" */
function limitPrompt(uses: number): string {
  return uses === 1
    ? t('Used 1 time so far: a new limit must be greater than 1. Empty (or the "Unlimited" button) = unlimited.')
    : t('Used {0} times so far: a new limit must be greater than {0}. Empty (or the "Unlimited" button) = unlimited.', uses);
}

export const useLimitField: FieldEditor = {
  field: 'useLimit',
  async edit(context, link, answers) {
    for (;;) {
      const pending = answers.useLimit === undefined ? link.use_limit : answers.useLimit;
      const result = await context.input({
        value: pending === null ? '' : String(pending),
        prompt: limitPrompt(link.uses),
        placeholder: t('Unlimited'),
        buttons: [unlimitedButton()],
        validate: (text) => {
          const parsed = parseUseLimit(text, { uses: link.uses });
          if (!parsed.ok) return parsed.message;
          return parsed.value === null ? { message: t('Unlimited uses.'), severity: 'info' } : undefined;
        },
      });
      if (result === CANCEL) return CANCEL;
      if (result === BACK) return 'done';
      let value: number | null;
      if (result instanceof ButtonPress) {
        if (result.id !== UNLIMITED_ID) continue;
        value = null;
      } else {
        const parsed = parseUseLimit(result, { uses: link.uses });
        if (!parsed.ok) continue;
        value = parsed.value;
      }
      answers.useLimit = value === link.use_limit ? undefined : value;
      return 'done';
    }
  },
};
