// The accounts the extension works with, and the current one. Each account is an API key, kept
// only in VS Code's secret storage (the operating system's keychain; never in settings, files or
// logs, with no fallback to plain storage), under a secret of its own, and a label; the index of
// accounts (ids, labels, live or test, which one is current) is kept in globalState and holds no
// secret. The API base URL comes from the settings and is the same for every account.
//
// Two events:
//  - `onDidChangeAccount`, fired once, synchronously, when the current account changes: another
//    account became current (a switch, an account added and switched to, the current one
//    removed), the current account got a new key, or the base URL changed. Everything that holds
//    account state (the client, the link store, the Links view, the QR panels, the create flow's
//    agents) subscribes to it.
//  - `onDidChangeAccountList`, when accounts were added, removed or renamed (the Accounts menu,
//    the view's description).
// Another window may change the index or a key: the account re-reads them when a secret of ours
// changes and when the window gets the focus, and fires only on a real change.
//
// No `vscode` import here: the stores and the events come in (createAccount.ts wires VS Code's).
import { randomBytes } from 'node:crypto';
import { type Disposable, Emitter, type Event } from '../emitter';
import {
  ACCOUNT_INDEX_KEY,
  type AccountIndex,
  type AccountInfo,
  accountIdOfSecret,
  cleanLabel,
  defaultLabel,
  EMPTY_INDEX,
  infoOf,
  kindOfKey,
  LEGACY_SECRET_KEY,
  parseAccountIndex,
  sameIndex,
  secretKeyOf,
  serializeAccountIndex,
  uniqueLabel,
  validateLabel,
  withAccount,
  withChangedAccount,
  withNewKey,
  withoutAccount,
} from './accountIndex';
import { migrateLegacyKey, type SecretStore, type StateStore } from './accountMigration';
import { normalizeApiKey } from './apiKeyFormat';
import { SecretStorageError } from './secretStorageError';
import { UserFacingError } from '../failures/userFacingError';
import { t } from '../text/translate';

export type { AccountInfo, AccountKind } from './accountIndex';

export interface AccountChange {
  /**
   * What changed: another account became current (`switch`: switched to, added, or the current
   * one removed), the current account's key (`key`: replaced, here or in another window), or the
   * base URL (`baseUrl`).
   */
  readonly reason: 'switch' | 'key' | 'baseUrl';
  /** The current account afterwards, if any. */
  readonly account: AccountInfo | undefined;
}

export interface AccountListChange {
  readonly added: readonly AccountInfo[];
  readonly removed: readonly AccountInfo[];
  /** Renamed, or given a key of the other kind; `before` as it was. */
  readonly changed: readonly { readonly before: AccountInfo; readonly after: AccountInfo }[];
}

/** What the pure parts (the link store) need of an account. */
export interface AccountEvents {
  readonly onDidChangeAccount: Event<AccountChange>;
}

export interface AccountOptions {
  /** VS Code's SecretStorage, or a fake. */
  secrets: SecretStore & { readonly onDidChange: Event<{ readonly key: string }> };
  /** VS Code's globalState, or a fake. */
  state: StateStore;
  /** The API base URL (the setting). */
  baseUrl: () => string;
  onDidChangeBaseUrl: Event<void>;
  /** When the index may have changed in another window (this window got the focus). */
  onMayHaveChangedElsewhere?: Event<void>;
  /** For failures nobody waits for. */
  warn?: (message: string) => void;
  newId?: () => string;
}

/** How `add` and `setKey` went. */
export type KeyOutcome =
  /** A new account was made with the key, and is current. */
  | { outcome: 'added'; account: AccountInfo }
  /** The account's key was replaced. */
  | { outcome: 'replaced'; account: AccountInfo }
  /** The account has this key already. */
  | { outcome: 'unchanged'; account: AccountInfo }
  /** Another account has this key: nothing was stored. */
  | { outcome: 'existing'; account: AccountInfo };

