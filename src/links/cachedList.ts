// An account's last list as it is cached (see fileListCache.ts): each distinct agent once, and
// each link naming its agent by position. A link carries its whole agent, the same few agents
// for thousands of links: packed, the file is about half as large, and half as long to read
// back when the view opens. A list cached unpacked (by an earlier version) reads as well.
// No `vscode` import here.
import type { Agent, Link, LinkStatusFilter } from '../api/schemas';

export interface CachedList {
  baseUrl: string;
  status: LinkStatusFilter;
  loadedAt: number;
  links: Link[];
}

type PackedLink = Omit<Link, 'agent'> & { agent: number };

interface PackedList extends Omit<CachedList, 'links'> {
  agents: Agent[];
  links: PackedLink[];
}

export function packList(list: CachedList): PackedList {
  const agents: Agent[] = [];
  const positions = new Map<string, number>(); // by the agent's JSON: two different ones stay two
  const links = list.links.map((link): PackedLink => {
    const key = JSON.stringify(link.agent);
    let position = positions.get(key);
    if (position === undefined) {
      position = agents.push(link.agent) - 1;
      positions.set(key, position);
    }
    return { ...link, agent: position };
  });
  return { ...list, agents, links };
}

/** The list cached, packed or not; undefined when `value` is not one. */
export function unpackList(value: unknown): CachedList | undefined {
  const cached = value as Partial<PackedList> | Partial<CachedList> | undefined;
  if (!cached || typeof cached.baseUrl !== 'string' || typeof cached.loadedAt !== 'number' || !Array.isArray(cached.links)) return undefined;
  const status = cached.status ?? 'all';
  if (!('agents' in cached)) return { baseUrl: cached.baseUrl, status, loadedAt: cached.loadedAt, links: cached.links as Link[] };
  const agents = Array.isArray(cached.agents) ? cached.agents : [];
  const links = (cached.links as PackedLink[]).map((link) => ({ ...link, agent: agents[link.agent] }));
  if (links.some((link) => link.agent === undefined)) return undefined;
  return { baseUrl: cached.baseUrl, status, loadedAt: cached.loadedAt, links: links as Link[] };
}
