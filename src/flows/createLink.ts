// "Create Link": five prompts (agent, name, expiry, use limit, confirm), then ONE POST.
// Nothing is sent before the confirm step; Esc anywhere sends nothing; a failure keeps
// every answer so Retry reopens the flow prefilled. No `vscode` import here.
import { AgentHumanError, isAgentHumanError } from '../api/errors';
import type { Agent, CreateLinkRequest, Link } from '../api/schemas';
import { describeError, ACTION_LABELS, type ErrorAction } from '../errors/errorMessages';
import { quotedLinkName } from '../links/linkLabel';
import { BACK, CANCEL, ButtonPress, type PromptItem } from '../wizard/prompter';
import { runWizard, type StepContext, type StepOutcome, type WizardStep } from '../wizard/wizard';
import { parseAgentId } from './agentIdInput';
import {
  describeExpiry, EXPIRY_FORMATS, EXPIRY_PRESETS, expiryToIso, formatLocalDateTime, parseExpiry, resolveExpiry, sameExpiry,
  type ExpiryChoice,
} from './expiryInput';
import { offer, type FlowDeps } from './flowDeps';
import { describeUseLimit, parseUseLimit } from './useLimitInput';

export const CREATE_TITLE = 'Create Link';
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

export interface CreateFlowOptions {
  answers?: CreateAnswers;
  startAt?: CreateStepId;
  /** Shown at `startAt` (e.g. why the flow came back to the agent step). */
  notice?: string;
}

/** How long a loaded agents list is reused (Back, Retry, the next Create). */
const AGENTS_TTL_MS = 5 * 60_000;
/** How far back a link found after a lost answer may have been created. */
const LOST_ANSWER_WINDOW_MS = 5 * 60_000;

// ---- the interactive flow ------------------------------------------------------------

/** Runs the prompts, then creates the link. Resolves the new link, or undefined. */
export async function runCreateLinkFlow(deps: FlowDeps, options: CreateFlowOptions = {}): Promise<Link | undefined> {
  const answers: CreateAnswers = { ...options.answers };
  const agents = agentSource(deps);
  let startAt = options.startAt;
  let notice = options.notice;
  for (;;) {
    const completed = await runWizard(deps.prompter, createSteps(deps, agents), answers, {
      title: CREATE_TITLE,
      startAt,
      notice: notice && startAt ? { step: startAt, message: notice } : undefined,
    });
    if (!completed) return undefined;
    const built = buildCreateRequest(answers, now(deps));
    if (built.ok) return submit(deps, answers, built.request, { interactive: true });
    // e.g. a custom date that passed while the summary was open
    startAt = built.step;
    notice = built.message;
  }
}

function createSteps(deps: FlowDeps, agents: () => Promise<AgentList>): WizardStep<CreateAnswers>[] {
  return [
    { id: 'agent', run: (context, answers) => agentStep(context, answers, agents) },
    { id: 'name', run: nameStep },
    { id: 'expiry', run: (context, answers) => expiryStep(context, answers, () => now(deps)) },
    { id: 'useLimit', run: useLimitStep },
    { id: 'confirm', run: (context, answers) => confirmStep(context, answers, now(deps)) },
  ];
}

const ENTER_ID = 'enter-agent-id';
type AgentValue = { id: string; name: string } | typeof ENTER_ID;