export class Account implements AccountEvents, Disposable {
  private readonly changed = new Emitter<AccountChange>();
  /** Fires once per change of the current account, synchronously, before the change's promise resolves. */
  readonly onDidChangeAccount = this.changed.event;
  private readonly listChanged = new Emitter<AccountListChange>();
  /** Accounts were added, removed or renamed. */
  readonly onDidChangeAccountList = this.listChanged.event;

  private index: AccountIndex;
  /** The index as last read from or written to globalState; undefined while none is stored. */
  private stored: AccountIndex | undefined;
  /** Keys as last read or written, by account id; `undefined` inside means "no key". */
  private readonly keys = new Map<string, string | undefined>();
  private readonly reads = new Map<string, Promise<string | undefined>>();
  private readonly rejectedIds = new Set<string>();
  /** Changes to the index and the secrets run one at a time, in order. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly subscriptions: Disposable[];
  /** Resolves once the index is read and an old single key migrated. */
  readonly ready: Promise<void>;

  constructor(private readonly options: AccountOptions) {
    this.stored = parseAccountIndex(options.state.get(ACCOUNT_INDEX_KEY));
    this.index = this.stored ?? EMPTY_INDEX;
    this.subscriptions = [
      // Another window changed a key, or our own write comes back: only a different value is a change.
      options.secrets.onDidChange(({ key }) => {
        if (key === LEGACY_SECRET_KEY) void this.migrate(true);
        else {
          const id = accountIdOfSecret(key);
          if (id !== undefined) void this.reread(id);
        }
      }),
      options.onDidChangeBaseUrl(() => {
        this.rejectedIds.clear();
        this.changed.fire({ reason: 'baseUrl', account: this.current });
      }),
      ...(options.onMayHaveChangedElsewhere ? [options.onMayHaveChangedElsewhere(() => void this.reread())] : []),
    ];
    this.ready = this.migrate(false);
  }

  /** The API base URL (user or default setting; a workspace cannot change it). */
  get baseUrl(): string {
    return this.options.baseUrl();
  }

  /** The current account, if any. */
  get current(): AccountInfo | undefined {
    const found = this.index.accounts.find((a) => a.id === this.index.current);
    return found && infoOf(found);
  }

  /** Every account, in the order they were added. */
  get accounts(): readonly AccountInfo[] {
    return this.index.accounts.map(infoOf);
  }

  find(id: string): AccountInfo | undefined {
    const found = this.index.accounts.find((a) => a.id === id);
    return found && infoOf(found);
  }

  /** The current account's key, or undefined. Throws SecretStorageError when the keychain fails. */
  async key(): Promise<string | undefined> {
    await this.ready;
    const id = this.index.current;
    return id === undefined ? undefined : this.keyOf(id);
  }

  /** Account `id`'s key, or undefined (no such account, or its secret is gone). Throws SecretStorageError when the keychain fails. */
  keyOf(id: string): Promise<string | undefined> {
    if (!this.index.accounts.some((a) => a.id === id)) return Promise.resolve(undefined);
    if (this.keys.has(id)) return Promise.resolve(this.keys.get(id));
    let reading = this.reads.get(id);
    if (!reading) {
      reading = Promise.resolve(this.options.secrets.get(secretKeyOf(id))).then(
        (value) => {
          this.reads.delete(id);
          // A write meanwhile is newer than what this read found.
          if (!this.keys.has(id) && this.index.accounts.some((a) => a.id === id)) this.keys.set(id, value || undefined);
          return this.keys.get(id);
        },
        (error: unknown) => {
          this.reads.delete(id);
          throw new SecretStorageError('read', error);
        },
      );
      this.reads.set(id, reading);
    }
    return reading;
  }

  /** The account that has `key`, if any (reads the key of each account). */
  async findByKey(key: string): Promise<AccountInfo | undefined> {
    await this.ready;
    const wanted = normalizeApiKey(key);
    for (const account of this.index.accounts) {
      if ((await this.keyOf(account.id)) === wanted) return this.find(account.id);
    }
    return undefined;
  }

