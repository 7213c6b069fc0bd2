// "Create Link": five prompt steps (agent, name, expiry, use limit, confirm), each a small
// object in its own file, then one execute step (submitCreate.ts) that sends ONE POST. Nothing
// is sent before the confirm step; Esc anywhere sends nothing; a failure keeps every answer, so
// Retry reopens the flow prefilled. With command arguments, the same checks and the same POST,
// without prompts. No `vscode` import here.
import type { Link } from '../../api/schemas';
import { AgentHumanError } from '../../api/errors';
import { runWizard, type WizardStep } from '../../wizard/wizard';
import type { FlowDeps } from '../flowDeps';
import { agentSource, type AgentList } from '../common/agentSource';
import { agentStep } from './agentStep';
import { buildCreateRequest, type CreateAnswers, type CreateStepId, createTitle } from './createAnswers';
import { answersFromArgs, type CreateLinkArgs } from './createLinkArgs';
import { confirmStep } from './confirmStep';
import { expiryStep } from './expiryStep';
import { nameStep } from './nameStep';
import { submitCreate } from './submitCreate';
import { useLimitStep } from './useLimitStep';
import { t } from '../../text/translate';

export interface CreateFlowOptions {
  answers?: CreateAnswers;
  startAt?: CreateStepId;
  /** Shown at `startAt` (e.g. why the flow came back to the agent step). */
  notice?: string;
}

function createSteps(deps: FlowDeps, agents: () => Promise<AgentList>): WizardStep<CreateAnswers>[] {
  return [agentStep(agents), nameStep, expiryStep(deps.now, deps.language), useLimitStep, confirmStep(deps.now, deps.language)];
}

/** Runs the prompts, then creates the link. Resolves the new link, or undefined. */
export async function runCreateLinkFlow(deps: FlowDeps, options: CreateFlowOptions = {}): Promise<Link | undefined> {
  const answers: CreateAnswers = { ...options.answers };
  const steps = createSteps(deps, agentSource(deps));
  let startAt = options.startAt;
  let notice = options.notice;
  for (;;) {
    const completed = await runWizard(deps.prompter, steps, answers, {
      title: createTitle(),
      startAt,
      notice: notice && startAt ? { step: startAt, message: notice } : undefined,
    });
    if (!completed) return undefined;
    const built = buildCreateRequest(answers, deps.now(), deps.language);
    if (built.ok) {
      return submitCreate(
        deps,
        built.request,
        { interactive: true },
        () => runCreateLinkFlow(deps, { answers, startAt: 'confirm' }),
        (step, message) => runCreateLinkFlow(deps, { answers, startAt: step, notice: message }),
      );
    }
    // e.g. a custom date that passed while the summary was open
    startAt = built.step;
    notice = built.message;
  }
}

/** Creates a link from command arguments, without any prompt. */
export async function createLinkDirect(deps: FlowDeps, args: CreateLinkArgs): Promise<Link | undefined> {
  const parsed = answersFromArgs(args, deps.now(), deps.language);
  if (!parsed.ok) {
    deps.failures.report(new AgentHumanError('invalidInput', parsed.message), { action: t('Could not create the link') });
    return undefined;
  }
  return sendAnswers(deps, parsed.answers);
}

function sendAnswers(deps: FlowDeps, answers: CreateAnswers): Promise<Link | undefined> {
  const built = buildCreateRequest(answers, deps.now(), deps.language);
  if (!built.ok) {
    deps.failures.report(new AgentHumanError('invalidInput', built.message), { action: t('Could not create the link') });
    return Promise.resolve(undefined);
  }
  const again = () => sendAnswers(deps, answers);
  return submitCreate(deps, built.request, { interactive: false }, again, () => Promise.resolve(undefined));
}
