// `agenthuman.editLink` with changes as its second argument: the same checks as the prompts,
// turned into the same answers, without any prompt. No `vscode` import here.
import { LINK_STATUSES, type LinkStatus } from '../../api/identifiers';
import type { Link } from '../../api/schemas';
import { parseExpiry } from '../inputs/expiryInput';
import { parseUseLimit, useLimitArgText } from '../inputs/useLimitInput';
import { type EditAnswers, normalize } from './editAnswers';
import { t } from '../../text/translate';

/** `agenthuman.editLink` second argument: the fields to set (null clears). */
export interface EditLinkArgs {
  name?: string | null;
  status?: LinkStatus;
  /** ISO 8601 date or date-time, or 3d / 12h / 90m / 2w; null = never expires. */
  expiresAt?: string | null;
  /** Greater than the link's uses; null = unlimited. */
  useLimit?: number | string | null;
}

const EDIT_KEYS = ['name', 'status', 'expiresAt', 'useLimit'];

export function isEditLinkArgs(value: unknown): value is EditLinkArgs {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => EDIT_KEYS.includes(key));
}

export function answersFromEditArgs(link: Link, args: EditLinkArgs, now: number, language: string): { ok: true; answers: EditAnswers } | { ok: false; message: string } {
  const answers: EditAnswers = {};
  if (args.name !== undefined) {
    if (args.name !== null && typeof args.name !== 'string') return { ok: false, message: t('name: must be a string or null.') };
    answers.name = args.name === null ? null : args.name.trim() || null;
  }
  if (args.status !== undefined) {
    if (!LINK_STATUSES.includes(args.status)) return { ok: false, message: t('status: must be one of {0}.', LINK_STATUSES.join(', ')) };
    answers.status = args.status;
  }
  if (args.expiresAt !== undefined) {
    if (args.expiresAt === null) {
      answers.expiry = { kind: 'never' };
    } else {
      if (typeof args.expiresAt !== 'string') return { ok: false, message: t('expiresAt: must be an ISO 8601 string, a duration such as 3d, or null.') };
      const parsed = parseExpiry(args.expiresAt, now, language, { allowPast: true });
      if (!parsed.ok) return { ok: false, message: t('{0}: {1}', 'expiresAt', parsed.message) };
      answers.expiry = parsed.choice;
    }
  }
  if (args.useLimit !== undefined) {
    if (args.useLimit === null) {
      answers.useLimit = null;
    } else {
      const parsed = parseUseLimit(useLimitArgText(args.useLimit), { uses: link.uses });
      if (!parsed.ok) return { ok: false, message: t('{0}: {1}', 'useLimit', parsed.message) };
      answers.useLimit = parsed.value;
    }
  }
  return { ok: true, answers: normalize(link, answers) };
}
