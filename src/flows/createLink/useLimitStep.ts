// Create Link, step 4: how many sessions the link may start (empty = unlimited). No `vscode`
// import here.
import { BACK, ButtonPress, CANCEL } from '../../wizard/prompter';
import type { StepContext, StepOutcome, WizardStep } from '../../wizard/wizard';
import { parseUseLimit } from '../inputs/useLimitInput';
import type { CreateAnswers } from './createAnswers';
import { t } from '../../text/translate';

export const useLimitStep: WizardStep<CreateAnswers> = { id: 'useLimit', run: askUseLimit };

async function askUseLimit(context: StepContext, answers: CreateAnswers): Promise<StepOutcome> {
  for (;;) {
    const result = await context.input({
      value: answers.useLimitText ?? '',
      prompt: t('How many sessions may be started through the link? Leave empty for unlimited.'),
      placeholder: t('Unlimited'),
      validate: (text) => {
        const parsed = parseUseLimit(text);
        if (!parsed.ok) return parsed.message;
        return parsed.value === null ? { message: t('Unlimited uses.'), severity: 'info' } : undefined;
      },
    });
    if (result === BACK || result === CANCEL) return result;
    if (result instanceof ButtonPress) continue;
    answers.useLimitText = result.trim();
    return 'next';
  }
}
