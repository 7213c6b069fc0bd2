// Finding the extension's packaged .vsix and packaging the extensions of the tests (the test runner,
// the German language pack).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { log, repoRoot, run } from './util.mjs';

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function newestMtime(dir) {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** agenthuman-links-<version>.vsix at the repo root, as `npm run package` writes it. */
export function extensionVsixPath() {
  const pkg = readJson(path.join(repoRoot, 'package.json'));
  return path.join(repoRoot, `${pkg.name}-${pkg.version}.vsix`);
}

/** The packaged extension; fails clearly if it was not built, warns if src/ is newer. */
export function findExtensionVsix() {
  const vsix = extensionVsixPath();
  if (!fs.existsSync(vsix)) {
    throw new Error(`${path.basename(vsix)} not found at the repo root: build it first with \`npm run package\``);
  }
  const built = fs.statSync(vsix).mtimeMs;
  const sources = Math.max(newestMtime(path.join(repoRoot, 'src')), fs.statSync(path.join(repoRoot, 'package.json')).mtimeMs);
  if (sources > built) log(`warning: ${path.basename(vsix)} is older than src/ or package.json; \`npm run package\` rebuilds it`);
  return vsix;
}

/** Builds the .vsix with `npm run package` (vsce package). */
export async function buildExtensionVsix() {
  log('building the .vsix (npm run package)');
  const lines = [];
  const result = await run('npm', ['run', 'package'], { cwd: repoRoot, onLine: (l) => lines.push(l), timeoutMs: 300_000 });
  if (result.code !== 0) throw new Error(`npm run package failed:\n${lines.join('\n')}`);
  return findExtensionVsix();
}

/** Packages test/vscode/runner/ into `outDir`/agenthuman-links-test-runner.vsix. */
export function packageRunnerVsix(outDir) {
  return packageTestExtension(path.join(repoRoot, 'test', 'vscode', 'runner'), path.join(outDir, 'agenthuman-links-test-runner.vsix'));
}

/**
 * Packages the German language pack of the tests (test/harness/language-pack-de/) into
 * `outDir`: VS Code runs in a language only when a language pack provides it (code-server.mjs).
 */
export function packageGermanLanguagePackVsix(outDir) {
  return packageTestExtension(path.join(repoRoot, 'test', 'harness', 'language-pack-de'), path.join(outDir, 'agenthuman-links-test-language-pack-de.vsix'));
}

/** Packages an extension of the tests (a folder with a package.json) into the .vsix `out`. */
async function packageTestExtension(dir, out) {
  const vsce = path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
  const lines = [];
  const result = await run(
    process.execPath,
    [vsce, 'package', '--out', out, '--skip-license', '--allow-missing-repository', '--no-dependencies'],
    { cwd: dir, onLine: (l) => lines.push(l), timeoutMs: 120_000 },
  );
  if (result.code !== 0 || !fs.existsSync(out)) throw new Error(`packaging the test extension ${path.relative(repoRoot, dir)} failed:\n${lines.join('\n')}`);
  return out;
}
