// The account's list, loaded the first time a link in a file needs its state, and only then:
// when no list is held and an API key is set, one refresh of the link store, which every
// document, hover and completion waiting at that moment shares. A failure is reported once; no
// further automatic load is tried for that account (a refresh by the user still works). The
// state of an id comes from this list, never from a GET per id. No `vscode` import here.
import type { Disposable, Event } from '../emitter';
import type { LinkStore } from '../links/linkStore';

export interface ListOnDemandDeps {
  store: Pick<LinkStore, 'loaded' | 'refresh' | 'cacheRead'>;
  /** Whether an API key is stored (no request). */
  hasKey(): Promise<boolean>;
  onDidChangeAccount: Event<unknown>;
  /** The automatic load failed; `retry` tries again. */
  onFailure(error: unknown, retry: () => Promise<void>): void;
}

export class ListOnDemand implements Disposable {
  private pending: Promise<void> | undefined;
  private failed = false;
  private readonly subscription: Disposable;

  constructor(private readonly deps: ListOnDemandDeps) {
    this.subscription = deps.onDidChangeAccount(() => {
      // Another account: its list is not loaded, and its first load has not failed.
      this.failed = false;
      this.pending = undefined;
    });
  }

  /** Resolves once a list is held, or once it is clear none will be (no key, the load failed). */
  ensureLoaded(): Promise<void> {
    if (this.deps.store.loaded || this.failed) return Promise.resolve();
    if (this.pending) return this.pending;
    const run = this.load().finally(() => {
      if (this.pending === run) this.pending = undefined;
    });
    this.pending = run;
    return run;
  }

  private async load(): Promise<void> {
    await this.deps.store.cacheRead; // the cached list, when there is one, is enough
    const hasKey = await this.deps.hasKey().catch(() => false);
    if (!hasKey || this.deps.store.loaded) return;
    try {
      await this.deps.store.refresh();
    } catch (error) {
      this.failed = true;
      this.deps.onFailure(error, () => {
        this.failed = false;
        return this.ensureLoaded();
      });
    }
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
