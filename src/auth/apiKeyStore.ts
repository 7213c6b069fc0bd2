// The API key lives only in VS Code's SecretStorage (the OS keychain). It is never
// written to settings, files or logs, and there is no fallback to plain storage.
import vscode = require('vscode');

const SECRET_KEY = 'agenthuman.apiKey';

/** SecretStorage itself failed (e.g. Linux without a keyring). */
export class SecretStorageError extends Error {
  constructor(operation: string, cause: unknown) {
    super(
      `VS Code could not ${operation} the API key in its secret storage (the operating system's keychain). ` +
        'On Linux, make sure a keyring such as GNOME Keyring or KWallet is installed and unlocked, then try again. ' +
        'The key is never stored in plain settings instead.',
      { cause },
    );
    this.name = 'SecretStorageError';
  }
}

export class ApiKeyStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the key changes, in this window or another one. */
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;
  private cached: Promise<string | undefined> | undefined;

  constructor(private readonly secrets: vscode.SecretStorage) {
    this.subscription = secrets.onDidChange((event) => {
      if (event.key === SECRET_KEY) {
        this.cached = undefined;
        this.changed.fire();
      }
    });
  }

  /** The stored key, or undefined. Throws SecretStorageError when the keychain fails. */
  get(): Promise<string | undefined> {
    this.cached ??= Promise.resolve(this.secrets.get(SECRET_KEY)).then(
      (value) => value || undefined,
      (error: unknown) => {
        this.cached = undefined;
        throw new SecretStorageError('read', error);
      },
    );
    return this.cached;
  }

  async set(key: string): Promise<void> {
    try {
      await this.secrets.store(SECRET_KEY, key);
    } catch (error) {
      throw new SecretStorageError('store', error);
    }
    this.cached = Promise.resolve(key);
  }

  async delete(): Promise<void> {
    try {
      await this.secrets.delete(SECRET_KEY);
    } catch (error) {
      throw new SecretStorageError('remove', error);
    }
    this.cached = Promise.resolve(undefined);
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
