// A field of Edit Link: one small object that prompts for its field and writes the change
// into the answers (or clears it when the value is the link's current one). No `vscode` import.
import type { Link } from '../../api/schemas';
import type { CANCEL } from '../../wizard/prompter';
import type { StepContext } from '../../wizard/wizard';
import type { FlowDeps } from '../flowDeps';
import type { EditAnswers, Field } from './editAnswers';

export type FieldContext = Pick<StepContext, 'pick' | 'input'>;

export interface FieldEditor {
  readonly field: Field;
  /** 'done' goes back to the field list (after a change, Back or nothing); CANCEL ends the flow. */
  edit(context: FieldContext, link: Link, answers: EditAnswers, deps: FlowDeps): Promise<'done' | typeof CANCEL>;
}
