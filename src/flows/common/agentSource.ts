// The agents offered by Create Link's first step: from GET /v1/agents when that works; otherwise
// (the endpoint is unconfirmed) the agents seen in the links, and free entry. Loaded at most
// once per flow (Back does not reload) and reused for a few minutes across flows of the same
// account. No `vscode` import here.
import type { Agent } from '../../api/schemas';
import type { AgentCache, FlowDeps } from '../flowDeps';
import { t } from '../../text/translate';

export interface AgentList {
  agents: Agent[];
  source: 'api' | 'links';
  /** Why the list came from the links, for the "Enter agent ID…" item. */
  note?: string;
}

/** How long a loaded agents list is reused (Back, Retry, the next Create). */
const AGENTS_TTL_MS = 5 * 60_000;

/** The agents, loaded on the first call and shared by every later call of this flow. */
export function agentSource(deps: FlowDeps): () => Promise<AgentList> {
  let loading: Promise<AgentList> | undefined;
  return () => (loading ??= loadAgents(deps));
}

/** Another account has other agents. */
export function forgetAgents(cache: AgentCache): void {
  delete cache.agents;
  delete cache.loadedAt;
  delete cache.unavailable;
}

async function loadAgents(deps: FlowDeps): Promise<AgentList> {
  const cache = deps.agentCache;
  const fromLinks = (note: string): AgentList => ({ agents: deps.links.agentsSeen(), source: 'links', note });
  if (cache?.unavailable) return fromLinks(t('The agents list is not available: pick an agent from your links or type its ID.'));
  if (cache?.agents && cache.loadedAt !== undefined && deps.now() - cache.loadedAt < AGENTS_TTL_MS) {
    return { agents: cache.agents, source: 'api' };
  }
  try {
    const result = await deps.client.listAgents();
    if (!result.available) {
      if (cache) cache.unavailable = true;
      deps.ui.log(`The list-agents endpoint is not available (${result.reason ?? 'unknown reason'}); using the agents seen in the links.`);
      return fromLinks(t('The agents list is not available: pick an agent from your links or type its ID.'));
    }
    const agents = [...result.agents].sort((a, b) => a.name.localeCompare(b.name));
    if (cache) {
      cache.agents = agents;
      cache.loadedAt = deps.now();
    }
    return { agents, source: 'api' };
  } catch (error) {
    deps.ui.log(`Could not load the agents: ${error instanceof Error ? error.message : String(error)}`);
    return fromLinks(t('Could not load the agents list: pick an agent from your links or type its ID.'));
  }
}
