// What the authentication provider (authenticationProvider.ts) tells VS Code about the accounts:
// one session per account, for the Accounts menu. No `vscode` import here.
//
// A session carries no key. VS Code hands a provider's sessions, accessToken included, to any
// other extension that asks for a session of this provider once the user allows it (and keeps
// allowing it until the user takes it back under Manage Trusted Extensions), and the workbench
// holds them, which in a browser-based VS Code means the browser. An AgentHuman key can create,
// change and delete every link of the account, and the consent dialog does not say so. So the
// accessToken is an opaque placeholder that names the account and authorises nothing; the key
// stays in secret storage, read only by this extension to send it to the configured API host.
import type { AccountInfo } from './accountIndex';

export interface AccountSession {
  readonly id: string;
  /** Not a credential: see above. */
  readonly accessToken: string;
  readonly account: { readonly id: string; readonly label: string };
  readonly scopes: readonly string[];
}

export function sessionOf(account: AccountInfo): AccountSession {
  return {
    id: account.id,
    accessToken: `agenthuman-account:${account.id}`,
    account: { id: account.id, label: account.label },
    scopes: [],
  };
}

/**
 * The sessions event for a change of the account list. A renamed account is reported removed
 * (as it was) and changed (as it is): the Accounts menu finds an account by its label, and would
 * otherwise keep the old entry beside the new one.
 */
export function sessionsChange(change: {
  readonly added: readonly AccountInfo[];
  readonly removed: readonly AccountInfo[];
  readonly changed: readonly { readonly before: AccountInfo; readonly after: AccountInfo }[];
}): { added: AccountSession[]; removed: AccountSession[]; changed: AccountSession[] } {
  const renamed = change.changed.filter(({ before, after }) => before.label !== after.label);
  return {
    added: change.added.map(sessionOf),
    removed: [...change.removed, ...renamed.map(({ before }) => before)].map(sessionOf),
    changed: change.changed.map(({ after }) => sessionOf(after)),
  };
}
