// Edit Link, the Status field: active, paused or expired; ending a link asks to confirm.
import type { LinkStatus } from '../../api/identifiers';
import { quotedLinkName } from '../../links/linkNames';
import { hasExpired } from '../../links/linkStatus';
import { statusLabel, statusWord } from '../../links/statusText';
import { t } from '../../text/translate';
import { BACK, ButtonPress, CANCEL, type PromptItem } from '../../wizard/prompter';
import type { FieldEditor } from './fieldEditor';

export const statusField: FieldEditor = {
  field: 'status',
  async edit(context, link, answers, deps) {
    for (;;) {
      const pending = answers.status ?? link.status;
      const items: PromptItem<LinkStatus>[] = [
        {
          label: statusLabel('active'),
          description: link.status === 'expired' ? t('the server may keep it expired if it is past its date or use limit') : t('visitors can start sessions'),
          value: 'active',
        },
        { label: statusLabel('paused'), description: t('visitors cannot start sessions until it is resumed'), value: 'paused' },
        { label: statusLabel('expired'), description: t('ends the link now'), value: 'expired' },
      ];
      const now = statusWord(link.status);
      const picked = await context.pick<LinkStatus>({
        placeholder: hasExpired(link, deps.now()) && link.status !== 'expired'
          ? t('Status (now {0}, but its expiry date has passed: visitors cannot start sessions)', now)
          : t('Status (now {0})', now),
        items: items.map((item) => (item.value === link.status ? { ...item, description: t('current · {0}', item.description ?? '') } : item)),
        active: (value) => value === pending,
      });
      if (picked === CANCEL) return CANCEL;
      if (picked === BACK || picked instanceof ButtonPress) return 'done';
      if (picked === 'expired' && link.status !== 'expired') {
        const confirmed = await context.pick<boolean>({
          placeholder: t('Mark {0} as expired? Visitors can no longer start sessions, and re-activating it may not work.', quotedLinkName(link)),
          items: [
            { label: t('Mark as expired'), value: true },
            { label: t('Keep the current status'), value: false },
          ],
        });
        if (confirmed === CANCEL) return CANCEL;
        if (confirmed !== true) continue; // Back or "keep": choose again
      }
      answers.status = picked === link.status ? undefined : picked;
      return 'done';
    }
  },
};
