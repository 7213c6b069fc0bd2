// `agenthuman.createLink` with arguments (keybindings, tasks, tests): the same checks as the
// prompts, turned into the same answers, without any prompt. No `vscode` import here.
import { parseAgentId } from '../inputs/agentIdInput';
import { parseExpiry } from '../inputs/expiryInput';
import { parseUseLimit, useLimitArgText } from '../inputs/useLimitInput';
import { t } from '../../text/translate';
import type { CreateAnswers } from './createAnswers';

/** `agenthuman.createLink` arguments: create directly, with the same checks. */
export interface CreateLinkArgs {
  agentId: string;
  name?: string;
  /** ISO 8601 date or date-time, or 3d / 12h / 90m / 2w; null or absent = never. */
  expiresAt?: string | null;
  /** A positive whole number; null or absent = unlimited. */
  useLimit?: number | string | null;
}

/** `agenthuman.createLink({ prefillFrom: 'lnk_…' })`: the prompts, prefilled from that link (a link "like this one"). */
export interface CreatePrefillArgs {
  prefillFrom: string;
}

export function isCreatePrefillArgs(value: unknown): value is CreatePrefillArgs {
  return !!value && typeof value === 'object' && !Array.isArray(value) && typeof (value as { prefillFrom?: unknown }).prefillFrom === 'string';
}

export function isCreateLinkArgs(value: unknown): value is CreateLinkArgs {
  return !!value && typeof value === 'object' && !Array.isArray(value) && typeof (value as { agentId?: unknown }).agentId === 'string';
}

export function answersFromArgs(args: CreateLinkArgs, now: number, language: string): { ok: true; answers: CreateAnswers } | { ok: false; message: string } {
  const agent = parseAgentId(args.agentId);
  if (!agent.ok) return { ok: false, message: t('{0}: {1}', 'agentId', agent.message) };
  const answers: CreateAnswers = { agent: { id: agent.agentId }, agentTyped: agent.agentId };
  if (args.name !== undefined && args.name !== null) {
    if (typeof args.name !== 'string') return { ok: false, message: t('name: must be a string.') };
    answers.name = args.name.trim();
  }
  if (args.expiresAt !== undefined && args.expiresAt !== null && args.expiresAt !== '') {
    if (typeof args.expiresAt !== 'string') return { ok: false, message: t('expiresAt: must be an ISO 8601 string or a duration such as 3d.') };
    const parsed = parseExpiry(args.expiresAt, now, language);
    if (!parsed.ok) return { ok: false, message: t('{0}: {1}', 'expiresAt', parsed.message) };
    answers.expiry = parsed.choice;
    answers.expiryTyped = args.expiresAt.trim();
  }
  if (args.useLimit !== undefined && args.useLimit !== null) {
    const text = useLimitArgText(args.useLimit);
    const parsed = parseUseLimit(text);
    if (!parsed.ok) return { ok: false, message: t('{0}: {1}', 'useLimit', parsed.message) };
    answers.useLimitText = text.trim();
  }
  return { ok: true, answers };
}
