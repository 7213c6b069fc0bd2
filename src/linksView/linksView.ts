// The Links view's controller: what it shows (filter, grouping, welcome state, stale
// message), when it loads (lazily on first show, when the account changes, on auto-refresh
// while visible) and how a failed load is told (once for automatic loads). With thousands of
// links the items are what costs (each sent to the workbench), so the tree is sent again only
// when something its items show changed, and a long list a page at a time (viewPages.ts).
import vscode = require('vscode');
import { hostOf } from '../api/baseUrl';
import type { Link } from '../api/schemas';
import { isAgentHumanError } from '../api/errors';
import { type AttentionThresholds, summarizeAttention } from '../attention/attention';
import { CONTEXT, LINKS_VIEW_ID } from '../commandIds';
import { quotedLinkName } from '../links/linkNames';
import type { Services } from '../services';
import { affects, attentionThresholds, autoRefreshSeconds } from '../settings/settings';
import { prepareTimeFormats } from '../text/time';
import { t } from '../text/translate';
import { IntervalTimer } from './autoRefresh';
import { type GroupNode, type LinkNode, linkNodes, type LinksTreeNode, LinksTreeProvider, type MoreNode } from './linksTreeProvider';
import {
  applyFilter,
  FILTER_STATE_KEY,
  findFilter,
  GROUP_BY_STATE_KEY,
  type GroupBy,
  parseSortBy,
  SORT_STATE_KEY,
  type SortBy,
  sortLinks,
  groupLinks,
  isFiltered,
  type LinkFilter,
  parseGroupBy,
  viewDescription,
  type LinkGroup,
} from './viewOptions';
import { pageOf, TOP_LEVEL, ViewPages } from './viewPages';
import { computeViewState, showsLinks, viewMessage, type ViewState } from './viewState';

/** Relative times ("expires in 59 minutes") are recomputed this often while visible. */
const CLOCK_SECONDS = 60;

/**
 * When the view first shows a cached list, the request for the current one waits this long:
 * reading and checking thousands of links would compete with drawing the first rows.
 */
const LOAD_AFTER_CACHED_MS = 500;

export type LoadTrigger = 'user' | 'auto';

/** Makes the view's TreeView over the given provider (the extension's activation made it: startup/lazyView.ts). */
export type CreateTreeView<T> = (provider: vscode.TreeDataProvider<T>) => vscode.TreeView<T>;

export class LinksView implements vscode.Disposable {
  private readonly provider: LinksTreeProvider;
  readonly treeView: vscode.TreeView<LinksTreeNode>;
  private readonly poller = new IntervalTimer(() => this.poll());
  private readonly clock = new IntervalTimer(() => this.render({ times: true }));
  private readonly disposables: vscode.Disposable[] = [];
  private readonly contextValues = new Map<string, unknown>();
  private readonly pages = new ViewPages();

  private currentFilter: LinkFilter;
  private currentGroupBy: GroupBy;
  private currentSortBy: SortBy;
  private thresholds: AttentionThresholds = attentionThresholds();
  private hasKey: boolean | undefined;
  /** The cached list is read: until then the view shows nothing (it is loading). */
  private readonly ready: Promise<void>;
  private isReady = false;
  /** What the items last given to VS Code were made of (undefined: it has not asked yet). */
  private treeInputs: readonly unknown[] | undefined;
  private firstLoadRequested = false;
  /** The load the view's first showing asked for, until it starts. */
  private loadOnShow: ReturnType<typeof setTimeout> | undefined;
  /** The account changed while the view was hidden: load when it is shown. */
  private loadWhenShown = false;
  /** A failed load was already reported: automatic ones stay quiet until one succeeds. */
  private failureReported = false;

