// The account index: which accounts exist (an id, a label, live or test) and which one is
// current. It is kept in VS Code's globalState and holds no secret, not even a hash of one: each
// account's key is a secret of its own (`agenthuman.apiKey.<id>`). Here are its shape, how a
// stored value is read back (defensively: it may come from another version or be damaged), the
// default labels and the rules for labels. No `vscode` import here.
import { maskApiKey } from './apiKeyFormat';
import { t } from '../text/translate';

/** The globalState key of the index. */
export const ACCOUNT_INDEX_KEY = 'agenthuman.accounts';

/** The secret that held the one key before accounts existed (migrated on first start). */
export const LEGACY_SECRET_KEY = 'agenthuman.apiKey';

const SECRET_PREFIX = 'agenthuman.apiKey.';

/** The name of the secret that holds an account's key. */
export function secretKeyOf(id: string): string {
  return `${SECRET_PREFIX}${id}`;
}

/** The account whose key a secret holds, or undefined for any other secret. */
export function accountIdOfSecret(secretKey: string): string | undefined {
  return secretKey.startsWith(SECRET_PREFIX) ? secretKey.slice(SECRET_PREFIX.length) || undefined : undefined;
}

export type AccountKind = 'live' | 'test';

/** What the rest of the extension knows of an account: never its key. */
export interface AccountInfo {
  readonly id: string;
  readonly label: string;
  readonly kind: AccountKind;
}

export interface StoredAccount extends AccountInfo {
  /** The user chose the label: a new key for the account keeps it (a default one follows the key). */
  readonly customLabel?: boolean;
}

export interface AccountIndex {
  readonly current: string | undefined;
  readonly accounts: readonly StoredAccount[];
}

export const EMPTY_INDEX: AccountIndex = { current: undefined, accounts: [] };

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const MAX_LABEL_LENGTH = 60;

/**
 * The index as stored, or undefined when none is stored (a first start, or one before accounts
 * existed). Entries that cannot be used are left out: a bad id, a second entry with the same id,
 * a missing label (it gets a neutral one). A current id that names no account falls back to the
 * first account.
 */
export function parseAccountIndex(raw: unknown): AccountIndex | undefined {
  if (raw === undefined || raw === null) return undefined;
  const record = typeof raw === 'object' ? (raw as { current?: unknown; accounts?: unknown }) : {};
  const accounts: StoredAccount[] = [];
  for (const entry of Array.isArray(record.accounts) ? (record.accounts as unknown[]) : []) {
    if (!entry || typeof entry !== 'object') continue;
    const { id, label, kind, customLabel } = entry as Record<string, unknown>;
    if (typeof id !== 'string' || !ID_PATTERN.test(id) || accounts.some((a) => a.id === id)) continue;
    const accountKind: AccountKind = kind === 'live' ? 'live' : 'test';
    const text = typeof label === 'string' ? cleanLabel(label) : '';
    accounts.push({
      id,
      kind: accountKind,
      label: text || uniqueLabel(kindWord(accountKind), accounts),
      ...(customLabel === true && text ? { customLabel: true } : {}),
    });
  }
  const current = typeof record.current === 'string' && accounts.some((a) => a.id === record.current) ? record.current : accounts[0]?.id;
  return { current, accounts };
}

/** What is written to globalState: the index, nothing more. */
export function serializeAccountIndex(index: AccountIndex): { current: string | undefined; accounts: StoredAccount[] } {
  return {
    current: index.current,
    accounts: index.accounts.map(({ id, label, kind, customLabel }) => ({ id, label, kind, ...(customLabel ? { customLabel } : {}) })),
  };
}

export function sameIndex(a: AccountIndex, b: AccountIndex): boolean {
  return JSON.stringify(serializeAccountIndex(a)) === JSON.stringify(serializeAccountIndex(b));
}

/** Live or test, from the key's prefix (`ah_live_` / `ah_test_`); an unknown prefix counts as live, the careful guess. */
export function kindOfKey(key: string): AccountKind {
  return key.startsWith('ah_test_') ? 'test' : 'live';
}

function kindWord(kind: AccountKind): string {
  return kind === 'live' ? t('Live') : t('Test');
}

/** "Live …1a2b" / "Test …1a2b": the kind and the key's last four characters (as maskApiKey shows them). */
export function defaultLabel(key: string): string {
  const masked = maskApiKey(key);
  return `${kindWord(kindOfKey(key))} ${masked.slice(masked.indexOf('…'))}`;
}

/** `label`, or `label (2)`, `label (3)`… : the first that no account (but `exceptId`) has. */
export function uniqueLabel(label: string, accounts: readonly AccountInfo[], exceptId?: string): string {
  const taken = (text: string) => accounts.some((a) => a.id !== exceptId && sameLabel(a.label, text));
  if (!taken(label)) return label;
  for (let n = 2; ; n++) if (!taken(`${label} (${n})`)) return `${label} (${n})`;
}

/** Labels are compared as a user reads them: without case and surrounding spaces. */
export function sameLabel(a: string, b: string): boolean {
  return cleanLabel(a).toLocaleLowerCase() === cleanLabel(b).toLocaleLowerCase();
}

/** A typed label as it is kept: trimmed, inner runs of white space (line breaks too) made one space. */
export function cleanLabel(label: string): string {
  return label.replace(/\s+/g, ' ').trim();
}

/** What is wrong with a label typed for account `exceptId` (or a new one), or undefined. */
export function validateLabel(label: string, accounts: readonly AccountInfo[], exceptId?: string): string | undefined {
  const text = cleanLabel(label);
  if (!text) return t('Type a name for the account, e.g. "Production" or "Staging".');
  if (text.length > MAX_LABEL_LENGTH) return t('A name has at most {0} characters.', MAX_LABEL_LENGTH);
  if (/\p{Cc}/u.test(text)) return t('A name cannot contain control characters.');
  const other = accounts.find((a) => a.id !== exceptId && sameLabel(a.label, text));
  if (other) return t('Another account is already named “{0}”.', other.label);
  return undefined;
}

/** The index with `account` added and made current. */
export function withAccount(index: AccountIndex, account: StoredAccount): AccountIndex {
  return { current: account.id, accounts: [...index.accounts, account] };
}

/** The index without account `id`; when it was current, the first remaining account is (or none). */
export function withoutAccount(index: AccountIndex, id: string): AccountIndex {
  const accounts = index.accounts.filter((a) => a.id !== id);
  const current = index.current === id ? accounts[0]?.id : index.current;
  return { current, accounts };
}

/** The index with account `id` changed by `change`. */
export function withChangedAccount(index: AccountIndex, id: string, change: (account: StoredAccount) => StoredAccount): AccountIndex {
  return { ...index, accounts: index.accounts.map((a) => (a.id === id ? change(a) : a)) };
}

/** Account `id` with a new key: the kind follows the key, and so does a label the user did not choose. */
export function withNewKey(account: StoredAccount, key: string, others: readonly AccountInfo[]): StoredAccount {
  return {
    ...account,
    kind: kindOfKey(key),
    label: account.customLabel ? account.label : uniqueLabel(defaultLabel(key), others, account.id),
  };
}

/** The first of `base`, `base2`, `base3`… that no account has: the same answer for the same index. */
export function freeId(base: string, index: AccountIndex): string {
  const taken = (id: string) => index.accounts.some((a) => a.id === id);
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}${n}`)) return `${base}${n}`;
}

export function infoOf({ id, label, kind }: AccountInfo): AccountInfo {
  return { id, label, kind };
}
