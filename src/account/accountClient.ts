// The API client of the account: loaded on its first request (see api/lazyClient.ts), it
// sends the account's key to the account's base URL, starts a fresh rate-limit budget when the
// account changes, and tells the account when the API accepted its key.
import type vscode = require('vscode');
import type { AgentHumanApi, AgentHumanClientOptions } from '../api/client';
import { createLazyClient } from '../api/lazyClient';
import type { Account } from './account';

export type AccountClient = AgentHumanApi & vscode.Disposable;

type ClientOptions = Omit<AgentHumanClientOptions, 'baseUrl' | 'apiKey'>;

export function createAccountClient(account: Account, options: ClientOptions): AccountClient {
  const client = createLazyClient({ ...options, baseUrl: () => account.baseUrl, apiKey: () => account.key() });
  let generation = 0;
  const subscription = account.onDidChangeAccount(() => {
    generation++;
    client.reset();
  });
  /** An answer of the account that sent it clears a rejection of its key; a late one of another account does not. */
  const accepted = <T>(call: () => Promise<T>): Promise<T> => {
    const sentFor = generation;
    return call().then((value) => {
      if (sentFor === generation) account.markAccepted();
      return value;
    });
  };
  return {
    listLinks: (...args) => accepted(() => client.listLinks(...args)),
    getLink: (...args) => accepted(() => client.getLink(...args)),
    createLink: (...args) => accepted(() => client.createLink(...args)),
    updateLink: (...args) => accepted(() => client.updateLink(...args)),
    deleteLink: (...args) => accepted(() => client.deleteLink(...args)),
    listAgents: (...args) => accepted(() => client.listAgents(...args)),
    dispose: () => subscription.dispose(),
  };
}
