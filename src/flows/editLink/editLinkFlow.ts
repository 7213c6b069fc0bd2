// "Edit Link…": a list of the fields with their current values; each field is edited by its
// own small object (nameField.ts, statusField.ts, expiryField.ts, useLimitField.ts) and comes
// back to the list, marked when changed. "Save changes" runs the execute step (saveEdit.ts):
// ONE PUT with only the changed fields. Esc anywhere sends nothing. With command arguments,
// the same checks and the same PUT, without prompts. No `vscode` import here.
import { AgentHumanError } from '../../api/errors';
import type { Link } from '../../api/schemas';
import { quotedLinkName } from '../../links/linkNames';
import { BACK, ButtonPress, CANCEL, type PromptItem } from '../../wizard/prompter';
import type { FlowDeps } from '../flowDeps';
import { describeExpiry } from '../inputs/expiryInput';
import { describeUseLimit } from '../inputs/useLimitInput';
import {
  changedFields, describeCurrentExpiry, describeName, type EditAnswers, type Field, fieldLabel, normalize, toUpdateRequest,
} from './editAnswers';
import { statusWord } from '../../links/statusText';
import { t } from '../../text/translate';
import { answersFromEditArgs, type EditLinkArgs } from './editLinkArgs';
import { expiryField } from './expiryField';
import type { FieldContext, FieldEditor } from './fieldEditor';
import { nameField } from './nameField';
import { saveEdit } from './saveEdit';
import { statusField } from './statusField';
import { useLimitField } from './useLimitField';

type ListValue = Field | 'save';

const FIELDS: Record<Field, FieldEditor> = { name: nameField, status: statusField, expiry: expiryField, useLimit: useLimitField };

/** Runs the field list until Save (resolves the updated link) or Esc (undefined, nothing sent). */
export async function runEditLinkFlow(deps: FlowDeps, link: Link, initial: EditAnswers = {}): Promise<Link | undefined> {
  const answers: EditAnswers = normalize(link, { ...initial });
  const title = t('Edit Link {0}', quotedLinkName(link));
  const context = fieldContext(deps, title);
  let active: ListValue = 'name';
  for (;;) {
    const changed = changedFields(answers);
    const items: PromptItem<ListValue>[] = [
      fieldItem(t('Name'), 'name', answers.name !== undefined, describeName(link.name), answers.name === undefined ? undefined : describeName(answers.name)),
      fieldItem(t('Status'), 'status', answers.status !== undefined, statusWord(link.status), answers.status && statusWord(answers.status)),
      fieldItem(t('Expiry'), 'expiry', answers.expiry !== undefined, describeCurrentExpiry(link, deps.now(), deps.language),
        answers.expiry === undefined ? undefined : describeExpiry(answers.expiry, deps.now(), deps.language)),
      fieldItem(t('Use limit'), 'useLimit', answers.useLimit !== undefined, t('{0} ({1} used)', describeUseLimit(link.use_limit), link.uses),
        answers.useLimit === undefined ? undefined : describeUseLimit(answers.useLimit)),
    ];
    if (changed.length) {
      items.push(
        { label: '', separator: true, value: 'save' },
        { label: `$(check) ${t('Save changes')}`, description: t('sends {0}', changed.map(fieldLabel).join(', ')), value: 'save' },
      );
    }
    const picked = await deps.prompter.pick<ListValue>({
      title,
      placeholder: changed.length
        ? t('Change another field, or choose "Save changes" (Esc leaves without saving)')
        : t('Choose a field to change (Esc leaves without saving)'),
      items,
      active: (value) => value === active,
      matchOnDescription: true,
    });
    if (picked === CANCEL) return undefined;
    if (picked === BACK || picked instanceof ButtonPress) continue;
    if (picked === 'save') {
      const changes = toUpdateRequest(answers, deps.now());
      if (!changes.ok) {
        active = changes.field;
        deps.ui.notify('warning', changes.message);
        continue;
      }
      return saveEdit(deps, link, changes.request, { interactive: true }, (fresh) => runEditLinkFlow(deps, fresh, answers));
    }
    active = picked;
    const outcome = await FIELDS[picked].edit(context, link, answers, deps);
    if (outcome === CANCEL) return undefined;
  }
}

function fieldContext(deps: FlowDeps, title: string): FieldContext {
  return {
    pick: (prompt) => deps.prompter.pick({ ...prompt, title, canGoBack: true }),
    input: (prompt) => deps.prompter.input({ ...prompt, title, canGoBack: true }),
  };
}

function fieldItem(label: string, value: Field, changed: boolean, current: string, pending: string | undefined): PromptItem<ListValue> {
  return changed
    ? { label: `$(circle-filled) ${label}`, description: t('{0} (changed; was {1})', pending ?? '', current), value }
    : { label, description: current, value };
}

/** Applies the changes without prompts. Resolves the updated link (the same link when nothing changed). */
export async function editLinkDirect(deps: FlowDeps, link: Link, args: EditLinkArgs): Promise<Link | undefined> {
  const parsed = answersFromEditArgs(link, args, deps.now(), deps.language);
  if (!parsed.ok) {
    deps.failures.report(new AgentHumanError('invalidInput', parsed.message), { action: t('Could not update link {0}', quotedLinkName(link)) });
    return undefined;
  }
  const changes = toUpdateRequest(parsed.answers, deps.now());
  if (!changes.ok) {
    deps.ui.log(`Edit link ${link.link_id}: nothing to change, no request sent.`);
    return link;
  }
  const again = (fresh: Link) => saveEdit(deps, fresh, changes.request, { interactive: false }, again);
  return saveEdit(deps, link, changes.request, { interactive: false }, again);
}
