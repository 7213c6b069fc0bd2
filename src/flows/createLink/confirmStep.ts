// Create Link, step 5: every answer on one summary, "Create link" to send the one request, or
// a row to change one answer (the flow comes back here afterwards). No `vscode` import here.
import { BACK, ButtonPress, CANCEL, type PromptItem } from '../../wizard/prompter';
import type { StepContext, StepOutcome, WizardStep } from '../../wizard/wizard';
import { type CreateAnswers, type CreateStepId, summarize } from './createAnswers';
import { t } from '../../text/translate';

type ConfirmValue = 'create' | CreateStepId;

export function confirmStep(clock: () => number, language: string): WizardStep<CreateAnswers> {
  return { id: 'confirm', run: (context, answers) => askConfirm(context, answers, clock(), language) };
}

async function askConfirm(context: StepContext, answers: CreateAnswers, now: number, language: string): Promise<StepOutcome> {
  for (;;) {
    const summary = summarize(answers, now, language);
    const items: PromptItem<ConfirmValue>[] = [
      { label: `$(check) ${t('Create link')}`, detail: summary.line, value: 'create' },
      { label: t('Change'), separator: true, value: 'create' },
      { label: t('Agent'), description: summary.agent, value: 'agent' },
      { label: t('Name'), description: summary.name, value: 'name' },
      { label: t('Expiry'), description: summary.expiry, value: 'expiry' },
      { label: t('Use limit'), description: summary.useLimit, value: 'useLimit' },
    ];
    const picked = await context.pick<ConfirmValue>({
      placeholder: context.notice ?? t('Check the answers, then choose "Create link" (or Back to change them)'),
      items,
      active: (value) => value === 'create',
    });
    if (picked === BACK || picked === CANCEL) return picked;
    if (picked instanceof ButtonPress) continue;
    return picked === 'create' ? 'next' : { goto: picked };
  }
}