  /**
   * Adds an account with `key` (and `label`, else the default one) and makes it current. A key
   * that an account has already is not added twice: the outcome names that account, and the
   * caller decides whether to switch to it.
   */
  add(key: string, label?: string): Promise<KeyOutcome> {
    return this.exclusive(() => this.addNow(key, label));
  }

  /**
   * Sets the key of account `id` (default: the current one); with no account yet, adds the
   * first. A key another account has already is not stored (outcome `existing`).
   */
  setKey(key: string, id?: string): Promise<KeyOutcome> {
    return this.exclusive(async () => {
      const target = id ?? this.index.current;
      if (target === undefined || !this.find(target)) {
        if (id !== undefined) throw new UserFacingError(t('That AgentHuman account no longer exists in VS Code.'));
        return this.addNow(key);
      }
      const value = normalizeApiKey(key);
      const existing = await this.findByKey(value);
      if (existing) return { outcome: existing.id === target ? 'unchanged' : 'existing', account: existing };
      await this.storeSecret(target, value);
      const others = this.index.accounts.filter((a) => a.id !== target);
      const next = withChangedAccount(this.index, target, (a) => withNewKey(a, value, others));
      await this.writeIndex(next);
      this.apply(next, [target]);
      return { outcome: 'replaced', account: this.find(target) as AccountInfo };
    });
  }

  /** Makes account `id` current. */
  switchTo(id: string): Promise<AccountInfo> {
    return this.exclusive(async () => {
      const account = this.require(id);
      if (this.index.current === id) return account;
      const next = { ...this.index, current: id };
      await this.writeIndex(next);
      this.apply(next);
      return account;
    });
  }

  /** Renames account `id`. Throws a UserFacingError for an empty or duplicate label. */
  rename(id: string, label: string): Promise<AccountInfo> {
    return this.exclusive(async () => {
      this.require(id);
      const problem = validateLabel(label, this.index.accounts, id);
      if (problem) throw new UserFacingError(problem);
      const next = withChangedAccount(this.index, id, (a) => ({ ...a, label: cleanLabel(label), customLabel: true }));
      await this.writeIndex(next);
      this.apply(next);
      return this.find(id) as AccountInfo;
    });
  }

  /**
   * Removes account `id`: its key is deleted from secret storage first (if that fails, the
   * account stays). When it was current, the first other account becomes current, or none.
   */
  remove(id: string): Promise<void> {
    return this.exclusive(async () => {
      this.require(id);
      try {
        await this.options.secrets.delete(secretKeyOf(id));
      } catch (error) {
        throw new SecretStorageError('remove', error);
      }
      const next = withoutAccount(this.index, id);
      await this.writeIndex(next);
      this.apply(next);
    });
  }

  /** True from a 401 until the current account's key changes or a request with it succeeds. */
  get rejected(): boolean {
    return this.index.current !== undefined && this.rejectedIds.has(this.index.current);
  }

  isRejected(id: string): boolean {
    return this.rejectedIds.has(id);
  }

  /** The API answered 401 to account `id`'s key (default: the current one's). */
  markRejected(id = this.index.current): void {
    if (id !== undefined) this.rejectedIds.add(id);
  }

  /** The API accepted account `id`'s key (default: the current one's). */
  markAccepted(id = this.index.current): void {
    if (id !== undefined) this.rejectedIds.delete(id);
  }

  // ---- inside ------------------------------------------------------------------------

  /** `add`, inside `exclusive`. */
  private async addNow(key: string, label?: string): Promise<KeyOutcome> {
    const value = normalizeApiKey(key);
    const existing = await this.findByKey(value);
    if (existing) return { outcome: 'existing', account: existing };
    const accounts = this.index.accounts;
    if (label !== undefined) {
      const problem = validateLabel(label, accounts);
      if (problem) throw new UserFacingError(problem);
    }
    const id = this.newId();
    await this.storeSecret(id, value);
    const next = withAccount(this.index, {
      id,
      label: label !== undefined ? cleanLabel(label) : uniqueLabel(defaultLabel(value), accounts),
      kind: kindOfKey(value),
      ...(label !== undefined ? { customLabel: true } : {}),
    });
    try {
      await this.writeIndex(next);
    } catch (error) {
      // The account does not exist: its key must not stay behind.
      await Promise.resolve(this.options.secrets.delete(secretKeyOf(id))).catch(() => undefined);
      this.keys.delete(id);
      throw error;
    }
    this.apply(next);
    return { outcome: 'added', account: this.find(id) as AccountInfo };
  }

