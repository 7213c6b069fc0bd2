// The client loaded on its first request. node-fetch and the zod schemas are about half
// of the extension's code; in the bundle they are a file of their own (dist/client.js,
// see esbuild.mjs), so activation, which sends nothing, does not load them. One client
// serves every call made through it, so its rate-limit state is shared, until `reset()`
// forgets it; the extension keeps one per account (account/accountClient.ts). No `vscode`
// import here.
import type { AgentHumanApi, AgentHumanClient, AgentHumanClientOptions } from './client';

export interface LazyClient extends AgentHumanApi {
  /** Forgets the client and its rate-limit state; the next call makes a new one. */
  reset(): void;
}

export function createLazyClient(options: AgentHumanClientOptions): LazyClient {
  let client: Promise<AgentHumanClient> | undefined;
  const load = () => (client ??= import('./client.js').then(({ AgentHumanClient }) => new AgentHumanClient(options)));
  return {
    listLinks: (...args) => load().then((c) => c.listLinks(...args)),
    getLink: (...args) => load().then((c) => c.getLink(...args)),
    createLink: (...args) => load().then((c) => c.createLink(...args)),
    updateLink: (...args) => load().then((c) => c.updateLink(...args)),
    deleteLink: (...args) => load().then((c) => c.deleteLink(...args)),
    listAgents: (...args) => load().then((c) => c.listAgents(...args)),
    reset: () => {
      client = undefined;
    },
  };
}
