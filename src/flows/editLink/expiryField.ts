// Edit Link, the Expiry field: the shared expiry prompt; a past date is allowed, with a warning.
import { BACK, CANCEL } from '../../wizard/prompter';
import { toLocalInputText } from '../../text/time';
import { sameExpiry } from '../inputs/expiryInput';
import { promptExpiry } from '../common/expiryPrompt';
import { currentExpiry, describeCurrentExpiry } from './editAnswers';
import type { FieldEditor } from './fieldEditor';
import { t } from '../../text/translate';

export const expiryField: FieldEditor = {
  field: 'expiry',
  async edit(context, link, answers, deps) {
    const current = currentExpiry(link);
    const picked = await promptExpiry(context, answers.expiry ?? current, answers.expiry ? answers.expiryTyped : undefined, deps.now, {
      allowPast: true,
      language: deps.language,
      neverLabel: t('Never expires'),
      placeholder: t('Expiry (now: {0})', describeCurrentExpiry(link, deps.now(), deps.language)),
      customPrefill: link.expires_at ? toLocalInputText(Date.parse(link.expires_at)) : '',
    });
    if (picked === CANCEL) return CANCEL;
    if (picked === BACK) return 'done';
    const unchanged = sameExpiry(picked.choice, current);
    answers.expiry = unchanged ? undefined : picked.choice;
    answers.expiryTyped = unchanged ? undefined : picked.typed;
    return 'done';
  },
};
