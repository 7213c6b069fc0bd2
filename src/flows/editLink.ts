// "Edit Link…": a list of the fields with their current values; each field is edited in
// its own prompt and comes back to the list, marked when changed. "Save changes" sends
// ONE PUT with only the changed fields through the shared update path. Esc anywhere
// sends nothing. No `vscode` import here.
import { isAgentHumanError } from '../api/errors';
import { LINK_STATUSES, type LinkStatus } from '../api/identifiers';
import type { Link, UpdateLinkRequest } from '../api/schemas';
import { describeError } from '../errors/errorMessages';
import { quotedLinkName } from '../links/linkLabel';
import { BACK, ButtonPress, CANCEL, type PromptItem } from '../wizard/prompter';
import type { StepContext } from '../wizard/wizard';
import { errorActions, pickExpiry } from './createLink';
import {
  describeExpiry, expiryToIso, formatLocalDateTime, parseExpiry, sameExpiry, toLocalInputText, type ExpiryChoice,
} from './expiryInput';
import { offer, type FlowDeps } from './flowDeps';
import { describeUseLimit, parseUseLimit } from './useLimitInput';

export const EDIT_TITLE = 'Edit Link';

/** The pending changes; undefined = unchanged, null = cleared / never / unlimited. */
export interface EditAnswers {
  name?: string | null;
  status?: LinkStatus;
  expiry?: ExpiryChoice;
  expiryTyped?: string;
  useLimit?: number | null;
}

type Field = 'name' | 'status' | 'expiry' | 'useLimit';
type ListValue = Field | 'save';

export const CLEAR_NAME = { id: 'clearName', icon: 'clear-all', tooltip: 'Clear name' } as const;
export const UNLIMITED = { id: 'unlimited', icon: 'infinity', tooltip: 'Unlimited' } as const;

/** Runs the field list until Save (resolves the updated link) or Esc (undefined, nothing sent). */
export async function runEditLinkFlow(deps: FlowDeps, link: Link, initial: EditAnswers = {}): Promise<Link | undefined> {
  const answers: EditAnswers = normalize(link, { ...initial });
  const title = `${EDIT_TITLE} ${quotedLinkName(link)}`;
  const context = editContext(deps, title);
  let active: ListValue = 'name';
  for (;;) {
    const changed = changedFields(answers);
    const items: PromptItem<ListValue>[] = [
      fieldItem('Name', 'name', answers.name !== undefined, describeName(link.name), answers.name === undefined ? undefined : describeName(answers.name)),
      fieldItem('Status', 'status', answers.status !== undefined, link.status, answers.status),
      fieldItem('Expiry', 'expiry', answers.expiry !== undefined, describeCurrentExpiry(link),
        answers.expiry === undefined ? undefined : describeExpiry(answers.expiry, now(deps))),
      fieldItem('Use limit', 'useLimit', answers.useLimit !== undefined, `${describeUseLimit(link.use_limit)} (${link.uses} used)`,
        answers.useLimit === undefined ? undefined : describeUseLimit(answers.useLimit)),
    ];
    if (changed.length) {
      items.push(
        { label: '', separator: true, value: 'save' },
        { label: '$(check) Save changes', description: `sends ${changed.map(fieldLabel).join(', ')}`, value: 'save' },
      );
    }
    const picked = await deps.prompter.pick<ListValue>({
      title,
      placeholder: changed.length
        ? 'Change another field, or choose "Save changes" (Esc leaves without saving)'
        : 'Choose a field to change (Esc leaves without saving)',
      items,
      active: (value) => value === active,
      matchOnDescription: true,
    });
    if (picked === CANCEL) return undefined;
    if (picked === BACK || picked instanceof ButtonPress) continue;
    if (picked === 'save') {
      const changes = toUpdateRequest(answers, now(deps));
      if (!changes.ok) {
        active = changes.field;
        offer(deps.ui, 'warning', changes.message, {});
        continue;
      }
      return save(deps, link, changes.request, answers, { interactive: true });
    }
    active = picked;
    const outcome = await EDITORS[picked](context, link, answers, deps);
    if (outcome === CANCEL) return undefined;
  }
}

type Editor = (context: Pick<StepContext, 'pick' | 'input'>, link: Link, answers: EditAnswers, deps: FlowDeps) => Promise<'done' | typeof CANCEL>;

