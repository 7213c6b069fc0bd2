// Create Link, step 2: the link's name (optional: the server names an unnamed link by date).
// No `vscode` import here.
import { BACK, ButtonPress, CANCEL } from '../../wizard/prompter';
import type { StepContext, StepOutcome, WizardStep } from '../../wizard/wizard';
import type { CreateAnswers } from './createAnswers';
import { t } from '../../text/translate';

export const nameStep: WizardStep<CreateAnswers> = { id: 'name', run: askName };

async function askName(context: StepContext, answers: CreateAnswers): Promise<StepOutcome> {
  for (;;) {
    const result = await context.input({
      value: answers.name ?? '',
      prompt: t('Name of the link (optional)'),
      placeholder: t('Leave empty and the server names the link by date (e.g. "Link Jan 14, 2025")'),
      validate: (text) => (text.trim() ? undefined : { message: t('No name: the server will name the link by its creation date.'), severity: 'info' }),
    });
    if (result === BACK || result === CANCEL) return result;
    if (result instanceof ButtonPress) continue;
    answers.name = result.trim();
    return 'next';
  }
}