async function agentStep(context: StepContext, answers: CreateAnswers, agents: () => Promise<AgentList>): Promise<StepOutcome> {
  let placeholder = context.notice ?? 'Choose the agent the link opens';
  for (;;) {
    const typed = answers.agentTyped !== undefined;
    const items = agents().then((list): PromptItem<AgentValue>[] => [
      ...(list.agents.length ? [{ label: list.source === 'api' ? 'Your agents' : 'Agents found in your links', separator: true, value: ENTER_ID } as const] : []),
      ...list.agents.map((agent) => ({
        label: agent.name,
        description: agent.agent_id,
        detail: agent.voice_agent?.provider ? `Voice: ${agent.voice_agent.provider}` : undefined,
        value: { id: agent.agent_id, name: agent.name },
      })),
      { label: '', separator: true, value: ENTER_ID },
      {
        label: '$(edit) Enter agent ID…',
        description: typed ? answers.agent?.id : undefined,
        detail: list.note,
        value: ENTER_ID,
        alwaysShow: true,
      },
    ]);
    const picked = await context.pick<AgentValue>({
      placeholder,
      items,
      active: (value) => (value === ENTER_ID ? typed : !typed && value.id === answers.agent?.id),
      matchOnDescription: true,
    });
    if (picked === BACK || picked === CANCEL) return picked;
    if (picked instanceof ButtonPress) continue;
    if (picked !== ENTER_ID) {
      answers.agent = { id: picked.id, name: picked.name };
      answers.agentTyped = undefined;
      return 'next';
    }
    const entered = await context.input({
      canGoBack: true, // back to the list
      value: answers.agentTyped ?? '',
      prompt: 'The ID of one of your agents (from the AgentHuman dashboard)',
      placeholder: 'agnt_…',
      validate: (text) => {
        const parsed = parseAgentId(text);
        return parsed.ok ? undefined : parsed.message;
      },
    });
    if (entered === CANCEL) return CANCEL;
    if (entered === BACK || entered instanceof ButtonPress) {
      placeholder = 'Choose the agent the link opens';
      continue;
    }
    const parsed = parseAgentId(entered);
    if (!parsed.ok) continue;
    const known = (await agents()).agents.find((a) => a.agent_id === parsed.agentId);
    answers.agent = { id: parsed.agentId, name: known?.name };
    answers.agentTyped = entered.trim();
    return 'next';
  }
}

async function nameStep(context: StepContext, answers: CreateAnswers): Promise<StepOutcome> {
  const result = await context.input({
    value: answers.name ?? '',
    prompt: 'Name of the link (optional)',
    placeholder: 'Leave empty and the server names the link by date (e.g. "Link Jan 14, 2025")',
    validate: (text) => (text.trim() ? undefined : { message: 'No name: the server will name the link by its creation date.', severity: 'info' }),
  });
  if (result === BACK || result === CANCEL) return result;
  if (result instanceof ButtonPress) return nameStep(context, answers);
  answers.name = result.trim();
  return 'next';
}

const CUSTOM = 'custom';

async function expiryStep(context: StepContext, answers: CreateAnswers, clock: () => number): Promise<StepOutcome> {
  const picked = await pickExpiry(context, answers.expiry, answers.expiryTyped, clock, { allowPast: false, placeholder: context.notice });
  if (picked === BACK || picked === CANCEL) return picked;
  answers.expiry = picked.choice;
  answers.expiryTyped = picked.typed;
  return 'next';
}

/**
 * The expiry pick (Never, presets, Custom…) and its custom input; Back from the input
 * returns to the pick. Shared with Edit Link.
 */
export async function pickExpiry(
  context: Pick<StepContext, 'pick' | 'input'>,
  current: ExpiryChoice | undefined,
  typed: string | undefined,
  clock: () => number,
  options: { allowPast: boolean; placeholder?: string; neverLabel?: string; customPrefill?: string },
): Promise<{ choice: ExpiryChoice; typed?: string } | typeof BACK | typeof CANCEL> {
  for (;;) {
    const items: PromptItem<ExpiryChoice | typeof CUSTOM>[] = [
      { label: options.neverLabel ?? 'Never', description: 'no expiry date', value: { kind: 'never' } },
      ...EXPIRY_PRESETS.map((preset) => ({ label: preset.label, description: presetDescription(preset.choice, clock()), value: preset.choice })),
      { label: 'Custom…', description: typed ?? 'a date, a date and time, or 3d / 12h / 90m / 2w', value: CUSTOM },
    ];
    const picked = await context.pick({
      placeholder: options.placeholder ?? 'When should the link stop working?',
      items,
      active: (value) => (value === CUSTOM ? typed !== undefined : typed === undefined && sameExpiry(value, current)),
    });
    if (picked === BACK || picked === CANCEL) return picked;
    if (picked instanceof ButtonPress) continue;
    if (picked !== CUSTOM) return { choice: picked };
    const entered = await context.input({
      canGoBack: true, // back to the list
      value: typed ?? options.customPrefill ?? '',
      prompt: `Expiry: ${EXPIRY_FORMATS}`,
      placeholder: 'e.g. 2025-12-31, 2025-12-31T18:00, 3d, 12h',
      validate: (text) => {
        const parsed = parseExpiry(text, clock(), { allowPast: options.allowPast });
        return parsed.ok ? { message: parsed.message, severity: parsed.severity } : parsed.message;
      },
    });
    if (entered === CANCEL) return CANCEL;
    if (entered === BACK || entered instanceof ButtonPress) continue;
    const parsed = parseExpiry(entered, clock(), { allowPast: options.allowPast });
    if (parsed.ok) return { choice: parsed.choice, typed: entered.trim() };
    typed = entered.trim();
  }
}

