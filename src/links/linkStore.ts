// The links of the account as this window knows them: loaded with one GET, updated in
// place from the server's answers to create / update / delete, and kept in globalState
// so that the last list stays visible offline or across a restart (marked stale).
import vscode = require('vscode');
import type { AgentHumanApi } from '../api/client';
import type { Agent, Link, LinkStatusFilter } from '../api/schemas';
import type { Clock } from '../clock';

export type LinkChange =
  | { type: 'reset' } // the whole list or its state changed
  | { type: 'upsert'; link: Link; created: boolean }
  | { type: 'remove'; linkId: string };

interface CachedList {
  baseUrl: string;
  status: LinkStatusFilter;
  loadedAt: number;
  links: Link[];
}

const CACHE_KEY = 'agenthuman.linksCache';

export class LinkStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<LinkChange>();
  readonly onDidChange = this.changed.event;

  private list: Link[] = [];
  private status: LinkStatusFilter = 'all';
  private refreshing: Promise<void> | undefined;
  /** Bumped by `clear()` (the key changed), so that answers for the old key are dropped. */
  private generation = 0;
  /**
   * Links created, updated (the server's answer) or deleted (null) while a list request
   * was under way: its answer may predate them, so they are applied on top of it.
   */
  private changesDuringLoad: Map<string, Link | null> | undefined;
  /** When the list was last loaded from the server (this session or a cached one). */
  loadedAt: number | undefined;
  /** The error of the last refresh, if it failed: the list shown is then stale. */
  lastError: unknown;

  constructor(
    private readonly client: AgentHumanApi,
    private readonly memento: vscode.Memento,
    private readonly baseUrl: () => string,
    /** For failures nobody waits for (writing the offline copy). */
    private readonly warn: (message: string) => void,
    private readonly clock: Clock,
  ) {
    const cached = memento.get<CachedList>(CACHE_KEY);
    if (cached && cached.baseUrl === baseUrl() && Array.isArray(cached.links)) {
      this.list = cached.links;
      this.status = cached.status;
      this.loadedAt = cached.loadedAt;
    }
  }

  get links(): readonly Link[] {
    return this.list;
  }

  get loaded(): boolean {
    return this.loadedAt !== undefined;
  }

  get loading(): boolean {
    return this.refreshing !== undefined;
  }

  /** The server-side status filter of the list held. */
  get statusFilter(): LinkStatusFilter {
    return this.status;
  }

  find(linkId: string): Link | undefined {
    return this.list.find((link) => link.link_id === linkId);
  }

  /** The distinct agents of the loaded links, by name. */
  agentsSeen(): Agent[] {
    const byId = new Map<string, Agent>();
    for (const link of this.list) if (!byId.has(link.agent.agent_id)) byId.set(link.agent.agent_id, link.agent);
    return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  /**
   * Loads the list with one GET. Concurrent calls share one request. On failure the
   * previous list stays, `lastError` says why, and the error is thrown to the caller.
   */
  refresh(status: LinkStatusFilter = this.status): Promise<void> {
    if (this.refreshing && status === this.status) return this.refreshing;
    this.status = status;
    const run = this.load(status, this.generation).finally(() => {
      if (this.refreshing === run) this.refreshing = undefined;
      this.changed.fire({ type: 'reset' });
    });
    this.refreshing = run;
    this.changed.fire({ type: 'reset' });
    return run;
  }

  private async load(status: LinkStatusFilter, generation: number): Promise<void> {
    const changes = new Map<string, Link | null>();
    this.changesDuringLoad = changes;
    try {
      let links = await this.client.listLinks(status);
      if (generation !== this.generation) return; // the key changed meanwhile: another account
      if (status !== this.status) return; // a newer refresh with another filter won
      for (const [linkId, link] of changes) links = link ? withLink(links, link, status) : withoutLink(links, linkId);
      this.list = links;
      this.loadedAt = this.clock();
      this.lastError = undefined;
      this.persist();
    } catch (error) {
      if (generation !== this.generation) return; // an answer for the previous key: irrelevant
      if (status === this.status) this.lastError = error;
      throw error;
    } finally {
      if (this.changesDuringLoad === changes) this.changesDuringLoad = undefined;
    }
  }

  /** Puts the server's answer for one link in place (after create or update). */
  upsert(link: Link): void {
    this.changesDuringLoad?.set(link.link_id, link);
    const created = !this.find(link.link_id);
    const before = this.list;
    this.list = withLink(this.list, link, this.status);
    if (this.list.length < before.length) this.changed.fire({ type: 'remove', linkId: link.link_id });
    else if (this.list !== before) this.changed.fire({ type: 'upsert', link, created });
    this.persist();
  }

  remove(linkId: string): void {
    this.changesDuringLoad?.set(linkId, null);
    const before = this.list;
    this.list = withoutLink(this.list, linkId);
    if (this.list === before) return;
    this.changed.fire({ type: 'remove', linkId });
    this.persist();
  }

  /** Forgets everything (the key was removed or replaced: another account). */
  async clear(): Promise<void> {
    // A load still running was sent with the previous key: its answer must not come back
    // as this account's list, and the next refresh must not share it.
    this.generation++;
    this.refreshing = undefined;
    this.changesDuringLoad = undefined;
    this.list = [];
    this.loadedAt = undefined;
    this.lastError = undefined;
    this.changed.fire({ type: 'reset' });
    await this.memento.update(CACHE_KEY, undefined);
  }

  /** Keeps the offline copy; a failure to write it is logged, not thrown. */
  private persist(): void {
    if (this.loadedAt === undefined) return;
    const cached: CachedList = { baseUrl: this.baseUrl(), status: this.status, loadedAt: this.loadedAt, links: this.list };
    Promise.resolve(this.memento.update(CACHE_KEY, cached)).catch((error: unknown) =>
      this.warn(`Could not keep the offline copy of the links: ${error instanceof Error ? error.message : String(error)}`),
    );
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/**
 * The list with this link put in place, added (newest first) if new, or left out if the
 * list's status filter no longer matches it. The same array when nothing changes.
 */
function withLink(list: Link[], link: Link, status: LinkStatusFilter): Link[] {
  const index = list.findIndex((l) => l.link_id === link.link_id);
  const fits = status === 'all' || link.status === status;
  if (index < 0) {
    return fits ? [link, ...list].sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at)) : list;
  }
  return fits ? list.map((l, i) => (i === index ? link : l)) : list.filter((_, i) => i !== index);
}

function withoutLink(list: Link[], linkId: string): Link[] {
  return list.some((l) => l.link_id === linkId) ? list.filter((l) => l.link_id !== linkId) : list;
}
