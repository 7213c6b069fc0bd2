// The API client of the accounts: one lazily loaded client (see api/lazyClient.ts) per account,
// so that each account has its own rate-limit budget, kept while another account is current. A
// call goes to the client of the account current when it is made, and that client only ever
// sends its own account's key (read at the request, so a removed account's client sends
// nothing). A new key or another server starts a fresh budget; a removed account's client is
// dropped. Each answer tells its own account whether the API accepted the key (a 401 marks only
// the account that sent it). The queue of requests waiting for the rate limit is told for the
// current account only: after a switch, the new account's.
import { isAgentHumanError } from '../api/errors';
import type { AgentHumanApi, AgentHumanClientOptions } from '../api/client';
import { createLazyClient, type LazyClient } from '../api/lazyClient';
import type { Disposable } from '../emitter';
import type { Account } from './account';

export type AccountClient = AgentHumanApi & Disposable;

type ClientOptions = Omit<AgentHumanClientOptions, 'baseUrl' | 'apiKey'>;

/** The client of "no account": it sends nothing and fails as `missingApiKey`. */
const NO_ACCOUNT = '';

export function createAccountClient(account: Account, options: ClientOptions): AccountClient {
  const { onQueueChange, ...clientOptions } = options;
  const clients = new Map<string, LazyClient>();
  const currentSlot = () => account.current?.id ?? NO_ACCOUNT;
  const clientOf = (id: string | undefined): { id: string; client: LazyClient } => {
    const slot = id ?? NO_ACCOUNT;
    let client = clients.get(slot);
    if (!client) {
      client = createLazyClient({
        ...clientOptions,
        baseUrl: () => account.baseUrl,
        apiKey: () => (id === undefined ? undefined : account.keyOf(id)),
        // A client replaced after a key change may still send what it had queued: only the
        // current account's current client speaks for the queue shown.
        onQueueChange: (state) => {
          if (slot === currentSlot() && clients.get(slot) === client) onQueueChange?.(state);
        },
      });
      clients.set(slot, client);
    }
    return { id: slot, client };
  };
  const subscriptions = [
    account.onDidChangeAccount(({ reason }) => {
      if (reason === 'baseUrl') clients.clear();
      else if (reason === 'key' && account.current) clients.delete(account.current.id);
      // The queue shown is the current account's.
      onQueueChange?.(clients.get(currentSlot())?.queue ?? { queued: 0 });
    }),
    account.onDidChangeAccountList(({ removed }) => {
      for (const { id } of removed) clients.delete(id);
    }),
  ];
  /**
   * Runs a call on the current account's client. Its answer clears a rejection of that account's
   * key, a 401 marks it; a late answer to a key or server replaced since (the client was dropped) does neither.
   */
  const call = <T>(run: (client: LazyClient) => Promise<T>): Promise<T> => {
    const { id, client } = clientOf(account.current?.id);
    const current = () => id !== NO_ACCOUNT && clients.get(id) === client;
    return run(client).then(
      (value) => {
        if (current()) account.markAccepted(id);
        return value;
      },
      (error: unknown) => {
        if (current() && isAgentHumanError(error, 'unauthorized')) account.markRejected(id);
        throw error;
      },
    );
  };
  return {
    listLinks: (...args) => call((c) => c.listLinks(...args)),
    getLink: (...args) => call((c) => c.getLink(...args)),
    createLink: (...args) => call((c) => c.createLink(...args)),
    updateLink: (...args) => call((c) => c.updateLink(...args)),
    deleteLink: (...args) => call((c) => c.deleteLink(...args)),
    listAgents: (...args) => call((c) => c.listAgents(...args)),
    dispose: () => {
      for (const subscription of subscriptions) subscription.dispose();
      clients.clear();
    },
  };
}