async function useLimitStep(context: StepContext, answers: CreateAnswers): Promise<StepOutcome> {
  const result = await context.input({
    value: answers.useLimitText ?? '',
    prompt: 'How many sessions may be started through the link? Leave empty for unlimited.',
    placeholder: 'Unlimited',
    validate: (text) => {
      const parsed = parseUseLimit(text);
      if (!parsed.ok) return parsed.message;
      return parsed.value === null ? { message: 'Unlimited uses.', severity: 'info' } : undefined;
    },
  });
  if (result === BACK || result === CANCEL) return result;
  if (result instanceof ButtonPress) return useLimitStep(context, answers);
  answers.useLimitText = result.trim();
  return 'next';
}

function presetDescription(choice: ExpiryChoice, now: number): string | undefined {
  const at = resolveExpiry(choice, now);
  return at === null ? undefined : `until ${formatLocalDateTime(at)}`;
}

type ConfirmValue = 'create' | CreateStepId;

async function confirmStep(context: StepContext, answers: CreateAnswers, now: number): Promise<StepOutcome> {
  const summary = summarize(answers, now);
  const items: PromptItem<ConfirmValue>[] = [
    { label: '$(check) Create link', detail: summary.line, value: 'create' },
    { label: 'Change', separator: true, value: 'create' },
    { label: 'Agent', description: summary.agent, value: 'agent' },
    { label: 'Name', description: summary.name, value: 'name' },
    { label: 'Expiry', description: summary.expiry, value: 'expiry' },
    { label: 'Use limit', description: summary.useLimit, value: 'useLimit' },
  ];
  const picked = await context.pick<ConfirmValue>({
    placeholder: context.notice ?? 'Check the answers, then choose "Create link" (or Back to change them)',
    items,
    active: (value) => value === 'create',
  });
  if (picked === BACK || picked === CANCEL) return picked;
  if (picked instanceof ButtonPress) return confirmStep(context, answers, now);
  return picked === 'create' ? 'next' : { goto: picked };
}

export interface CreateSummary {
  agent: string;
  name: string;
  expiry: string;
  useLimit: string;
  line: string;
}

export function summarize(answers: CreateAnswers, now: number): CreateSummary {
  const agent = answers.agent ? (answers.agent.name ? `${answers.agent.name} (${answers.agent.id})` : answers.agent.id) : '(none)';
  const name = answers.name ? `“${answers.name}”` : 'named by the server by date';
  const expiry = answers.expiry ? describeExpiry(answers.expiry, now) : 'Never';
  const limit = parseUseLimit(answers.useLimitText ?? '');
  const useLimit = limit.ok ? describeUseLimit(limit.value) : '(invalid)';
  return { agent, name, expiry, useLimit, line: `${agent} · ${name} · expires: ${expiry} · ${useLimit}` };
}

// ---- the request -----------------------------------------------------------------------

export type BuiltRequest = { ok: true; request: CreateLinkRequest } | { ok: false; step: CreateStepId; message: string };

/** Turns the answers into the POST body, re-checking each (a date may have passed meanwhile). */
export function buildCreateRequest(answers: CreateAnswers, now: number): BuiltRequest {
  const agent = parseAgentId(answers.agent?.id ?? '');
  if (!agent.ok) return { ok: false, step: 'agent', message: agent.message };
  const request: CreateLinkRequest = { agent_id: agent.agentId };
  const name = answers.name?.trim();
  if (name) request.name = name;
  const expiry = answers.expiry ?? { kind: 'never' };
  if (expiry.kind === 'absolute' && expiry.at <= now) {
    return { ok: false, step: 'expiry', message: `${formatLocalDateTime(expiry.at)} is now in the past: choose another expiry.` };
  }
  const iso = expiryToIso(expiry, now);
  if (iso !== null) request.expires_at = iso;
  const limit = parseUseLimit(answers.useLimitText ?? '');
  if (!limit.ok) return { ok: false, step: 'useLimit', message: limit.message };
  if (limit.value !== null) request.use_limit = limit.value;
  return { ok: true, request };
}

