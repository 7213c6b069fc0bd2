// Create Link, step 3: when the link stops working (never, a preset, or a date or duration
// typed in Custom…; a past date is refused). No `vscode` import here.
import { BACK, CANCEL } from '../../wizard/prompter';
import type { WizardStep } from '../../wizard/wizard';
import { promptExpiry } from '../common/expiryPrompt';
import type { CreateAnswers } from './createAnswers';

export function expiryStep(clock: () => number, language: string): WizardStep<CreateAnswers> {
  return {
    id: 'expiry',
    async run(context, answers) {
      const picked = await promptExpiry(context, answers.expiry, answers.expiryTyped, clock, { allowPast: false, language, placeholder: context.notice });
      if (picked === BACK || picked === CANCEL) return picked;
      answers.expiry = picked.choice;
      answers.expiryTyped = picked.typed;
      return 'next';
    },
  };
}
