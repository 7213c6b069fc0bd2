// Shared set-up for the feature tests (test/vscode/use-*.test.ts): the real extension, driven
// through its commands, against the fake AgentHuman server started in this extension host.
//
// The `use-` prefix of those files is load order: index.ts loads the suite's files sorted by
// name, and smoke.test.ts must run first (it checks that nothing of ours activated before
// the first command).
//
// The Links view is kept hidden while these tests run: a visible view loads by itself when
// the key or the base URL changes, which would make the request counts depend on timing.
// Each test starts from the seed data, a list loaded with one refresh, and an empty request log.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Link } from '../fake-api/server';
import { DEMO_API_KEY, startFakeApi, waitFor, type FakeApi } from './helpers';

/** Runs one of our commands and resolves its value. */
export function run<T = unknown>(command: string, ...args: unknown[]): Promise<T> {
  return Promise.resolve(vscode.commands.executeCommand<T>(command, ...args));
}

export function hideSideBar(): Promise<void> {
  return run('workbench.action.closeSidebar');
}

/** The requests the fake server received, as "METHOD /path". */
export function calls(api: FakeApi): string[] {
  return api.requests.map((r) => `${r.method} ${r.path}`);
}

/** The link `id` as the fake server holds it (demo account); fails the test if absent. */
export function serverLink(api: FakeApi, id: string): Link {
  const link = api.links().find((l) => l.link_id === id);
  assert.ok(link, `link ${id} is not on the fake server`);
  return link;
}

/** Waits until the server received `count` requests, then a little longer to see that no more follow. */
export async function expectRequestCount(api: FakeApi, count: number, quietMs = 400): Promise<void> {
  await waitFor(() => api.requests.length >= count, `${count} request(s) to reach the fake server (got: ${calls(api).join(', ') || 'none'})`);
  await new Promise((resolve) => setTimeout(resolve, quietMs));
  assert.equal(api.requests.length, count, `expected ${count} request(s), got: ${calls(api).join(', ')}`);
}

/** Points the extension at a fresh fake server; the API key is left as it is. */
export async function startFakeApiHidden(options: Parameters<typeof startFakeApi>[1] = {}): Promise<FakeApi> {
  await hideSideBar();
  const api = await startFakeApi('demo', options);
  // The configuration event reaches the extension (which drops the previous server's links)
  // in this same process; once the new value reads back, it has been delivered.
  await waitFor(() => vscode.workspace.getConfiguration('agenthuman').get('apiBaseUrl') === api.url, 'agenthuman.apiBaseUrl to point at the fake server');
  return api;
}

/** Stores `key` through the command (as a keybinding or another extension would). */
export async function setKey(key: string): Promise<void> {
  assert.equal(await run('agenthuman.setApiKey', key), true, 'agenthuman.setApiKey refused the key');
}

/**
 * Mocha hooks for a describe block that works with the demo account. Returns the fake server.
 */
export function useDemoAccount(): () => FakeApi {
  let api: FakeApi | undefined;
  before(async () => {
    api = await startFakeApiHidden();
    await setKey(DEMO_API_KEY);
  });
  beforeEach(async () => {
    assert.ok(api);
    api.reset();
    assert.equal(await run('agenthuman.refresh'), true, 'agenthuman.refresh with the demo key did not load the links');
    api.clearRequests();
  });
  after(async () => {
    await hideSideBar();
    await api?.stop();
    api = undefined;
  });
  return () => {
    assert.ok(api, 'useDemoAccount() must be called inside describe');
    return api;
  };
}
