// The links of the current account as this window knows them, and the one way they change. The
// list is loaded with one GET; links are created, updated and deleted through the store, which
// puts each server answer in place in the order the actions were issued (a late answer to an
// older action never undoes a newer one) and only for the account that sent it. The last list of
// each account is cached, so it stays visible offline, across a restart and when switching back
// to the account (marked stale by its time); it is read when the store starts or the account
// changes (`cacheRead` says when). No `vscode` import here: the store is tested in plain Node.
import type { AgentHumanApi } from '../api/client';
import { isAgentHumanError } from '../api/errors';
import type { Agent, CreateLinkRequest, Link, LinkStatusFilter, UpdateLinkRequest } from '../api/schemas';
import type { Clock } from '../clock';
import { type Disposable, Emitter, type Event } from '../emitter';
import { type CachedList, packList, unpackList } from './cachedList';

export type LinkChange =
  | { type: 'reset' } // the whole list or its state changed
  | { type: 'upsert'; link: Link; created: boolean }
  | { type: 'remove'; linkId: string };

/** Where the last list is kept between sessions (fileListCache.ts: a file per account). */
export interface ListCache {
  /** The value written under `key`, or undefined. */
  read(key: string): Promise<unknown>;
  /** Keeps `value` under `key`; undefined removes it. */
  write(key: string, value: unknown): Promise<void>;
}

export interface LinkStoreOptions {
  client: Pick<AgentHumanApi, 'listLinks' | 'createLink' | 'updateLink' | 'deleteLink'>;
  cache: ListCache;
  /** The account's base URL: a cached list is used only for the same one. */
  baseUrl: () => string;
  /** The current account's id (undefined: none); each account's list is cached apart. */
  accountId: () => string | undefined;
  /**
   * Another account, another key or another server: the list held belongs to the previous
   * account. A new key or server also makes the current account's cached list unusable.
   */
  onDidChangeAccount: Event<{ readonly reason: string }>;
  /** Accounts removed: their cached lists go with them. */
  onDidChangeAccountList?: Event<{ readonly removed: readonly { readonly id: string }[] }>;
  /** For failures nobody waits for (writing the cache) and answers that were dropped. */
  warn: (message: string) => void;
  clock: Clock;
}

/** An action on the server, numbered when issued, for the account it was issued for. */
export interface Ticket {
  readonly generation: number;
  readonly seq: number;
}

/** Where earlier versions cached the one account's list (migrated with the key: account/accountMigration.ts). */
export const LINKS_CACHE_KEY = 'agenthuman.linksCache';

/** Where the list of account `id` is cached. */
export function linksCacheKey(id: string): string {
  return `${LINKS_CACHE_KEY}.${id}`;
}

export class LinkStore implements Disposable {
  private readonly changed = new Emitter<LinkChange>();
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: Disposable[];

  private list: Link[] = [];
  private status: LinkStatusFilter = 'all';
  private refreshing: Promise<void> | undefined;
  /** Bumped when the account changes: answers sent for the previous one are dropped. */
  private generation = 0;
  private seq = 0;
  /** Per link, the number of the latest action whose answer was put in place. */
  private readonly applied = new Map<string, number>();
  /**
   * Links created, updated (the server's answer) or deleted (null) while a list request
   * was under way: its answer may predate them, so they are applied on top of it.
   */
  private changesDuringLoad: Map<string, Link | null> | undefined;
  /** When the list was last loaded from the server (this session or a cached one). */
  loadedAt: number | undefined;
  /** The error of the last refresh, if it failed: the list shown is then stale. */
  lastError: unknown;
  /** Resolves once the current account's cached list was read (and shown, if there was one). */
  cacheRead: Promise<void>;

  constructor(private readonly options: LinkStoreOptions) {
    this.cacheRead = this.showCached();
    this.subscriptions = [
      options.onDidChangeAccount((change) => this.forgetAccount(change.reason)),
      ...(options.onDidChangeAccountList
        ? [options.onDidChangeAccountList(({ removed }) => removed.forEach(({ id }) => this.dropCache(id, 'removed')))]
        : []),
    ];
  }

