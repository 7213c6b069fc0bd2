// The links of the account as this window knows them: loaded with one GET, updated in
// place from the server's answers to create / update / delete, and kept in globalState
// so that the last list stays visible offline or across a restart (marked stale).
import * as vscode from 'vscode';
import type { AgentHumanApi } from '../api/client';
import type { Agent, Link, LinkStatusFilter } from '../api/schemas';

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
  /** When the list was last loaded from the server (this session or a cached one). */
  loadedAt: number | undefined;
  /** True until the first successful load of this session: the list came from the cache. */
  fromCache = false;
  /** The error of the last refresh, if it failed: the list shown is then stale. */
  lastError: unknown;

  constructor(
    private readonly client: AgentHumanApi,
    private readonly memento: vscode.Memento,
    private readonly baseUrl: () => string,
  ) {
    const cached = memento.get<CachedList>(CACHE_KEY);
    if (cached && cached.baseUrl === baseUrl() && Array.isArray(cached.links)) {
      this.list = cached.links;
      this.status = cached.status;
      this.loadedAt = cached.loadedAt;
      this.fromCache = true;
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
    try {
      const links = await this.client.listLinks(status);
      if (generation !== this.generation) return; // the key changed meanwhile: another account
      if (status !== this.status) return; // a newer refresh with another filter won
      this.list = links;
      this.loadedAt = Date.now();
      this.fromCache = false;
      this.lastError = undefined;
      await this.persist();
    } catch (error) {
      if (generation !== this.generation) return; // an answer for the previous key: irrelevant
      if (status === this.status) this.lastError = error;
      throw error;
    }
  }

  /** Puts the server's answer for one link in place (after create or update). */
  upsert(link: Link): void {
    const index = this.list.findIndex((l) => l.link_id === link.link_id);
    const created = index < 0;
    const fits = this.status === 'all' || link.status === this.status;
    if (created) {
      if (!fits) return;
      this.list = [link, ...this.list].sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at));
    } else if (fits) {
      this.list = this.list.map((l, i) => (i === index ? link : l));
    } else {
      this.list = this.list.filter((_, i) => i !== index);
      this.changed.fire({ type: 'remove', linkId: link.link_id });
      void this.persist();
      return;
    }
    this.changed.fire({ type: 'upsert', link, created });
    void this.persist();
  }

  remove(linkId: string): void {
    const before = this.list.length;
    this.list = this.list.filter((l) => l.link_id !== linkId);
    if (this.list.length === before) return;
    this.changed.fire({ type: 'remove', linkId });
    void this.persist();
  }

  /** Forgets everything (the key was removed or replaced: another account). */
  async clear(): Promise<void> {
    // A load still running was sent with the previous key: its answer must not come back
    // as this account's list, and the next refresh must not share it.
    this.generation++;
    this.refreshing = undefined;
    this.list = [];
    this.loadedAt = undefined;
    this.fromCache = false;
    this.lastError = undefined;
    await this.memento.update(CACHE_KEY, undefined);
    this.changed.fire({ type: 'reset' });
  }

  private async persist(): Promise<void> {
    if (this.loadedAt === undefined) return;
    const cached: CachedList = { baseUrl: this.baseUrl(), status: this.status, loadedAt: this.loadedAt, links: this.list };
    await this.memento.update(CACHE_KEY, cached);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
