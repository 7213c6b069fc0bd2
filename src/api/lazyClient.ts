// The client loaded on its first request. node-fetch and the zod schemas are about half
// of the extension's code; in the bundle they are a file of their own (dist/client.js,
// see esbuild.mjs), so activation, which sends nothing, does not load them. One client
// serves every call made through it, so its rate-limit state and request queue are shared,
// until `reset()` forgets them; the extension keeps one per account (account/accountClient.ts).
// No `vscode` import here.
import type { AgentHumanApi, AgentHumanClient, AgentHumanClientOptions, QueueState } from './client';

export interface LazyClient extends AgentHumanApi {
  /** Requests of the current client waiting for the rate limit (none before the first call). */
  readonly queue: QueueState;
  /** Forgets the client and its rate-limit state; the next call makes a new one. */
  reset(): void;
}

export function createLazyClient(options: AgentHumanClientOptions): LazyClient {
  let client: Promise<AgentHumanClient> | undefined;
  let loaded: AgentHumanClient | undefined;
  const load = () => (client ??= import('./client.js').then(({ AgentHumanClient }) => {
    const made: AgentHumanClient = new AgentHumanClient({
      ...options,
      // A client forgotten by reset() no longer speaks for the queue.
      onQueueChange: (state) => {
        if (loaded === made) options.onQueueChange?.(state);
      },
    });
    loaded = made;
    return made;
  }));
  return {
    get queue(): QueueState {
      return loaded?.queue ?? { queued: 0 };
    },
    listLinks: (...args) => load().then((c) => c.listLinks(...args)),
    getLink: (...args) => load().then((c) => c.getLink(...args)),
    createLink: (...args) => load().then((c) => c.createLink(...args)),
    updateLink: (...args) => load().then((c) => c.updateLink(...args)),
    deleteLink: (...args) => load().then((c) => c.deleteLink(...args)),
    listAgents: (...args) => load().then((c) => c.listAgents(...args)),
    reset: () => {
      const hadQueue = (loaded?.queue.queued ?? 0) > 0;
      client = undefined;
      loaded = undefined;
      if (hadQueue) options.onQueueChange?.({ queued: 0 });
    },
  };
}