// ---- without prompts (command arguments) ------------------------------------------------

/** `agenthuman.createLink` arguments: create directly, with the same checks. */
export interface CreateLinkArgs {
  agentId: string;
  name?: string;
  /** ISO 8601 date or date-time, or 3d / 12h / 90m / 2w; null or absent = never. */
  expiresAt?: string | null;
  /** A positive whole number; null or absent = unlimited. */
  useLimit?: number | string | null;
}

export function isCreateLinkArgs(value: unknown): value is CreateLinkArgs {
  return !!value && typeof value === 'object' && !Array.isArray(value) && typeof (value as { agentId?: unknown }).agentId === 'string';
}

export function answersFromArgs(args: CreateLinkArgs, now: number): { ok: true; answers: CreateAnswers } | { ok: false; message: string } {
  const agent = parseAgentId(args.agentId);
  if (!agent.ok) return { ok: false, message: `agentId: ${agent.message}` };
  const answers: CreateAnswers = { agent: { id: agent.agentId }, agentTyped: agent.agentId };
  if (args.name !== undefined && args.name !== null) {
    if (typeof args.name !== 'string') return { ok: false, message: 'name: must be a string.' };
    answers.name = args.name.trim();
  }
  if (args.expiresAt !== undefined && args.expiresAt !== null && args.expiresAt !== '') {
    if (typeof args.expiresAt !== 'string') return { ok: false, message: 'expiresAt: must be an ISO 8601 string or a duration such as 3d.' };
    const parsed = parseExpiry(args.expiresAt, now);
    if (!parsed.ok) return { ok: false, message: `expiresAt: ${parsed.message}` };
    answers.expiry = parsed.choice;
    answers.expiryTyped = args.expiresAt.trim();
  }
  if (args.useLimit !== undefined && args.useLimit !== null) {
    const text = typeof args.useLimit === 'number' ? (Number.isFinite(args.useLimit) ? String(args.useLimit) : 'NaN') : String(args.useLimit);
    const parsed = parseUseLimit(text);
    if (!parsed.ok) return { ok: false, message: `useLimit: ${parsed.message}` };
    answers.useLimitText = text.trim();
  }
  return { ok: true, answers };
}

/** Creates a link from command arguments, without any prompt. */
export async function createLinkDirect(deps: FlowDeps, args: CreateLinkArgs): Promise<Link | undefined> {
  const parsed = answersFromArgs(args, now(deps));
  if (!parsed.ok) {
    offer(deps.ui, 'error', `Could not create the link: ${parsed.message}`, {});
    return undefined;
  }
  const built = buildCreateRequest(parsed.answers, now(deps));
  if (!built.ok) {
    offer(deps.ui, 'error', `Could not create the link: ${built.message}`, {});
    return undefined;
  }
  return submit(deps, parsed.answers, built.request, { interactive: false });
}

// ---- sending, success, failure --------------------------------------------------------

interface SubmitMode {
  /** Prompts may be shown (Retry reopens the flow); false for command arguments. */
  interactive: boolean;
}

async function submit(deps: FlowDeps, answers: CreateAnswers, request: CreateLinkRequest, mode: SubmitMode): Promise<Link | undefined> {
  const knownBefore = new Set(deps.links.links.map((l) => l.link_id));
  const sentAt = now(deps);
  try {
    const title = request.name ? `Creating link “${request.name}”…` : 'Creating link…';
    const link = await deps.ui.progress(title, () => deps.client.createLink(request));
    return await announceCreated(deps, link, '');
  } catch (error) {
    return handleCreateFailure(deps, error, answers, request, { sentAt, knownBefore }, mode);
  }
}

