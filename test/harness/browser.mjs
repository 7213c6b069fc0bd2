// Debian's Chromium driven by playwright-core, for opening code-server's web workbench.
// The extension host of code-server starts only once a browser has connected.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import { log } from './util.mjs';

export const CHROMIUM = process.env.AGENTHUMAN_CHROMIUM || '/usr/bin/chromium';

/** Flags that keep Chromium from reaching out to the (closed) network; see README.md, "Why code-server is installed this way". */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
  '--metrics-recording-only',
  '--no-default-browser-check',
  '--password-store=basic',
];

/**
 * Launches headless Chromium with a fresh profile and a page whose origin (the workbench URL)
 * may read and write the clipboard. Returns { browser, context, page, close() }.
 */
export async function openBrowser(url, { headless = process.env.AGENTHUMAN_HEADED !== '1', viewport = { width: 1400, height: 900 } } = {}) {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}; install it with: apt-get install -y chromium`);
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'agenthuman-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    args: CHROMIUM_ARGS,
    viewport,
    permissions: ['clipboard-read', 'clipboard-write'],
    timeout: 60_000,
  });
  const origin = new URL(url).origin;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const page = context.pages()[0] ?? (await context.newPage());
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    try {
      await context.close();
    } catch (err) {
      log(`closing Chromium: ${err.message}`);
    }
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { context, page, close };
}

/** Opens the workbench at `url` and waits until it has rendered (activity bar visible). */
export async function openWorkbench(page, url, { timeoutMs = 90_000 } = {}) {
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutMs });
  try {
    await page.locator('.monaco-workbench .activitybar').first().waitFor({ state: 'visible', timeout: timeoutMs });
  } catch (err) {
    throw new Error(`VS Code workbench did not render at ${url} within ${timeoutMs / 1000}s: ${err.message}`, { cause: err });
  }
}
