// "Rename Link…" (F2 in the Links view): Edit Link's name step alone, then the same save: one
// PUT of the name, only when it changed. No `vscode` import here.
import type { Link } from '../../api/schemas';
import { quotedLinkName } from '../../links/linkNames';
import { CANCEL } from '../../wizard/prompter';
import type { FlowDeps } from '../flowDeps';
import type { EditAnswers } from './editAnswers';
import type { FieldContext } from './fieldEditor';
import { nameField } from './nameField';
import { saveEdit } from './saveEdit';
import { t } from '../../text/translate';

/** Resolves the renamed link, or undefined (Esc, the same name, or a failure already reported). */
export async function runRenameLinkFlow(deps: FlowDeps, link: Link, typed?: EditAnswers): Promise<Link | undefined> {
  const answers: EditAnswers = { ...typed };
  const title = t('Rename Link {0}', quotedLinkName(link));
  const context: FieldContext = {
    pick: (prompt) => deps.prompter.pick({ ...prompt, title }),
    input: (prompt) => deps.prompter.input({ ...prompt, title }),
  };
  if ((await nameField.edit(context, link, answers, deps)) === CANCEL || answers.name === undefined) return undefined;
  return saveEdit(deps, link, { name: answers.name }, { interactive: true }, (fresh) => runRenameLinkFlow(deps, fresh, answers));
}
