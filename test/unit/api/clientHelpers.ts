/** Shared helpers of the client tests: a client wired to the fake server, error assertions. */
import * as assert from 'node:assert/strict';
import { AgentHumanClient, type AgentHumanClientOptions, type RequestLogEntry } from '../../../src/api/client';
import { AgentHumanError, type AgentHumanErrorKind } from '../../../src/api/errors';
import { DEMO_API_KEY, type FakeServer } from '../../fake-api/server';

export const USER_AGENT = 'agenthuman-links-vscode/0.1.0-test';

export interface TestClient {
  client: AgentHumanClient;
  /** every onRequest entry, in order */
  log: RequestLogEntry[];
}

/** A client of the fake server with short timeouts and retry delays (fast tests). */
export function clientFor(server: FakeServer | string, options: Partial<AgentHumanClientOptions> = {}): TestClient {
  const log: RequestLogEntry[] = [];
  const client = new AgentHumanClient({
    baseUrl: typeof server === 'string' ? server : server.url,
    apiKey: () => DEMO_API_KEY,
    userAgent: USER_AGENT,
    timeoutMs: 1000,
    maxRetries: 2,
    retryBaseDelayMs: 5,
    maxRetryWaitMs: 300,
    onRequest: (entry) => log.push(entry),
    ...options,
  });
  return { client, log };
}

/** Awaits a promise that must reject with an AgentHumanError of `kind`; returns the error. */
export async function rejectsWith(promise: Promise<unknown>, kind: AgentHumanErrorKind): Promise<AgentHumanError> {
  let outcome: unknown;
  try {
    outcome = await promise;
  } catch (error) {
    assert.ok(error instanceof AgentHumanError, `expected an AgentHumanError, got ${String(error)}`);
    assert.equal(error.kind, kind, `expected kind ${kind}, got ${error.kind}: ${error.message}`);
    return error;
  }
  assert.fail(`expected a rejection of kind ${kind}, got ${JSON.stringify(outcome)?.slice(0, 200)}`);
}

/** Requests the fake server recorded for a method and path (all when neither is given). */
export function requestsTo(server: FakeServer, method?: string, path?: string) {
  return server.requests.filter((r) => (method === undefined || r.method === method) && (path === undefined || r.path === path));
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls until `check` is true (or fails after `ms`). */
export async function waitFor(check: () => boolean, ms = 2000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) assert.fail('condition not met in time');
    await sleep(10);
  }
}
