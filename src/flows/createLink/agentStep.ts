// Create Link, step 1: the agent the link opens, picked from the agents list (or the agents
// seen in the links), or typed with "Enter agent ID…". No `vscode` import here.
import { BACK, ButtonPress, CANCEL, type PromptItem } from '../../wizard/prompter';
import type { StepContext, StepOutcome, WizardStep } from '../../wizard/wizard';
import { inertText } from '../../text/inertText';
import { t } from '../../text/translate';
import { parseAgentId } from '../inputs/agentIdInput';
import type { AgentList } from '../common/agentSource';
import type { CreateAnswers } from './createAnswers';

const ENTER_ID = 'enter-agent-id';
type AgentValue = { id: string; name: string } | typeof ENTER_ID;
/** The step's own placeholder (a notice may stand in its place). */
function placeholderText(): string {
  return t('Choose the agent the link opens');
}

export function agentStep(agents: () => Promise<AgentList>): WizardStep<CreateAnswers> {
  return { id: 'agent', run: (context, answers) => askAgent(context, answers, agents) };
}

async function askAgent(context: StepContext, answers: CreateAnswers, agents: () => Promise<AgentList>): Promise<StepOutcome> {
  let placeholder = context.notice ?? placeholderText();
  for (;;) {
    const typed = answers.agentTyped !== undefined;
    const items = agents().then((list): PromptItem<AgentValue>[] => [
      ...(list.agents.length ? [{ label: list.source === 'api' ? t('Your agents') : t('Agents found in your links'), separator: true, value: ENTER_ID } as const] : []),
      ...list.agents.map((agent) => ({
        // Names come from the network: inert, so that `$(…)` draws no icon.
        label: inertText(agent.name),
        description: inertText(agent.agent_id),
        detail: agent.voice_agent?.provider ? t('Voice: {0}', inertText(agent.voice_agent.provider)) : undefined,
        value: { id: agent.agent_id, name: agent.name },
      })),
      { label: '', separator: true, value: ENTER_ID },
      {
        label: `$(edit) ${t('Enter agent ID…')}`,
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
      prompt: t('The ID of one of your agents (from the AgentHuman dashboard)'),
      placeholder: 'agnt_…',
      validate: (text) => {
        const parsed = parseAgentId(text);
        return parsed.ok ? undefined : parsed.message;
      },
    });
    if (entered === CANCEL) return CANCEL;
    if (entered === BACK || entered instanceof ButtonPress) {
      placeholder = placeholderText();
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
