// What the user answered in Create Link, how it reads on the summary, and the POST body it
// makes. Pure data: no prompt, no request. No `vscode` import here.
import type { CreateLinkRequest, Link } from '../../api/schemas';
import { inertText } from '../../text/inertText';
import { formatLocalDateTime } from '../../text/time';
import { t } from '../../text/translate';
import { parseAgentId } from '../inputs/agentIdInput';
import { describeExpiry, type ExpiryChoice, expiryToIso } from '../inputs/expiryInput';
import { describeUseLimit, parseUseLimit } from '../inputs/useLimitInput';

/** The title of the Create Link prompts. */
export function createTitle(): string {
  return t('Create Link');
}
export const CREATE_STEPS = ['agent', 'name', 'expiry', 'useLimit', 'confirm'] as const;
export type CreateStepId = (typeof CREATE_STEPS)[number];

/** Everything the user answered; kept across Back, failures and Retry. */
export interface CreateAnswers {
  agent?: { id: string; name?: string };
  /** The agent was typed with "Enter agent ID…" (the text typed). */
  agentTyped?: string;
  /** Trimmed; empty = the server names the link by date. */
  name?: string;
  expiry?: ExpiryChoice;
  /** The expiry came from "Custom…" (the text typed). */
  expiryTyped?: string;
  /** As typed; empty = unlimited. */
  useLimitText?: string;
}

/**
 * The answers of a new link like `link`: its agent, name and use limit. The expiry is left to
 * the user (the old one has passed, or is about to).
 */
export function answersFromLink(link: Pick<Link, 'name' | 'use_limit'> & { agent: Pick<Link['agent'], 'agent_id' | 'name'> }): CreateAnswers {
  return {
    agent: { id: link.agent.agent_id, name: link.agent.name },
    name: link.name?.trim() ?? '',
    useLimitText: link.use_limit === null ? '' : String(link.use_limit),
  };
}

export interface CreateSummary {
  agent: string;
  name: string;
  expiry: string;
  useLimit: string;
  line: string;
}

export function summarize(answers: CreateAnswers, now: number, language: string): CreateSummary {
  const agent = answers.agent ? (answers.agent.name ? `${inertText(answers.agent.name)} (${answers.agent.id})` : answers.agent.id) : t('(none)');
  const name = answers.name ? t('“{0}”', answers.name) : t('named by the server by date');
  const expiry = answers.expiry ? describeExpiry(answers.expiry, now, language) : t('Never');
  const limit = parseUseLimit(answers.useLimitText ?? '');
  const useLimit = limit.ok ? describeUseLimit(limit.value) : t('(invalid)');
  return { agent, name, expiry, useLimit, line: `${agent} · ${name} · ${t('expires: {0}', expiry)} · ${useLimit}` };
}

export type BuiltRequest = { ok: true; request: CreateLinkRequest } | { ok: false; step: CreateStepId; message: string };

/** Turns the answers into the POST body, re-checking each (a date may have passed meanwhile). */
export function buildCreateRequest(answers: CreateAnswers, now: number, language: string): BuiltRequest {
  const agent = parseAgentId(answers.agent?.id ?? '');
  if (!agent.ok) return { ok: false, step: 'agent', message: agent.message };
  const request: CreateLinkRequest = { agent_id: agent.agentId };
  const name = answers.name?.trim();
  if (name) request.name = name;
  const expiry = answers.expiry ?? { kind: 'never' };
  if (expiry.kind === 'absolute' && expiry.at <= now) {
    return { ok: false, step: 'expiry', message: t('{0} is now in the past: choose another expiry.', formatLocalDateTime(expiry.at, language)) };
  }
  const iso = expiryToIso(expiry, now);
  if (iso !== null) request.expires_at = iso;
  const limit = parseUseLimit(answers.useLimitText ?? '');
  if (!limit.ok) return { ok: false, step: 'useLimit', message: limit.message };
  if (limit.value !== null) request.use_limit = limit.value;
  return { ok: true, request };
}
