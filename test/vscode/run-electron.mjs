#!/usr/bin/env node
// `npm run test:electron`: the same extension-host suite as `npm run test:vscode`
// (out/test/vscode/*.test.js), run in a desktop VS Code downloaded by @vscode/test-electron.
// For machines that can reach update.code.visualstudio.com (a contributor's laptop); this
// project's CI has no internet and uses code-server instead (test/harness/run-vscode-tests.mjs).
// The extension runs from the work tree (dist/extension.js), so build and compile first:
//   npm run build && npm run compile && npm run test:electron
// VSCODE_TEST_VERSION picks the VS Code version (default 'stable'; e.g. 1.77.0 for the minimum).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const extensionTestsPath = path.join(repoRoot, 'out', 'test', 'vscode', 'index.js');
if (!fs.existsSync(extensionTestsPath)) {
  console.error(`${extensionTestsPath} not found: run \`npm run compile\` first`);
  process.exit(1);
}
if (!fs.existsSync(path.join(repoRoot, 'dist', 'extension.js'))) {
  console.error('dist/extension.js not found: run `npm run build` first');
  process.exit(1);
}
const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'agenthuman-electron-'));
try {
  await runTests({
    version: process.env.VSCODE_TEST_VERSION || 'stable',
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath,
    launchArgs: ['--disable-extensions', '--disable-workspace-trust', '--user-data-dir', userDataDir, '--skip-welcome', '--skip-release-notes'],
  });
} catch (err) {
  console.error(`extension-host tests failed: ${err?.message ?? err}`);
  process.exitCode = 1;
} finally {
  fs.rmSync(userDataDir, { recursive: true, force: true });
}
