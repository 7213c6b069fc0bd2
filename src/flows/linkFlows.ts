// The create / edit flows with their QuickPick / InputBox prompter: a file of its own in
// the bundle (dist/linkFlows.js, see esbuild.mjs), loaded the first time a flow runs, so
// activation does not load them. registerLinkFlows.ts wires the commands to it.
import type { Link } from '../api/schemas';
import { VsCodePrompter } from '../wizard/vscodePrompter';
import { answersFromLink } from './createLink/createAnswers';
import { isCreateLinkArgs, isCreatePrefillArgs } from './createLink/createLinkArgs';
import { createLinkDirect, runCreateLinkFlow } from './createLink/createLinkFlow';
import { isEditLinkArgs } from './editLink/editLinkArgs';
import { editLinkDirect, runEditLinkFlow } from './editLink/editLinkFlow';
import { runRenameLinkFlow } from './editLink/renameLinkFlow';
import type { FlowDeps } from './flowDeps';

/** Everything a flow needs but the prompter, which must come from this file. */
export type FlowServices = Omit<FlowDeps, 'prompter'>;

const withPrompter = (services: FlowServices): FlowDeps => ({ ...services, prompter: new VsCodePrompter() });

/**
 * With `{ agentId, … }` creates at once; with `{ prefillFrom: linkId }` runs the flow with that
 * link's agent, name and use limit, from the expiry step; otherwise runs the 5-step flow.
 */
export function createLink(services: FlowServices, args: unknown): Promise<Link | undefined> {
  const deps = withPrompter(services);
  if (isCreateLinkArgs(args)) return createLinkDirect(deps, args);
  const like = isCreatePrefillArgs(args) ? services.links.find(args.prefillFrom) : undefined;
  return runCreateLinkFlow(deps, like ? { answers: answersFromLink(like), startAt: 'expiry' } : {});
}

/** With `{ name?, status?, expiresAt?, useLimit? }` applies them at once; otherwise runs the edit flow. */
export function editLink(services: FlowServices, link: Link, changes: unknown): Promise<Link | undefined> {
  const deps = withPrompter(services);
  return isEditLinkArgs(changes) ? editLinkDirect(deps, link, changes) : runEditLinkFlow(deps, link);
}

/** Prompts for a new name and saves it. */
export function renameLink(services: FlowServices, link: Link): Promise<Link | undefined> {
  return runRenameLinkFlow(withPrompter(services), link);
}

export { isEditLinkArgs };