  private require(id: string): AccountInfo {
    const account = this.find(id);
    if (!account) throw new UserFacingError(t('That AgentHuman account no longer exists in VS Code.'));
    return account;
  }

  private newId(): string {
    for (;;) {
      const id = this.options.newId?.() ?? randomBytes(6).toString('hex');
      if (!this.index.accounts.some((a) => a.id === id)) return id;
    }
  }

  private async storeSecret(id: string, key: string): Promise<void> {
    try {
      await this.options.secrets.store(secretKeyOf(id), key);
    } catch (error) {
      throw new SecretStorageError('store', error);
    }
    this.keys.set(id, key);
  }

  private async writeIndex(index: AccountIndex): Promise<void> {
    await this.options.state.update(ACCOUNT_INDEX_KEY, serializeAccountIndex(index));
    this.stored = index;
  }

  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Migrates an old single key (at start, or when a window of an earlier version sets it). */
  private migrate(force: boolean): Promise<void> {
    return this.exclusive(async () => {
      const { index } = await migrateLegacyKey(
        this.options,
        this.stored,
        (id) => this.keyOf(id),
        (next) => this.writeIndex(next),
        { force },
      );
      if (index) this.apply(index);
    }).catch((error: unknown) => this.options.warn?.(`Could not move the API key of an earlier version to an account: ${errorText(error)}`));
  }

  /** Another window may have changed the index, or the key of account `changedKeyOf`. */
  private reread(changedKeyOf?: string): Promise<void> {
    return this.exclusive(async () => {
      const stored = parseAccountIndex(this.options.state.get(ACCOUNT_INDEX_KEY));
      if (stored) this.stored = stored;
      const next = stored ?? this.index;
      const changedKeys: string[] = [];
      if (changedKeyOf !== undefined && this.keys.has(changedKeyOf)) {
        let value: string | undefined;
        try {
          value = (await this.options.secrets.get(secretKeyOf(changedKeyOf))) || undefined;
        } catch {
          return; // the next key() reports it
        }
        if (value !== this.keys.get(changedKeyOf)) {
          this.keys.set(changedKeyOf, value);
          changedKeys.push(changedKeyOf);
        }
      }
      if (changedKeys.length || !sameIndex(next, this.index)) this.apply(next, changedKeys);
    }).catch((error: unknown) => this.options.warn?.(`Could not re-read the AgentHuman accounts: ${errorText(error)}`));
  }

  /** Puts `next` in place and fires what changed: the list first, then the current account. */
  private apply(next: AccountIndex, keyChangedIds: readonly string[] = []): void {
    const before = this.index;
    this.index = next;
    const had = new Map(before.accounts.map((a) => [a.id, a]));
    const has = new Map(next.accounts.map((a) => [a.id, a]));
    const added = next.accounts.filter((a) => !had.has(a.id)).map(infoOf);
    const removed = before.accounts.filter((a) => !has.has(a.id)).map(infoOf);
    const changed = next.accounts.flatMap((a) => {
      const old = had.get(a.id);
      return old && (old.label !== a.label || old.kind !== a.kind) ? [{ before: infoOf(old), after: infoOf(a) }] : [];
    });
    for (const { id } of removed) {
      this.keys.delete(id);
      this.rejectedIds.delete(id);
    }
    for (const id of keyChangedIds) this.rejectedIds.delete(id);
    if (added.length || removed.length || changed.length) this.listChanged.fire({ added, removed, changed });
    if (before.current !== next.current) this.changed.fire({ reason: 'switch', account: this.current });
    else if (next.current !== undefined && keyChangedIds.includes(next.current)) this.changed.fire({ reason: 'key', account: this.current });
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.changed.dispose();
    this.listChanged.dispose();
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
