// Fakes of what the Account reads and writes in VS Code: SecretStorage and globalState. One
// pair of stores can serve several Accounts at once, as VS Code's serve every window: a change
// made through one is announced to all (later, as VS Code's own event arrives).
import { Emitter } from '../../../src/emitter';
import { Account, type AccountOptions } from '../../../src/account/account';

export class FakeSecrets {
  readonly values = new Map<string, string>();
  private readonly changed = new Emitter<{ key: string }>();
  readonly onDidChange = this.changed.event;
  /** Every call, in order: `store agenthuman.apiKey.x`, `delete …`, `get …`. */
  readonly log: string[] = [];
  /** Calls that fail once, as `store agenthuman.apiKey.x` (the log's words). */
  readonly failOnce = new Set<string>();

  async get(key: string): Promise<string | undefined> {
    this.call(`get ${key}`);
    return this.values.get(key);
  }

  async store(key: string, value: string): Promise<void> {
    this.call(`store ${key}`);
    this.values.set(key, value);
    this.announce(key);
  }

  async delete(key: string): Promise<void> {
    this.call(`delete ${key}`);
    this.values.delete(key);
    this.announce(key);
  }

  private call(what: string): void {
    this.log.push(what);
    if (this.failOnce.delete(what)) throw new Error('keyring locked');
  }

  private announce(key: string): void {
    setImmediate(() => this.changed.fire({ key }));
  }
}

export class FakeState {
  readonly values = new Map<string, unknown>();
  /** Every update, in order: its key. */
  readonly log: string[] = [];
  /** Keys whose next update fails. */
  readonly failOnce = new Set<string>();

  get<T>(key: string): T | undefined {
    // A copy, as a Memento gives: what a caller does to it does not change what is stored.
    const value = this.values.get(key);
    return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as T);
  }

  async update(key: string, value: unknown): Promise<void> {
    this.log.push(key);
    if (this.failOnce.delete(key)) throw new Error('storage full');
    if (value === undefined) this.values.delete(key);
    else this.values.set(key, JSON.parse(JSON.stringify(value)));
  }
}

/** A "window": an Account over the shared stores, with what it fired. */
export function accountWindow(secrets: FakeSecrets, state: FakeState, options: Partial<AccountOptions> = {}) {
  const baseUrlChanged = new Emitter<void>();
  const focused = new Emitter<void>();
  let ids = 0;
  const account = new Account({
    secrets,
    state,
    baseUrl: () => 'https://api.agenthuman.com',
    onDidChangeBaseUrl: baseUrlChanged.event,
    onMayHaveChangedElsewhere: focused.event,
    newId: () => `id${++ids}`,
    ...options,
  });
  const changes: string[] = [];
  const lists: string[] = [];
  account.onDidChangeAccount((c) => changes.push(`${c.reason} ${c.account?.label ?? '-'}`));
  account.onDidChangeAccountList((c) =>
    lists.push([...c.added.map((a) => `+${a.label}`), ...c.removed.map((a) => `-${a.label}`), ...c.changed.map((x) => `${x.before.label}>${x.after.label}`)].join(' ')),
  );
  return {
    account,
    changes,
    lists,
    changeBaseUrl: () => baseUrlChanged.fire(),
    focus: () => focused.fire(),
  };
}

/** Waits until announced changes (setImmediate) and the re-reads they start have run. */
export async function settled(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
}
