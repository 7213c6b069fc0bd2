// The end-to-end environment, started once per mocha run and shared by every test file:
// the compiled fake AgentHuman server (seed 'demo'), code-server with the packaged .vsix
// installed and agenthuman.apiBaseUrl pointed at the fake server, and headless Chromium on
// the workbench. hooks.mjs stops it all after the last test.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { openBrowser, openWorkbench } from '../harness/browser.mjs';
import { startCodeServer } from '../harness/code-server.mjs';
import { findExtensionVsix } from '../harness/vsix.mjs';
import { log, repoRoot } from '../harness/util.mjs';
import { settle } from './workbench.mjs';

export const RESULTS_DIR = path.join(repoRoot, 'test-results', 'e2e');

/** Loads the compiled fake server (out/test/fake-api/server.js). */
export function fakeServerModule() {
  const file = path.join(repoRoot, 'out', 'test', 'fake-api', 'server.js');
  if (!fs.existsSync(file)) throw new Error(`${file} not found: compile first with \`npm run compile\``);
  return createRequire(import.meta.url)(file);
}

let current;

/**
 * Starts (once) and returns { fake, apiKey, codeServer, browser, page, screenshot(name) }.
 * `fake` is the fake server object (requests, injectFault, reset, links(), ...).
 */
export function e2e() {
  current ??= startE2E().catch((err) => {
    current = undefined;
    throw err;
  });
  return current;
}

/**
 * Starts one such environment of its own: the shared one of e2e(), or another for a test that
 * needs code-server started differently (`codeServerOptions` go to startCodeServer, e.g.
 * { workspaceTrust: true }). The caller stops it with `stop()`.
 */
export async function startE2E(codeServerOptions = {}) {
  const parts = {};
  try {
    const { startFakeServer, DEMO_API_KEY } = fakeServerModule();
    parts.fake = await startFakeServer({ port: 0, seed: 'demo' });
    parts.apiKey = DEMO_API_KEY;
    parts.codeServer = await startCodeServer({
      vsix: [findExtensionVsix()],
      settings: { 'agenthuman.apiBaseUrl': parts.fake.url },
      quiet: true,
      ...codeServerOptions,
    });
    parts.browser = await openBrowser(parts.codeServer.url);
    parts.page = parts.browser.page;
    await openWorkbench(parts.page, parts.codeServer.url);
  } catch (err) {
    await stopParts(parts);
    throw err;
  }
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  return {
    ...parts,
    /** Saves test-results/e2e/<name>.png and returns its path. */
    async screenshot(name) {
      const file = path.join(RESULTS_DIR, `${name}.png`);
      await settle(parts.page);
      await parts.page.screenshot({ path: file });
      return file;
    },
    stop: () => stopParts(parts),
  };
}

async function stopParts(parts) {
  await parts.browser?.close().catch((err) => log(`closing Chromium: ${err.message}`));
  await parts.codeServer?.stop().catch((err) => log(`stopping code-server: ${err.message}`));
  await parts.fake?.close().catch((err) => log(`stopping the fake server: ${err.message}`));
}

/** Whether e2e() started the shared environment (or is starting it). */
export function e2eStarted() {
  return current !== undefined;
}

/** Stops whatever e2e() started (the root hook calls this after the last test). */
export async function stopE2E() {
  if (!current) return;
  const pending = current;
  current = undefined;
  try {
    await stopParts(await pending);
  } catch {
    // start failed: it already cleaned up after itself
  }
}