async function announceCreated(deps: FlowDeps, link: Link, prefix: string): Promise<Link> {
  const { ui } = deps;
  deps.links.upsert(link);
  try {
    await ui.reveal(link);
  } catch (error) {
    ui.log(`Could not reveal the new link: ${error instanceof Error ? error.message : String(error)}`);
  }
  const copy = async () => {
    await ui.copy(link.url);
  };
  const open = () => ui.open(link.url);
  if (ui.copyOnCreate()) {
    try {
      await copy();
      offer(ui, 'info', `${prefix}Created link ${quotedLinkName(link)}; its URL is copied to the clipboard.`, { Open: open });
      return link;
    } catch (error) {
      ui.log(`Could not copy the URL: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  offer(ui, 'info', `${prefix}Created link ${quotedLinkName(link)}.`, { 'Copy Link': copy, Open: open });
  return link;
}

interface SentInfo {
  sentAt: number;
  knownBefore: ReadonlySet<string>;
}

async function handleCreateFailure(
  deps: FlowDeps,
  error: unknown,
  answers: CreateAnswers,
  request: CreateLinkRequest,
  sent: SentInfo,
  mode: SubmitMode,
): Promise<Link | undefined> {
  const { ui } = deps;
  const action = 'Could not create the link';
  const retry = () => (mode.interactive ? runCreateLinkFlow(deps, { answers, startAt: 'confirm' }) : retryDirect(deps, answers));
  ui.log(`${action}: ${error instanceof Error ? error.message : String(error)}`);

  if (isAgentHumanError(error) && (error.kind === 'notFound' || error.kind === 'forbidden')) {
    // On POST /v1/links this means the agent is not one of the account's agents.
    const said = error.serverMessage ? `the server said “${error.serverMessage}”` : `HTTP ${error.status ?? ''}`.trim();
    const message = `Agent ${request.agent_id} was refused (${said}). Choose one of your agents.`;
    if (mode.interactive) return runCreateLinkFlow(deps, { answers, startAt: 'agent', notice: message });
    offer(ui, 'error', `${action}: ${message}`, {});
    return undefined;
  }

  if (isAgentHumanError(error, 'unauthorized')) {
    // Nothing was created. After a new key is stored, offer the same link again.
    ui.background(async () => {
      if (!(await ui.handleUnauthorized())) return;
      if (mode.interactive) await retry();
      else offer(ui, 'info', 'The new API key is stored. Create the link now?', { Retry: retry });
    });
    return undefined;
  }

  if (isAgentHumanError(error) && error.mayHaveReachedServer) {
    return checkLostAnswer(deps, error, request, sent, retry);
  }

  const { message, actions } = describeError(error, action, ui.apiHost(), now(deps));
  offer(ui, 'error', message, { Retry: retry, ...errorActions(deps, actions) });
  return undefined;
}

function retryDirect(deps: FlowDeps, answers: CreateAnswers): Promise<Link | undefined> {
  const built = buildCreateRequest(answers, now(deps));
  if (!built.ok) {
    offer(deps.ui, 'error', `Could not create the link: ${built.message}`, {});
    return Promise.resolve(undefined);
  }
  return submit(deps, answers, built.request, { interactive: false });
}

/**
 * The POST got no answer (or a 5xx), so it may have been processed. There are no idempotency keys:
 * list the links (one GET) and look for the link before offering to send it again.
 */
async function checkLostAnswer(
  deps: FlowDeps,
  error: AgentHumanError,
  request: CreateLinkRequest,
  sent: SentInfo,
  retry: () => Promise<Link | undefined>,
): Promise<Link | undefined> {
  const { ui } = deps;
  const why = error.kind === 'timeout'
    ? 'the AgentHuman API did not answer in time'
    : error.kind === 'network'
      ? `the connection to the AgentHuman API failed${error.code ? ` (${error.code})` : ''}`
      : error.kind === 'server'
        ? `the AgentHuman service had a problem (HTTP ${error.status ?? 500})`
        : error.message.replace(/\.$/, '');
  let links: Link[];
  try {
    links = await ui.progress('Checking whether the link was created anyway…', () => deps.client.listLinks('all'));
  } catch (listError) {
    const reason = listError instanceof Error ? listError.message : String(listError);
    offer(ui, 'error',
      `Could not create the link: ${why}, so it may have been created anyway, and the list of links could not be checked (${reason}). Refresh the links and look for it before trying again.`,
      { [ACTION_LABELS.refresh]: () => ui.runErrorAction('refresh'), Retry: retry });
    return undefined;
  }
  const found = findCreatedLink(links, request, sent.sentAt, now(deps), sent.knownBefore);
  if (found) {
    const at = formatLocalDateTime(Date.parse(found.created_at));
    return announceCreated(deps, found, `${why[0].toUpperCase()}${why.slice(1)}, but the link was created: found ${quotedLinkName(found)}, created ${at}. `);
  }
  offer(ui, 'error',
    `Could not create the link: ${why}. The list of links was checked and no matching link was created, so it is safe to try again.`,
    { Retry: retry });
  return undefined;
}

/**
 * The link a create whose answer was lost made, if any: same agent, same name (when one
 * was given), same use limit and expiry, created since shortly before the request, and
 * not in the list before.
 */
export function findCreatedLink(
  links: readonly Link[],
  request: CreateLinkRequest,
  sentAt: number,
  now: number,
  knownBefore: ReadonlySet<string> = new Set(),
): Link | undefined {
  const skew = 2 * 60_000;
  const wantedExpiry = request.expires_at === undefined ? null : Date.parse(request.expires_at);
  return links
    .filter((link) => {
      if (knownBefore.has(link.link_id)) return false;
      if (link.agent.agent_id !== request.agent_id) return false;
      if (request.name !== undefined && link.name !== request.name) return false;
      if ((request.use_limit ?? null) !== link.use_limit) return false;
      const expiry = link.expires_at === null ? null : Date.parse(link.expires_at);
      if ((expiry === null) !== (wantedExpiry === null)) return false;
      if (expiry !== null && wantedExpiry !== null && Math.abs(expiry - wantedExpiry) > 2000) return false;
      const created = Date.parse(link.created_at);
      return created >= Math.min(sentAt - skew, now - LOST_ANSWER_WINDOW_MS) && created <= now + skew;
    })
    .sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at))[0];
}

/** The buttons of an error message (other than Retry), run through the UI. */
export function errorActions(deps: FlowDeps, actions: readonly ErrorAction[]): Record<string, () => unknown> {
  const result: Record<string, () => unknown> = {};
  for (const action of actions) if (action !== 'retry') result[ACTION_LABELS[action]] = () => deps.ui.runErrorAction(action);
  return result;
}

// ---- agents ----------------------------------------------------------------------------

export interface AgentList {
  agents: Agent[];
  source: 'api' | 'links';
  /** Why the list came from the links, for the "Enter agent ID…" item. */
  note?: string;
}

/**
 * The agents for step 1, loaded at most once per flow (Back does not reload) and reused
 * for a few minutes across flows. From GET /v1/agents when that works; otherwise the
 * agents seen in the links (the endpoint is unconfirmed), and free entry.
 */
export function agentSource(deps: FlowDeps): () => Promise<AgentList> {
  let loading: Promise<AgentList> | undefined;
  return () => (loading ??= loadAgents(deps));
}

async function loadAgents(deps: FlowDeps): Promise<AgentList> {
  const cache = deps.agentCache;
  const fromLinks = (note: string): AgentList => ({ agents: deps.links.agentsSeen(), source: 'links', note });
  if (cache?.unavailable) return fromLinks('The agents list is not available: pick an agent from your links or type its ID.');
  if (cache?.agents && cache.loadedAt !== undefined && now(deps) - cache.loadedAt < AGENTS_TTL_MS) {
    return { agents: cache.agents, source: 'api' };
  }
  try {
    const result = await deps.client.listAgents();
    if (!result.available) {
      if (cache) cache.unavailable = true;
      deps.ui.log(`The list-agents endpoint is not available (${result.reason ?? 'unknown reason'}); using the agents seen in the links.`);
      return fromLinks('The agents list is not available: pick an agent from your links or type its ID.');
    }
    const agents = [...result.agents].sort((a, b) => a.name.localeCompare(b.name));
    if (cache) {
      cache.agents = agents;
      cache.loadedAt = now(deps);
    }
    return { agents, source: 'api' };
  } catch (error) {
    deps.ui.log(`Could not load the agents: ${error instanceof Error ? error.message : String(error)}`);
    return fromLinks('Could not load the agents list: pick an agent from your links or type its ID.');
  }
}

function now(deps: FlowDeps): number {
  return deps.now();
}