const EDITORS: Record<Field, Editor> = {
  async name(context, link, answers) {
    for (;;) {
      const result = await context.input({
        value: answers.name === undefined ? (link.name ?? '') : (answers.name ?? ''),
        prompt: 'New name of the link. Empty (or the "Clear name" button) clears it.',
        placeholder: 'No name (the link shows as Untitled)',
        buttons: [CLEAR_NAME],
        validate: (text) => (text.trim() ? undefined : { message: 'The name will be cleared.', severity: 'info' }),
      });
      if (result === CANCEL) return CANCEL;
      if (result === BACK) return 'done';
      const value = result instanceof ButtonPress ? (result.id === CLEAR_NAME.id ? null : undefined) : result.trim() || null;
      if (value === undefined) continue;
      answers.name = value === (link.name?.trim() || null) ? undefined : value;
      return 'done';
    }
  },

  async status(context, link, answers) {
    for (;;) {
      const pending = answers.status ?? link.status;
      const items: PromptItem<LinkStatus>[] = [
        { label: 'Active', description: link.status === 'expired' ? 'the server may keep it expired if it is past its date or use limit' : 'visitors can start sessions', value: 'active' },
        { label: 'Paused', description: 'visitors cannot start sessions until it is resumed', value: 'paused' },
        { label: 'Expired', description: 'ends the link now', value: 'expired' },
      ];
      const picked = await context.pick<LinkStatus>({
        placeholder: `Status (now ${link.status})`,
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

  async expiry(context, link, answers, deps) {
    const current = currentExpiry(link);
    const picked = await pickExpiry(context, answers.expiry ?? current, answers.expiry ? answers.expiryTyped : undefined, () => now(deps), {
      allowPast: true,
      neverLabel: 'Never expires',
      placeholder: `Expiry (now: ${describeCurrentExpiry(link)})`,
      customPrefill: link.expires_at ? toLocalInputText(Date.parse(link.expires_at)) : '',
    });
    if (picked === CANCEL) return CANCEL;
    if (picked === BACK) return 'done';
    const unchanged = sameExpiry(picked.choice, current);
    answers.expiry = unchanged ? undefined : picked.choice;
    answers.expiryTyped = unchanged ? undefined : picked.typed;
    return 'done';
  },

  async useLimit(context, link, answers) {
    for (;;) {
      const pending = answers.useLimit === undefined ? link.use_limit : answers.useLimit;
      const result = await context.input({
        value: pending === null ? '' : String(pending),
        prompt: `Used ${link.uses} ${link.uses === 1 ? 'time' : 'times'} so far: a new limit must be greater than ${link.uses}. Empty (or the "Unlimited" button) = unlimited.`,
        placeholder: 'Unlimited',
        buttons: [UNLIMITED],
        validate: (text) => {
          const parsed = parseUseLimit(text, { uses: link.uses });
          if (!parsed.ok) return parsed.message;
          return parsed.value === null ? { message: 'Unlimited uses.', severity: 'info' } : undefined;
        },
      });
      if (result === CANCEL) return CANCEL;
      if (result === BACK) return 'done';
      let value: number | null;
      if (result instanceof ButtonPress) {
        if (result.id !== UNLIMITED.id) continue;
        value = null;
      } else {
        const parsed = parseUseLimit(result, { uses: link.uses });
        if (!parsed.ok) continue;
        value = parsed.value;
      }
      answers.useLimit = value === link.use_limit ? undefined : value;
      return 'done';
    }
  },
};

function editContext(deps: FlowDeps, title: string): Pick<StepContext, 'pick' | 'input'> {
  return {
    pick: (prompt) => deps.prompter.pick({ ...prompt, title, canGoBack: true }),
    input: (prompt) => deps.prompter.input({ ...prompt, title, canGoBack: true }),
  };
}

function fieldItem(label: string, value: Field, changed: boolean, current: string, pending: string | undefined): PromptItem<ListValue> {
  return changed
    ? { label: `$(circle-filled) ${label}`, description: `${pending} (changed; was ${current})`, value }
    : { label, description: current, value };
}

function fieldLabel(field: Field): string {
  return { name: 'name', status: 'status', expiry: 'expiry', useLimit: 'use limit' }[field];
}

function describeName(name: string | null): string {
  return name?.trim() ? `“${name}”` : '(no name)';
}

function currentExpiry(link: Link): ExpiryChoice {
  if (link.expires_at === null) return { kind: 'never' };
  const at = Date.parse(link.expires_at);
  return { kind: 'absolute', at, text: link.expires_at };
}

function describeCurrentExpiry(link: Link): string {
  return link.expires_at === null ? 'Never' : formatLocalDateTime(Date.parse(link.expires_at));
}

function changedFields(answers: EditAnswers): Field[] {
  const fields: Field[] = [];
  if (answers.name !== undefined) fields.push('name');
  if (answers.status !== undefined) fields.push('status');
  if (answers.expiry !== undefined) fields.push('expiry');
  if (answers.useLimit !== undefined) fields.push('useLimit');
  return fields;
}

/** Drops "changes" that equal the link's current values (e.g. prefilled for Retry after a refresh). */
function normalize(link: Link, answers: EditAnswers): EditAnswers {
  if (answers.name !== undefined && answers.name === (link.name?.trim() || null)) answers.name = undefined;
  if (answers.status === link.status) answers.status = undefined;
  if (answers.expiry && sameExpiry(answers.expiry, currentExpiry(link))) answers.expiry = undefined;
  if (answers.useLimit !== undefined && answers.useLimit === link.use_limit) answers.useLimit = undefined;
  return answers;
}

/** The PUT body: only the changed fields; relative expiries resolved now. */
export function toUpdateRequest(answers: EditAnswers, now: number):
  { ok: true; request: UpdateLinkRequest } | { ok: false; field: Field; message: string } {
  const request: UpdateLinkRequest = {};
  if (answers.name !== undefined) request.name = answers.name;
  if (answers.status !== undefined) request.status = answers.status;
  if (answers.expiry !== undefined) request.expires_at = expiryToIso(answers.expiry, now);
  if (answers.useLimit !== undefined) request.use_limit = answers.useLimit;
  if (!Object.keys(request).length) return { ok: false, field: 'name', message: 'Nothing was changed.' };
  return { ok: true, request };
}

// ---- saving ----------------------------------------------------------------------------

async function save(deps: FlowDeps, link: Link, request: UpdateLinkRequest, answers: EditAnswers, mode: { interactive: boolean }): Promise<Link | undefined> {
  const { ui } = deps;
  const outcome = await ui.progress(`Saving ${quotedLinkName(link)}…`, () => deps.sendUpdate(link, request));
  if (outcome.link) {
    const updated = outcome.link;
    const kept = request.status === 'active' && updated.status === 'expired'
      ? ' The server kept it expired: it is past its expiry date or use limit (change those to revive it).'
      : '';
    offer(ui, kept ? 'warning' : 'info', `Saved ${quotedLinkName(updated)}.${kept}`, {});
    return updated;
  }
  const error = outcome.error;
  ui.log(`Could not update link ${link.link_id}: ${error instanceof Error ? error.message : String(error)}`);
  const retry = (): Promise<Link | undefined> => {
    const fresh = deps.links.find(link.link_id) ?? link;
    if (mode.interactive) return runEditLinkFlow(deps, fresh, answers);
    return save(deps, fresh, request, answers, mode);
  };
  if (isAgentHumanError(error, 'notFound')) {
    offer(ui, 'error', `Link ${quotedLinkName(link)} no longer exists (it may have been deleted elsewhere) and was removed from the list.`, {});
    return undefined;
  }
  if (isAgentHumanError(error, 'unauthorized')) {
    ui.background(async () => {
      if (!(await ui.handleUnauthorized())) return;
      if (mode.interactive) await retry();
      else offer(ui, 'info', `The new API key is stored. Save the changes to ${quotedLinkName(link)} now?`, { Retry: retry });
    });
    return undefined;
  }
  // A PUT repeats safely (it sets the same values), so Retry is offered even when the
  // answer was lost.
  const { message, actions } = describeError(error, `Could not save the changes to ${quotedLinkName(link)}`, ui.apiHost(), now(deps));
  offer(ui, 'error', message, { Retry: retry, ...errorActions(deps, actions) });
  return undefined;
}

// ---- without prompts (command arguments) ------------------------------------------------

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

export function answersFromEditArgs(link: Link, args: EditLinkArgs, now: number): { ok: true; answers: EditAnswers } | { ok: false; message: string } {
  const answers: EditAnswers = {};
  if (args.name !== undefined) {
    if (args.name !== null && typeof args.name !== 'string') return { ok: false, message: 'name: must be a string or null.' };
    answers.name = args.name === null ? null : args.name.trim() || null;
  }
  if (args.status !== undefined) {
    if (!LINK_STATUSES.includes(args.status)) return { ok: false, message: `status: must be one of ${LINK_STATUSES.join(', ')}.` };
    answers.status = args.status;
  }
  if (args.expiresAt !== undefined) {
    if (args.expiresAt === null) {
      answers.expiry = { kind: 'never' };
    } else {
      if (typeof args.expiresAt !== 'string') return { ok: false, message: 'expiresAt: must be an ISO 8601 string, a duration such as 3d, or null.' };
      const parsed = parseExpiry(args.expiresAt, now, { allowPast: true });
      if (!parsed.ok) return { ok: false, message: `expiresAt: ${parsed.message}` };
      answers.expiry = parsed.choice;
    }
  }
  if (args.useLimit !== undefined) {
    if (args.useLimit === null) {
      answers.useLimit = null;
    } else {
      const text = typeof args.useLimit === 'number' ? (Number.isFinite(args.useLimit) ? String(args.useLimit) : 'NaN') : String(args.useLimit);
      const parsed = parseUseLimit(text, { uses: link.uses });
      if (!parsed.ok) return { ok: false, message: `useLimit: ${parsed.message}` };
      answers.useLimit = parsed.value;
    }
  }
  return { ok: true, answers: normalize(link, answers) };
}

/** Applies the changes without prompts. Resolves the updated link (the same link when nothing changed). */
export async function editLinkDirect(deps: FlowDeps, link: Link, args: EditLinkArgs): Promise<Link | undefined> {
  const parsed = answersFromEditArgs(link, args, now(deps));
  if (!parsed.ok) {
    offer(deps.ui, 'error', `Could not update link ${quotedLinkName(link)}: ${parsed.message}`, {});
    return undefined;
  }
  const changes = toUpdateRequest(parsed.answers, now(deps));
  if (!changes.ok) {
    deps.ui.log(`Edit link ${link.link_id}: nothing to change, no request sent.`);
    return link;
  }
  return save(deps, link, changes.request, parsed.answers, { interactive: false });
}

function now(deps: FlowDeps): number {
  return deps.now();
}