  constructor(private readonly services: Services, createTreeView: CreateTreeView<LinksTreeNode>) {
    const memento = services.context.globalState;
    this.currentFilter = findFilter(memento.get(FILTER_STATE_KEY));
    this.currentGroupBy = parseGroupBy(memento.get(GROUP_BY_STATE_KEY));
    this.currentSortBy = parseSortBy(memento.get(SORT_STATE_KEY));
    this.provider = new LinksTreeProvider({
      roots: () => this.rootsForTree(),
      children: (group) => this.paged(group.group.id, group.group.links, group),
      now: services.clock,
      attentionThresholds: () => this.thresholds,
      parentOf: (node) => this.parentOf(node),
    });
    this.treeView = createTreeView(this.provider);
    this.disposables.push(
      this.provider,
      this.poller,
      this.clock,
      services.store.onDidChange(() => this.render()),
      // The store forgets the previous account on the same event, before any load below runs.
      services.account.onDidChangeAccount(() => void this.onAccountChanged()),
      // A renamed account: the description names it.
      services.account.onDidChangeAccountList(() => this.render()),
      this.treeView.onDidChangeVisibility(() => this.onVisibilityChanged()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affects(event, 'autoRefreshSeconds')) this.armTimers();
        if (affects(event, 'attention')) {
          this.thresholds = attentionThresholds();
          this.render();
        }
      }),
    );
    // The first render waits for the cached list: until then the view shows nothing, as it
    // would in the 'loading' state, and VS Code's first request for the items waits for it
    // rather than getting none and asking again. The items waiting go first; the render (state,
    // badge, message) right after. The items do not wait for the key: a cached list is the
    // current account's, which has one, and reading a secret is a round trip to the workbench
    // (in code-server, to the browser); the welcome content, which does depend on the key,
    // follows the render once it is read.
    const keyRead = this.readKey();
    this.ready = services.store.cacheRead.then(() => {
      this.isReady = true;
      setTimeout(() => this.render(), 0);
    });
    void keyRead.then(() => this.render());
    // The first Intl formatter of a language takes about 10 ms to make: made now, while the
    // extension waits for the workbench, rather than when the first rows are.
    setTimeout(() => prepareTimeFormats(vscode.env.language), 0);
    this.armTimers();
  }

  get filter(): LinkFilter {
    return this.currentFilter;
  }

  get groupBy(): GroupBy {
    return this.currentGroupBy;
  }

  /**
   * Loads the list with one GET (the server-side part of the filter), with progress on the
   * view. User-initiated failures are always reported; automatic ones once until a load
   * succeeds (the view's message says the rest). Resolves true when the list is current.
   */
  async load(trigger: LoadTrigger): Promise<boolean> {
    this.cancelLoadOnShow();
    const hasKey = await this.readKey();
    if (trigger === 'auto' && !hasKey) {
      this.render();
      return false;
    }
    this.firstLoadRequested = true;
    this.loadWhenShown = false;
    try {
      await vscode.window.withProgress({ location: { viewId: LINKS_VIEW_ID } }, () =>
        this.services.store.refresh(this.currentFilter.apiStatus),
      );
      this.failureReported = false;
      return true;
    } catch (error) {
      if (trigger === 'user' || !this.failureReported) {
        this.failureReported = true;
        this.services.failures.report(error, { action: t('Could not load the AgentHuman links'), retry: () => this.load('user') });
      }
      return false;
    } finally {
      this.render();
    }
  }

  /** Shows the links this filter accepts (at once, from memory) and reloads with its status. */
  setFilter(filter: LinkFilter): Promise<boolean> {
    this.currentFilter = filter;
    this.pages.reset();
    this.remember(FILTER_STATE_KEY, filter.id);
    this.render();
    return this.load('user');
  }

  get sortBy(): SortBy {
    return this.currentSortBy;
  }

  /** Orders the links shown (within each group); from memory, no request. */
  setSortBy(sortBy: SortBy): void {
    this.currentSortBy = sortBy;
    this.pages.reset();
    this.remember(SORT_STATE_KEY, sortBy);
    this.render();
  }

  setGroupBy(groupBy: GroupBy): void {
    this.currentGroupBy = groupBy;
    this.pages.reset();
    this.remember(GROUP_BY_STATE_KEY, groupBy);
    this.render();
  }

  /** Persists a view choice; a failure costs only the choice after a restart, so it is logged. */
  private remember(key: string, value: string): void {
    Promise.resolve(this.services.context.globalState.update(key, value)).catch((error: unknown) =>
      this.services.log.warn(`Could not remember the view's ${key}: ${String(error)}`),
    );
  }

  // ---- what is shown ---------------------------------------------------------------

  private compute(): { state: ViewState; shown: readonly Link[] } {
    const { store: links } = this.services;
    const shown = sortLinks(applyFilter(links.links, this.currentFilter, this.services.clock(), this.thresholds), this.currentSortBy);
    const state = computeViewState({
      hasKey: this.hasKey,
      keyRejected: this.keyRejected,
      loaded: links.loaded,
      failed: links.lastError !== undefined,
      shownCount: shown.length,
      filtered: isFiltered(this.currentFilter),
    });
    return { state, shown };
  }

  /** The last load was answered 401, or the user declined to replace a rejected key. */
  private get keyRejected(): boolean {
    return isAgentHumanError(this.services.store.lastError, 'unauthorized') || this.services.account.rejected;
  }

  private parentOf(node: LinksTreeNode): LinksTreeNode | undefined {
    if (node.kind === 'more') return node.parent;
    if (node.kind !== 'link') return undefined;
    return this.roots().find((root) => root.kind === 'group' && root.group.links.some((l) => l.link_id === node.link.link_id));
  }

  /** The links selected in the view (groups left out). */
  selectedLinkNodes(): LinkNode[] {
    return this.treeView.selection.filter((node): node is LinkNode => node.kind === 'link');
  }

  /**
   * The link the keyboard acts on: VS Code tells an extension its view's selection, not the
   * focused row, so this is the last selected link (the one the user moved to or clicked last).
   */
  focusedLinkNode(): LinkNode | undefined {
    return this.selectedLinkNodes().at(-1);
  }

  /**
   * Selects a link in the view when it passes the filter: after it was created, only when the
   * view is showing; with `show` (Reveal in Links View, from a hover), showing the view and
   * focusing the link. Resolves whether it did.
   */
  async reveal(linkId: string, options: { show?: boolean } = {}): Promise<boolean> {
    const link = this.compute().shown.find((l) => l.link_id === linkId);
    if (!link && options.show) {
      const held = this.services.store.find(linkId);
      const what = held
        ? t("Link {0} is hidden by the view's filter ({1}).", quotedLinkName(held), this.currentFilter.label())
        : t('The link is not in the Links view.');
      void vscode.window.showInformationMessage(what);
    }
    if (!link || (!this.treeView.visible && !options.show)) return false;
    // A link after the page shown: the pages up to its own are shown first.
    const { list, index } = this.placeOf(link);
    if (this.pages.include(list, index)) this.render();
    await this.treeView.reveal({ kind: 'link', link }, { select: true, focus: !!options.show, expand: true });
    return true;
  }

  /**
   * Show More Links: the next page of the list a "Show More" row ends, the row's place taken by
   * the first link of that page (selected, so the keyboard goes on from there); from the palette,
   * the next page of every list that has more. Resolves whether more links show.
   */
  async showMore(node?: MoreNode): Promise<boolean> {
    if (node) {
      this.pages.showMore(node.list);
      this.render();
      const links = node.parent ? this.groups()?.find((group) => group.id === node.list)?.links : this.compute().shown;
      const next = links?.[node.shown];
      if (next && this.treeView.visible) await this.treeView.reveal({ kind: 'link', link: next }, { select: true, focus: true });
      return next !== undefined;
    }
    const truncated = this.truncatedLists();
    for (const list of truncated) this.pages.showMore(list);
    this.render();
    return truncated.length > 0;
  }

  /** The list a shown link is in (the top level, or its group) and its index there. */
  private placeOf(link: Link): { list: string; index: number } {
    const groups = this.groups();
    if (!groups) return { list: TOP_LEVEL, index: this.compute().shown.indexOf(link) };
    const group = groups.find((g) => g.links.includes(link));
    return { list: group?.id ?? TOP_LEVEL, index: group?.links.indexOf(link) ?? 0 };
  }

  /** The groups shown, or undefined when the view is not grouped. */
  private groups(shown = this.compute().shown): LinkGroup[] | undefined {
    return groupLinks(shown, this.currentGroupBy, this.services.clock());
  }

  /** The lists that have links after the page shown. */
  private truncatedLists({ state, shown } = this.compute()): string[] {
    if (!showsLinks(state)) return [];
    const groups = this.groups(shown);
    const lists = groups ? groups.map((group) => ({ id: group.id, length: group.links.length })) : [{ id: TOP_LEVEL, length: shown.length }];
    return lists.filter((list) => list.length > this.pages.limit(list.id)).map((list) => list.id);
  }

  /** A page of a list's links, and a "Show More" node when some follow. */
  private paged(list: string, links: readonly Link[], parent?: GroupNode): LinksTreeNode[] {
    const page = pageOf(links, this.pages.limit(list));
    const nodes: LinksTreeNode[] = linkNodes(page.shown);
    if (page.hidden) nodes.push({ kind: 'more', list, shown: page.shown.length, hidden: page.hidden, parent });
    return nodes;
  }

  private roots({ state, shown } = this.compute()): LinksTreeNode[] {
    if (!showsLinks(state)) return [];
    const groups = this.groups(shown);
    return groups ? groups.map((group) => ({ kind: 'group', group })) : this.paged(TOP_LEVEL, shown);
  }

  /** The roots VS Code asked for, once ready; the view being shown loads the list the first time. */
  private async rootsForTree(): Promise<LinksTreeNode[]> {
    if (!this.isReady) await this.ready;
    const computed = this.compute();
    this.treeInputs = this.currentTreeInputs(computed.state);
    this.onRootsRequested();
    return this.roots(computed);
  }

  /** Everything the tree's items are made of, but the time. */
  private currentTreeInputs(state: ViewState): readonly unknown[] {
    return [this.services.store.links, this.currentFilter, this.currentSortBy, this.currentGroupBy, this.thresholds, showsLinks(state), this.pages.version];
  }

  /**
   * Updates context keys, description, message and badge from memory, and the items when what
   * they show changed (`times`: their relative times, "expires in 5 h", moved on).
   */
  private render(options: { times?: boolean } = {}): void {
    if (!this.isReady) return; // the first render comes when ready
    const computed = this.compute();
    const { state } = computed;
    const { store: links } = this.services;
    this.setContext(CONTEXT.viewState, state);
    this.setContext(CONTEXT.filtered, isFiltered(this.currentFilter));
    this.setContext(CONTEXT.moreLinks, this.truncatedLists(computed).length > 0);
    this.treeView.description = viewDescription(this.currentFilter, this.currentSortBy, this.services.account.current);
    // From the list already loaded, no request: under a status filter, the links of that status.
    const attention = summarizeAttention(showsLinks(state) ? links.links : [], this.thresholds, this.services.clock(), vscode.env.language);
    this.treeView.badge = attention.count ? { value: attention.count, tooltip: attention.tooltip } : undefined;
    this.treeView.message = showsLinks(state)
      ? viewMessage({ error: links.lastError, loadedAt: links.loadedAt, host: hostOf(this.services.account.baseUrl), now: this.services.clock(), language: vscode.env.language })
      : undefined;
    if (this.treeInputs && (options.times || !sameInputs(this.treeInputs, this.currentTreeInputs(state)))) {
      this.treeInputs = undefined; // until VS Code asks for the items again
      this.provider.refresh();
    }
  }

  private setContext(key: string, value: unknown): void {
    if (this.contextValues.get(key) === value) return;
    this.contextValues.set(key, value);
    void vscode.commands.executeCommand('setContext', key, value);
  }

  // ---- when it loads ---------------------------------------------------------------

  private onRootsRequested(): void {
    if (this.firstLoadRequested && !this.loadWhenShown) return;
    this.firstLoadRequested = true;
    this.loadWhenShown = false;
    // Started after the items were answered (they do not wait for the request to be prepared),
    // and while a cached list is drawn, a little later. Another load or account meanwhile
    // makes it moot; a view hidden meanwhile loads when shown again.
    this.cancelLoadOnShow();
    this.loadOnShow = setTimeout(() => {
      this.loadOnShow = undefined;
      if (this.treeView.visible) void this.load('auto');
      else this.loadWhenShown = true;
    }, this.services.store.loaded ? LOAD_AFTER_CACHED_MS : 0);
  }

  private cancelLoadOnShow(): void {
    if (this.loadOnShow !== undefined) clearTimeout(this.loadOnShow);
    this.loadOnShow = undefined;
  }

  private async readKey(): Promise<boolean> {
    try {
      this.hasKey = (await this.services.account.key()) !== undefined;
    } catch {
      this.hasKey = false; // reported by the API key commands, which read it too
    }
    return this.hasKey;
  }

  // loadWhenShown is set before the wait: if the view loads meanwhile (shown, or a retry after
  // a new key was stored, which clears the flag), this does not load a second time. The secret
  // read takes a while in VS Code 1.77, where opening the view right after setting a key sent
  // two GETs.
  private async onAccountChanged(): Promise<void> {
    this.cancelLoadOnShow();
    this.pages.reset();
    this.failureReported = false;
    this.loadWhenShown = true;
    await this.readKey();
    if (!this.hasKey) this.loadWhenShown = false;
    else if (this.loadWhenShown && this.treeView.visible) void this.load('auto');
    this.render();
  }

  private onVisibilityChanged(): void {
    this.armTimers();
    if (!this.treeView.visible) return;
    const seconds = autoRefreshSeconds();
    const loadedAt = this.services.store.loadedAt;
    const outdated = seconds > 0 && (loadedAt === undefined || this.services.clock() - loadedAt >= seconds * 1000);
    if (this.loadWhenShown || (this.firstLoadRequested && outdated)) void this.load('auto');
    else this.render({ times: true });
  }

  private armTimers(): void {
    const visible = this.treeView.visible;
    this.poller.arm(autoRefreshSeconds(), visible);
    this.clock.arm(CLOCK_SECONDS, visible);
  }

  private poll(): void {
    // A rejected key stays rejected until it changes: polling would only repeat the 401.
    if (!this.treeView.visible || this.services.store.loading || !this.hasKey || this.keyRejected) return;
    void this.load('auto');
  }

  dispose(): void {
    this.cancelLoadOnShow();
    for (const d of this.disposables) d.dispose();
  }
}

function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}
