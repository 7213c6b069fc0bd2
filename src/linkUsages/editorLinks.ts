// What every editor feature of links in files shares: the usages of the open documents, the
// state of a link from the list already loaded, and that list loaded once on demand (when a
// visible editor shows a link and no list is held, one refresh of the store for all of them).
import vscode = require('vscode');
import type { Link } from '../api/schemas';
import type { AttentionThresholds } from '../attention/attention';
import type { Services } from '../services';
import { affects, attentionThresholds, linksInEditorEnabled, maxScannedFileSize } from '../settings/settings';
import { DocumentUsages } from './documentUsages';
import { type LinkState, linkState } from './linkState';
import { ListOnDemand } from './listOnDemand';
import { shareUrlPrefixes } from './recogniser';
import { t } from '../text/translate';

export class EditorLinks implements vscode.Disposable {
  readonly documents: DocumentUsages;
  readonly list: ListOnDemand;
  private enabledNow = linksInEditorEnabled();
  private thresholdsNow = attentionThresholds();
  private listIndex: { links: unknown; prefixes: readonly string[]; byId: ReadonlyMap<string, Link> } = { links: undefined, prefixes: [], byId: new Map() };
  private readonly disposables: vscode.Disposable[] = [];
  private readonly settingsChanged = new vscode.EventEmitter<void>();
  /** The settings of links in files or of attention changed; `enabled` and `thresholds` are the new ones. */
  readonly onDidChangeSettings = this.settingsChanged.event;

  constructor(readonly services: Services) {
    const { store, account, failures } = services;
    this.list = new ListOnDemand({
      store,
      hasKey: async () => (await account.key()) !== undefined,
      onDidChangeAccount: account.onDidChangeAccount,
      onFailure: (error, retry) => failures.report(error, { action: t('Could not load the AgentHuman links to show the state of the links in your files'), retry }),
    });
    this.documents = new DocumentUsages({ prefixes: () => this.prefixes(), enabled: () => this.enabledNow, maxSize: maxScannedFileSize });
    this.disposables.push(
      this.list,
      this.documents,
      this.documents.onDidScan((document) => this.loadIfShown([document])),
      vscode.window.onDidChangeVisibleTextEditors((editors) => this.loadIfShown(editors.map((editor) => editor.document))),
      // Another account: its list, once the store has forgotten the previous one's.
      account.onDidChangeAccount(() => setTimeout(() => this.loadIfShown(vscode.window.visibleTextEditors.map((editor) => editor.document)), 0)),
      this.settingsChanged,
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!affects(event, 'attention') && !affects(event, 'linksInEditor')) return;
        this.thresholdsNow = attentionThresholds();
        this.enabledNow = linksInEditorEnabled();
        this.settingsChanged.fire();
      }),
    );
  }

  get enabled(): boolean {
    return this.enabledNow;
  }

  get thresholds(): AttentionThresholds {
    return this.thresholdsNow;
  }

  /** What is worked out once per list: its URL shapes, and its links by id. */
  private ofList(): { prefixes: readonly string[]; byId: ReadonlyMap<string, Link> } {
    const links = this.services.store.links;
    if (this.listIndex.links !== links) {
      const prefixes = shareUrlPrefixes(links);
      // The same shapes stay the same array: documents scanned with them need no new scan.
      const same = prefixes.join('\n') === this.listIndex.prefixes.join('\n');
      this.listIndex = { links, prefixes: same ? this.listIndex.prefixes : prefixes, byId: new Map(links.map((link) => [link.link_id, link])) };
    }
    return this.listIndex;
  }

  /** The share-URL shapes: the contract's and the links' own (the same array while the list is the same). */
  prefixes(): readonly string[] {
    return this.ofList().prefixes;
  }

  /** The state of a link now, from the list held: no request. */
  stateOf(linkId: string): LinkState {
    const { store } = this.services;
    const { byId } = this.ofList();
    const known = { loaded: store.loaded, statusFilter: store.statusFilter, find: (id: string) => byId.get(id) };
    return linkState(linkId, known, this.thresholdsNow, this.services.clock());
  }

  async hasKey(): Promise<boolean> {
    try {
      return (await this.services.account.key()) !== undefined;
    } catch {
      return false;
    }
  }

  /**
   * A link shown in an editor needs the list: load it once when none is held. Documents opened
   * in the background (by other extensions) never cause a request.
   */
  private loadIfShown(documents: readonly vscode.TextDocument[]): void {
    if (!this.enabledNow || this.services.store.loaded) return;
    const shown = new Set(vscode.window.visibleTextEditors.map((editor) => editor.document));
    const needs = documents.some((document) => shown.has(document) && this.documents.usagesOf(document).some((usage) => usage.strong));
    if (needs) void this.list.ensureLoaded();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
