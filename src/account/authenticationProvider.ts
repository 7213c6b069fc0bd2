// The accounts in VS Code's Accounts menu (the activity bar, bottom left): an authentication
// provider with one session per account. Signing out there removes the account and deletes its
// key from secret storage (VS Code asks for confirmation first); "signing in" (another extension
// asking for an AgentHuman session) is Add Account. Sessions carry no key: see accountSessions.ts.
import vscode = require('vscode');
import { AUTH_PROVIDER_ID, AUTH_PROVIDER_LABEL } from '../commandIds';
import type { Account, AccountInfo } from './account';
import { sessionOf, sessionsChange } from './accountSessions';
import { quotedAccount } from './accountText';

export interface AuthenticationProviderHost {
  readonly context: vscode.ExtensionContext;
  readonly account: Account;
  readonly log: vscode.LogOutputChannel;
}

export function registerAuthenticationProvider(services: AuthenticationProviderHost, addAccount: () => Promise<AccountInfo | undefined>): void {
  const { context, account, log } = services;
  const changed = new vscode.EventEmitter<vscode.AuthenticationProviderAuthenticationSessionsChangeEvent>();
  const provider: vscode.AuthenticationProvider = {
    onDidChangeSessions: changed.event,
    // Every account, whatever the scopes: an AgentHuman key has no scopes.
    async getSessions() {
      await account.ready;
      return account.accounts.map(sessionOf);
    },
    async createSession() {
      const added = await addAccount();
      if (!added) throw new vscode.CancellationError();
      return sessionOf(added);
    },
    // VS Code has asked the user already ("Sign out of …?").
    async removeSession(sessionId) {
      await account.ready;
      const removed = account.find(sessionId);
      if (!removed) return;
      await account.remove(sessionId);
      log.info(`Signed out of ${quotedAccount(removed)} from the Accounts menu.`);
    },
  };
  context.subscriptions.push(
    changed,
    account.onDidChangeAccountList((change) => changed.fire(sessionsChange(change))),
    vscode.authentication.registerAuthenticationProvider(AUTH_PROVIDER_ID, AUTH_PROVIDER_LABEL, provider, { supportsMultipleAccounts: true }),
  );
}
