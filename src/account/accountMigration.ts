// From the one key of earlier versions to accounts, without the user doing anything: the key in
// the secret `agenthuman.apiKey` becomes an account (default label from the key), its cached
// list of links becomes that account's, and the old secret is deleted only once the new one and
// the index are stored. Every step can be repeated: run again after an interruption at any point,
// it finishes the job and never makes a second account of the same key. No `vscode` import here.
import { LINKS_CACHE_KEY, linksCacheKey } from '../links/linkStore';
import {
  type AccountIndex,
  defaultLabel,
  EMPTY_INDEX,
  freeId,
  kindOfKey,
  LEGACY_SECRET_KEY,
  secretKeyOf,
  uniqueLabel,
  withAccount,
} from './accountIndex';

/** What the migration needs of VS Code's SecretStorage. */
export interface SecretStore {
  get(key: string): PromiseLike<string | undefined>;
  store(key: string, value: string): PromiseLike<void>;
  delete(key: string): PromiseLike<void>;
}

/** What the migration needs of VS Code's globalState (a Memento). */
export interface StateStore {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): PromiseLike<void>;
}

/** Set in globalState once the old secret is gone: later starts need not read it. */
export const MIGRATION_DONE_KEY = 'agenthuman.accounts.legacyKeyMigrated';

/** The id of the account made from the old key: fixed, so that a repeated run reuses it. */
export const MIGRATED_ID = 'migrated';

export type MigrationDecision =
  /** No old key: nothing to do. */
  | { action: 'none' }
  /** The old key is an account's already (an earlier run stopped before deleting it): delete the leftovers. */
  | { action: 'cleanUp' }
  /** Make an account of the old key, with this id. */
  | { action: 'migrate'; id: string };

/**
 * What to do, from the old key (if any), the index (undefined when none is stored) and the keys of
 * the accounts in it. An index that exists and lacks the old key still gets it as an account: a
 * window of an earlier version may have set it after this version made the index.
 */
export function decideMigration(legacyKey: string | undefined, index: AccountIndex | undefined, keysOfAccounts: readonly (string | undefined)[]): MigrationDecision {
  if (!legacyKey) return { action: 'none' };
  if (keysOfAccounts.includes(legacyKey)) return { action: 'cleanUp' };
  return { action: 'migrate', id: freeId(MIGRATED_ID, index ?? EMPTY_INDEX) };
}

export interface MigrationResult {
  /** The index afterwards; undefined when none is stored and nothing was migrated. */
  readonly index: AccountIndex | undefined;
  /** The account made from the old key, if one was. */
  readonly migrated?: { readonly id: string; readonly key: string };
}

/**
 * Runs the migration over the stores. `index` is the index as stored (undefined: none), `keyOf`
 * reads an account's key. Throws when a store fails; nothing is lost then, and the next run goes on.
 * Once done (the old secret is gone, or there was none), a start reads no secret for it;
 * `force` reads the old secret anyway (it changed: a window of an earlier version set it).
 */
export async function migrateLegacyKey(
  stores: { secrets: SecretStore; state: StateStore },
  index: AccountIndex | undefined,
  keyOf: (id: string) => Promise<string | undefined>,
  writeIndex: (index: AccountIndex) => PromiseLike<void>,
  options: { force?: boolean } = {},
): Promise<MigrationResult> {
  const { secrets, state } = stores;
  if (!options.force && state.get(MIGRATION_DONE_KEY) === true) return { index };
  const legacyKey = (await secrets.get(LEGACY_SECRET_KEY)) || undefined;
  const keys = legacyKey && index ? await Promise.all(index.accounts.map((a) => keyOf(a.id))) : [];
  const decision = decideMigration(legacyKey, index, keys);
  if (decision.action === 'none' || !legacyKey) {
    // A cached list without the old key is a leftover of a run that stopped at the last step.
    if (state.get(LINKS_CACHE_KEY) !== undefined) await state.update(LINKS_CACHE_KEY, undefined);
    await state.update(MIGRATION_DONE_KEY, true);
    return { index };
  }
  if (decision.action === 'cleanUp') {
    await deleteLegacy(stores);
    return { index };
  }
  const { id } = decision;
  // 1. the key under its new name (a repeated run writes the same value under the same name)
  await secrets.store(secretKeyOf(id), legacyKey);
  // 2. the cached list, for the account it belongs to
  const cached = state.get(LINKS_CACHE_KEY);
  if (cached !== undefined && state.get(linksCacheKey(id)) === undefined) await state.update(linksCacheKey(id), cached);
  // 3. the index: from now on the account exists
  const base = index ?? EMPTY_INDEX;
  const added = withAccount(base, { id, label: uniqueLabel(defaultLabel(legacyKey), base.accounts), kind: kindOfKey(legacyKey) });
  const next = base.current ? { ...added, current: base.current } : added;
  await writeIndex(next);
  // 4. only now the old copies
  await deleteLegacy(stores);
  return { index: next, migrated: { id, key: legacyKey } };
}

async function deleteLegacy({ secrets, state }: { secrets: SecretStore; state: StateStore }): Promise<void> {
  await secrets.delete(LEGACY_SECRET_KEY);
  if (state.get(LINKS_CACHE_KEY) !== undefined) await state.update(LINKS_CACHE_KEY, undefined);
  await state.update(MIGRATION_DONE_KEY, true);
}