  /**
   * Shows the current account's cached list, if it has one for this base URL, unless the list
   * changed while it was read (a load or a change is newer), or the account did.
   */
  private async showCached(): Promise<void> {
    const id = this.options.accountId();
    if (id === undefined) return;
    const generation = this.generation;
    let cached: CachedList | undefined;
    try {
      cached = unpackList(await this.options.cache.read(linksCacheKey(id)));
    } catch (error) {
      this.options.warn(`Could not read the offline copy of the links: ${errorText(error)}`);
      return;
    }
    if (generation !== this.generation || this.loadedAt !== undefined || this.applied.size > 0) return;
    if (!cached || cached.baseUrl !== this.options.baseUrl()) return;
    this.list = cached.links;
    this.status = cached.status;
    this.loadedAt = cached.loadedAt;
    this.changed.fire({ type: 'reset' });
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

  /**
   * Numbers an action before it is sent, for an answer that may reach the store another way:
   * a create whose answer was lost, found afterwards by listing (see `adopt`).
   */
  ticket(): Ticket {
    return { generation: this.generation, seq: ++this.seq };
  }

  /** Creates a link (one POST) and puts the server's answer in the list. */
  async create(request: CreateLinkRequest, ticket = this.ticket()): Promise<Link> {
    const link = await this.options.client.createLink(request);
    if (this.settles(ticket, link.link_id)) this.put(link);
    return link;
  }

  /** Puts a link the action of `ticket` made in the list (unless the account changed since). */
  adopt(link: Link, ticket: Ticket): void {
    if (this.settles(ticket, link.link_id)) this.put(link);
  }

  /**
   * Sends only the given fields (one PUT) and puts the server's answer in place. A 404 means
   * the link is gone: it leaves the list, and the error is thrown on.
   */
  async update(link: Link, changes: UpdateLinkRequest): Promise<Link> {
    const ticket = this.ticket();
    try {
      const updated = await this.options.client.updateLink(link.link_id, changes);
      if (this.settles(ticket, link.link_id)) this.put(updated);
      return updated;
    } catch (error) {
      if (isAgentHumanError(error, 'notFound') && this.settles(ticket, link.link_id)) this.drop(link.link_id);
      throw error;
    }
  }

  /** Deletes the link (one DELETE). A 404 (gone already) also drops it, and is thrown on. */
  async delete(link: Link): Promise<void> {
    const ticket = this.ticket();
    try {
      await this.options.client.deleteLink(link.link_id);
    } catch (error) {
      if (isAgentHumanError(error, 'notFound') && this.settles(ticket, link.link_id)) this.drop(link.link_id);
      throw error;
    }
    if (this.settles(ticket, link.link_id)) this.drop(link.link_id);
  }

  /**
   * Whether the answer to `ticket` may be put in place for this link: it was sent for the
   * current account, and no answer to a later action on the link was put in place before it.
   * When it may, it becomes the latest.
   */
  private settles(ticket: Ticket, linkId: string): boolean {
    if (ticket.generation !== this.generation) {
      this.options.warn(`An answer about ${linkId} came after the account changed; it was not applied.`);
      return false;
    }
    if ((this.applied.get(linkId) ?? 0) > ticket.seq) return false;
    this.applied.set(linkId, ticket.seq);
    return true;
  }

  private async load(status: LinkStatusFilter, generation: number): Promise<void> {
    const changes = new Map<string, Link | null>();
    this.changesDuringLoad = changes;
    try {
      let links = this.withoutDuplicates(await this.options.client.listLinks(status));
      if (generation !== this.generation) return; // the account changed meanwhile
      if (status !== this.status) return; // a newer refresh with another filter won
      for (const [linkId, link] of changes) links = link ? withLink(links, link, status) : withoutLink(links, linkId);
      // The same links as held (the usual answer): the same array, so that nothing is redrawn.
      if (sameLinks(links, this.list)) links = this.list;
      this.list = links;
      this.loadedAt = this.options.clock();
      this.lastError = undefined;
      this.persist();
    } catch (error) {
      if (generation !== this.generation) return; // an answer for the previous account: irrelevant
      if (status === this.status) this.lastError = error;
      throw error;
    } finally {
      if (this.changesDuringLoad === changes) this.changesDuringLoad = undefined;
    }
  }

  /**
   * A list answer that names one link twice would give the tree two items with one id: the
   * last of each id is kept (in its place), and the log says so.
   */
  private withoutDuplicates(links: Link[]): Link[] {
    const seen = new Map<string, number>();
    for (const link of links) seen.set(link.link_id, (seen.get(link.link_id) ?? 0) + 1);
    if (seen.size === links.length) return links;
    for (const [linkId, count] of seen) {
      if (count > 1) this.options.warn(`The list of links named ${linkId} ${count} times; the last one is kept.`);
    }
    const lastIndex = new Map<string, number>();
    links.forEach((link, index) => lastIndex.set(link.link_id, index));
    return links.filter((link, index) => lastIndex.get(link.link_id) === index);
  }

  /** Puts the server's answer for one link in place. */
  private put(link: Link): void {
    this.changesDuringLoad?.set(link.link_id, link);
    const created = !this.find(link.link_id);
    const before = this.list;
    this.list = withLink(this.list, link, this.status);
    if (this.list.length < before.length) this.changed.fire({ type: 'remove', linkId: link.link_id });
    else if (this.list !== before) this.changed.fire({ type: 'upsert', link, created });
    this.persist();
  }

  private drop(linkId: string): void {
    this.changesDuringLoad?.set(linkId, null);
    const before = this.list;
    this.list = withoutLink(this.list, linkId);
    if (this.list === before) return;
    this.changed.fire({ type: 'remove', linkId });
    this.persist();
  }

  /**
   * Another account, key or server: forget everything of the previous account, and show the
   * cached list of the account switched to (its time marks it stale until the next refresh).
   */
  private forgetAccount(reason: string): void {
    // A request still running was sent for the previous account: its answer must not come
    // back as this account's, and the next refresh must not share it.
    this.generation++;
    this.applied.clear();
    this.refreshing = undefined;
    this.changesDuringLoad = undefined;
    this.list = [];
    this.loadedAt = undefined;
    this.lastError = undefined;
    const id = this.options.accountId();
    // A new key may be another AgentHuman account, a new server another service: the list
    // cached for the previous one is not this one's.
    if (reason !== 'switch' && id !== undefined) {
      this.dropCache(id, 'replaced');
      this.cacheRead = Promise.resolve();
    } else this.cacheRead = this.showCached();
    this.changed.fire({ type: 'reset' });
  }

  /** @param why the account was removed, or its key or server replaced */
  private dropCache(id: string, why: 'removed' | 'replaced'): void {
    this.options.cache.write(linksCacheKey(id), undefined).catch((error: unknown) =>
      this.options.warn(`Could not drop the cached links of ${why === 'removed' ? 'a removed account' : 'the previous key or server'}: ${errorText(error)}`),
    );
  }

  /** Keeps the cached copy; a failure to write it is logged, not thrown. */
  private persist(): void {
    const id = this.options.accountId();
    if (this.loadedAt === undefined || id === undefined) return;
    const cached: CachedList = { baseUrl: this.options.baseUrl(), status: this.status, loadedAt: this.loadedAt, links: this.list };
    this.options.cache.write(linksCacheKey(id), packList(cached)).catch((error: unknown) =>
      this.options.warn(`Could not keep the offline copy of the links: ${errorText(error)}`),
    );
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.changed.dispose();
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
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

/** Whether two lists hold the same links, field for field, in the same order. */
function sameLinks(a: readonly Link[], b: readonly Link[]): boolean {
  return a.length === b.length && JSON.stringify(a) === JSON.stringify(b);
}

function withoutLink(list: Link[], linkId: string): Link[] {
  return list.some((l) => l.link_id === linkId) ? list.filter((l) => l.link_id !== linkId) : list;
}
