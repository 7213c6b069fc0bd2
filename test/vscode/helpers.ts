// Helpers for tests that run inside the VS Code extension host (test/vscode/*.test.ts).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DEMO_API_KEY, startFakeServer, type FakeServer, type SeedName } from '../fake-api/server';

export const EXTENSION_ID = 'agenthuman-links.agenthuman-links';

/** Whether our extension was already active when the suite was loaded (it should not be). */
export const activeWhenSuiteLoaded: boolean | undefined = vscode.extensions.getExtension(EXTENSION_ID)?.isActive;

export interface PackageJson {
  version: string;
  contributes: {
    commands?: { command: string; title: string }[];
    viewsContainers?: { activitybar?: { id: string }[] };
    views?: Record<string, { id: string }[]>;
  };
}

/** Our installed extension; fails the test if it is not installed. */
export function ourExtension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed in this VS Code`);
  return ext;
}

export function packageJson(): PackageJson {
  return ourExtension().packageJSON as PackageJson;
}

/** Command ids declared in the installed extension's contributes.commands. */
export function contributedCommands(): string[] {
  return (packageJson().contributes.commands ?? []).map((c) => c.command);
}

/** Polls until `check` returns a truthy value; fails with `what` after `timeoutMs`. */
export async function waitFor<T>(check: () => T | Promise<T>, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for: ${what}${lastError ? ` (${String(lastError)})` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Opens the AgentHuman view container in the activity bar (its id comes from package.json). */
export async function openAgentHumanView(): Promise<void> {
  const container = packageJson().contributes.viewsContainers?.activitybar?.[0]?.id;
  assert.ok(container, 'package.json contributes no activity-bar view container');
  await vscode.commands.executeCommand(`workbench.view.extension.${container}`);
}

/** Opens the view and waits until our extension is active. */
export async function activateByOpeningView(timeoutMs = 15_000): Promise<void> {
  await openAgentHumanView();
  await waitFor(() => ourExtension().isActive, `${EXTENSION_ID} to activate after its view opened`, timeoutMs);
}

export function readClipboard(): Thenable<string> {
  return vscode.env.clipboard.readText();
}

// ---- the fake AgentHuman server (test/fake-api, compiled next to this suite) ----

export { DEMO_API_KEY };
export type { FakeServer };

/** Points agenthuman.apiBaseUrl (user settings) at `url`; undefined resets it. */
export async function setApiBaseUrl(url: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('agenthuman').update('apiBaseUrl', url, vscode.ConfigurationTarget.Global);
}

export type FakeApi = FakeServer & { apiKey: string; stop(): Promise<void> };

/**
 * Starts the fake AgentHuman server in this (extension-host) process, seeded with `seed`,
 * listening on `host` (default 127.0.0.1), and points the extension at it. Call `stop()` when
 * done: it also resets the setting.
 */
export async function startFakeApi(seed: SeedName = 'demo', host?: string): Promise<FakeApi> {
  const server = await startFakeServer({ port: 0, seed, ...(host ? { host } : {}) });
  await setApiBaseUrl(server.url);
  return Object.assign(server, {
    apiKey: DEMO_API_KEY,
    async stop() {
      await setApiBaseUrl(undefined);
      await server.close();
    },
  });
}

/**
 * Mocha hooks for a describe block that needs the fake server:
 *   const api = useFakeApi();  // then api().url, api().requests, ...
 */
export function useFakeApi(seed: SeedName = 'demo'): () => FakeApi {
  let server: FakeApi | undefined;
  before(async () => {
    server = await startFakeApi(seed);
  });
  after(async () => {
    await server?.stop();
    server = undefined;
  });
  return () => {
    assert.ok(server, 'fake server not started (useFakeApi must be called inside describe)');
    return server;
  };
}
