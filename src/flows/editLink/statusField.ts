// Edit Link, the Status field: active, paused or expired; ending a link asks to confirm.
import type { LinkStatus } from '../../api/identifiers';
import { quotedLinkName } from '../../links/linkNames';
import { hasExpired } from '../../links/linkStatus';
import { BACK, ButtonPress, CANCEL, type PromptItem } from '../../wizard/prompter';
import type { FieldEditor } from './fieldEditor';

export const statusField: FieldEditor = {
  field: 'status',
  async edit(context, link, answers, deps) {
    for (;;) {
      const pending = answers.status ?? link.status;
      const items: PromptItem<LinkStatus>[] = [
        { label: 'Active', description: link.status === 'expired' ? 'the server may keep it expired if it is past its date or use limit' : 'visitors can start sessions', value: 'active' },
        { label: 'Paused', description: 'visitors cannot start sessions until it is resumed', value: 'paused' },
        { label: 'Expired', description: 'ends the link now', value: 'expired' },
      ];
      const picked = await context.pick<LinkStatus>({
        placeholder: hasExpired(link, deps.now()) && link.status !== 'expired'
          ? `Status (now ${link.status}, but its expiry date has passed: visitors cannot start sessions)`
          : `Status (now ${link.status})`,
        items: items.map((item) => (item.value === link.status ? { ...item, description: `current · ${item.description}` } : item)),
        active: (value) => value === pending,
      });
      if (picked === CANCEL) return CANCEL;
      if (picked === BACK || picked instanceof ButtonPress) return 'done';
      if (picked === 'expired' && link.status !== 'expired') {
        const confirmed = await context.pick<boolean>({
          placeholder: `Mark ${quotedLinkName(link)} as expired? Visitors can no longer start sessions, and re-activating it may not work.`,
          items: [
            { label: 'Mark as expired', value: true },
            { label: 'Keep the current status', value: false },
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
