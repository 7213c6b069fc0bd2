// The account the extension works with: an API key, kept only in VS Code's secret storage
// (the operating system's keychain; never in settings, files or logs, with no fallback to plain
// storage), and the API base URL from the settings. A new key or another base URL is another
// account: everything that holds account state (the client's rate-limit budget, the link
// store, the Links view, the QR panels, the create flow's agents) subscribes itself to the one
// event, `onDidChangeAccount`, and starts clean.
import vscode = require('vscode');
import { affects, apiBaseUrl } from '../settings/settings';
import { SecretStorageError } from './secretStorageError';

const SECRET_KEY = 'agenthuman.apiKey';

export interface AccountChange {
  /** What changed: the key (set, replaced, removed, here or in another window) or the base URL. */
  readonly reason: 'key' | 'baseUrl';
}

/** What the pure parts (the link store) need of an account. */
export interface AccountEvents {
  readonly onDidChangeAccount: vscode.Event<AccountChange>;
}

export class Account implements AccountEvents, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<AccountChange>();
  /** Fires once per change, synchronously, before the change's promise resolves. */
  readonly onDidChangeAccount = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];
  /** The key as last read or written; `undefined` inside means "no key", the holder itself "not read yet". */
  private known: { key: string | undefined } | undefined;
  private reading: Promise<string | undefined> | undefined;
  private keyRejected = false;

  constructor(private readonly secrets: vscode.SecretStorage) {
    this.subscriptions = [
      // Another window changed the key, or our own write comes back: only a different value is a change.
      secrets.onDidChange((event) => {
        if (event.key === SECRET_KEY) void this.reread();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affects(event, 'apiBaseUrl')) this.fire('baseUrl');
      }),
    ];
  }

  /** The API base URL (user or default setting; a workspace cannot change it). */
  get baseUrl(): string {
    return apiBaseUrl();
  }

  /** The stored key, or undefined. Throws SecretStorageError when the keychain fails. */
  key(): Promise<string | undefined> {
    if (this.known) return Promise.resolve(this.known.key);
    this.reading ??= Promise.resolve(this.secrets.get(SECRET_KEY)).then(
      (value) => {
        this.reading = undefined;
        this.known ??= { key: value || undefined };
        return this.known.key;
      },
      (error: unknown) => {
        this.reading = undefined;
        throw new SecretStorageError('read', error);
      },
    );
    return this.reading;
  }

  async setKey(key: string): Promise<void> {
    try {
      await this.secrets.store(SECRET_KEY, key);
    } catch (error) {
      throw new SecretStorageError('store', error);
    }
    this.learn(key);
  }

  async removeKey(): Promise<void> {
    try {
      await this.secrets.delete(SECRET_KEY);
    } catch (error) {
      throw new SecretStorageError('remove', error);
    }
    this.learn(undefined);
  }

  /** True from a 401 until the account changes or a request with its key succeeds. */
  get rejected(): boolean {
    return this.keyRejected;
  }

  /** The API answered 401 to this account's key. */
  markRejected(): void {
    this.keyRejected = true;
  }

  /** The API accepted this account's key. */
  markAccepted(): void {
    this.keyRejected = false;
  }

  private async reread(): Promise<void> {
    let value: string | undefined;
    try {
      value = (await this.secrets.get(SECRET_KEY)) || undefined;
    } catch {
      return; // the next key() reports it
    }
    this.learn(value);
  }

  private learn(key: string | undefined): void {
    const before = this.known;
    this.known = { key };
    if (!before || before.key !== key) this.fire('key');
  }

  private fire(reason: AccountChange['reason']): void {
    this.keyRejected = false;
    this.changed.fire({ reason });
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.changed.dispose();
  }
}
