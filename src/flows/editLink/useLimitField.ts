// Edit Link, the Use limit field: a new limit above the uses so far; empty (or the
// "Unlimited" button) means unlimited.
import { pluralForm } from '../../text/plural';
import { BACK, ButtonPress, CANCEL } from '../../wizard/prompter';
import { parseUseLimit } from '../inputs/useLimitInput';
import type { FieldEditor } from './fieldEditor';

export const UNLIMITED = { id: 'unlimited', icon: 'infinity', tooltip: 'Unlimited' } as const;

export const useLimitField: FieldEditor = {
  field: 'useLimit',
  async edit(context, link, answers) {
    for (;;) {
      const pending = answers.useLimit === undefined ? link.use_limit : answers.useLimit;
      const result = await context.input({
        value: pending === null ? '' : String(pending),
        prompt: `Used ${link.uses} ${pluralForm(link.uses, 'time', 'times')} so far: a new limit must be greater than ${link.uses}. Empty (or the "Unlimited" button) = unlimited.`,
        placeholder: 'Unlimited',
        buttons: [UNLIMITED],
        validate: (text) => {
          const parsed = parseUseLimit(text, { uses: link.uses });
          if (!parsed.ok) return parsed.message;
          return parsed.value === null ? { message: 'Unlimited uses.', severity: 'info' } : undefined;
        },
      });
      if (result === CANCEL) return CANCEL;
      if (result === BACK) return 'done';
      let value: number | null;
      if (result instanceof ButtonPress) {
        if (result.id !== UNLIMITED.id) continue;
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
