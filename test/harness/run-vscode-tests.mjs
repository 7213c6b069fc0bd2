#!/usr/bin/env node
// `npm run test:vscode`: runs the extension-host suite (out/test/vscode/*.test.js) inside real
// VS Codes with the packaged extension installed: the newest (code-server 4.139.1, VS Code
// 1.139.1) and the oldest package.json claims (code-server 4.12.0, VS Code 1.77.3), one after
// the other; `--build newest` or `--build oldest` runs one of them. Each VS Code runs twice: in
// English, the suite (out/test/vscode/*.test.js), then in German, the German suite
// (*.de.test.js; see code-server.mjs for how it runs in German); `--language en` or
// `--language de` runs one of them.
//
// How: installs the packaged .vsix plus a tiny test-runner extension (test/vscode/runner/) into a
// fresh code-server, opens the workbench in headless Chromium (the extension host starts only
// once a browser connects), and reads the JSON-lines results the runner writes. Exits non-zero if
// a test fails, if no test ran, or if anything does not come up in time.
//
// Needs: `npm run compile` and `npm run package` first (npm test does both).
// Environment: AGENTHUMAN_VSCODE_TEST_GREP=<pattern>  AGENTHUMAN_VSCODE_TEST_TIMEOUT=<seconds per VS Code, default 600>
//              AGENTHUMAN_KEEP_TMP=1 (keep code-server's folders and logs)  AGENTHUMAN_HEADED=1
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openBrowser, openWorkbench } from './browser.mjs';
import { startCodeServer } from './code-server.mjs';
import { buildsFromArgs } from './install.mjs';

/** The display languages the suite runs in: English, and German for the *.de.test.js files. */
const LANGUAGES = ['en', 'de'];

function languagesFromArgs(args) {
  const at = args.indexOf('--language');
  if (at < 0) return LANGUAGES;
  if (!LANGUAGES.includes(args[at + 1])) throw new Error(`--language takes one of: ${LANGUAGES.join(', ')}`);
  return [args[at + 1]];
}
import { findExtensionVsix, packageRunnerVsix } from './vsix.mjs';
import { formatDuration, log, repoRoot, sleep } from './util.mjs';

const overallTimeoutMs = Number(process.env.AGENTHUMAN_VSCODE_TEST_TIMEOUT || 600) * 1000;
const resultsDir = path.join(repoRoot, 'test-results', 'vscode');

function readEvents(file) {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      try {
        return JSON.parse(line);
      } catch {
        return { event: 'garbage', line };
      }
    });
}

function printEvent(e) {
  const indent = '  '.repeat(e.depth ?? 2);
  switch (e.event) {
    case 'hello':
      console.log(`Extension host up: VS Code ${e.vscode}, Node ${e.node}`);
      break;
    case 'start':
      console.log(`Running ${e.total} extension-host test(s)\n`);
      break;
    case 'suite':
      console.log(`${'  '.repeat(e.depth)}${e.title}`);
      break;
    case 'pass':
      console.log(`${indent}✔ ${e.title} (${e.duration} ms)`);
      break;
    case 'pending':
      console.log(`${indent}- ${e.title} (skipped)`);
      break;
    case 'fail':
      console.log(`${indent}✘ ${e.title}`);
      break;
    case 'error':
      console.log(`Test runner error: ${e.message}`);
      break;
    case 'warning':
      console.log(`${indent}! ${e.message}`);
      break;
    default:
      break;
  }
}

async function main() {
  fs.rmSync(resultsDir, { recursive: true, force: true }); // no stale evidence from an earlier run
  let failed = false;
  const languages = languagesFromArgs(process.argv.slice(2));
  for (const build of buildsFromArgs(process.argv.slice(2))) {
    for (const language of languages) {
      console.log(`\n=== VS Code ${build.vscode} (code-server ${build.codeServer})${language === 'en' ? '' : `, in ${language === 'de' ? 'German' : language}`} ===`);
      failed = (await runOn(build, language)) || failed;
    }
  }
  return failed ? 1 : 0;
}

/** Runs the suite of one language on one build; true when it failed. */
async function runOn(build, language) {
  const started = Date.now();
  const suite = path.join(repoRoot, 'out', 'test', 'vscode', 'index.js');
  if (!fs.existsSync(suite)) throw new Error(`${suite} not found: compile first with \`npm run compile\``);
  const vsix = findExtensionVsix();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'agenthuman-vscode-tests-'));
  const resultsFile = path.join(tmp, 'results.jsonl');
  const configFile = path.join(tmp, 'config.json');
  const grep = process.env.AGENTHUMAN_VSCODE_TEST_GREP;
  fs.writeFileSync(configFile, JSON.stringify({ suite, resultsFile, language, ...(grep ? { grep } : {}) }));
  const runnerVsix = await packageRunnerVsix(tmp);

  let codeServer;
  let browser;
  let failed = true;
  try {
    codeServer = await startCodeServer({
      build,
      vsix: [vsix, runnerVsix],
      ...(language === 'en' ? {} : { language }),
      env: { AGENTHUMAN_VSCODE_TEST_CONFIG: configFile },
      quiet: true,
      keep: process.env.AGENTHUMAN_KEEP_TMP === '1',
    });
    log(`code-server up at ${codeServer.url} (${formatDuration(Date.now() - started)}); opening the workbench in Chromium`);
    browser = await openBrowser(codeServer.url);
    await openWorkbench(browser.page, codeServer.url);

    const deadline = started + overallTimeoutMs;
    const helloBy = Date.now() + 90_000;
    let printed = 0;
    let end;
    for (;;) {
      const events = readEvents(resultsFile);
      for (; printed < events.length; printed++) printEvent(events[printed]);
      end = events.find((e) => e.event === 'end' || e.event === 'error');
      if (end) break;
      if (!events.length && Date.now() > helloBy) {
        throw new Error(
          `the extension host did not start the test runner within 90 s (no results in ${resultsFile}); ` +
            `code-server log: ${codeServer.logFile}`,
        );
      }
      if (Date.now() > deadline) {
        throw new Error(`the extension-host tests did not finish within ${formatDuration(overallTimeoutMs)} (results file ${resultsFile})`);
      }
      await sleep(200);
    }
    const events = readEvents(resultsFile);
    const failures = events.filter((e) => e.event === 'fail');
    if (failures.length) {
      console.log(`\nFailures:`);
      failures.forEach((f, i) => console.log(`\n  ${i + 1}) ${f.fullTitle}\n     ${(f.stack || f.message).replace(/\n/g, '\n     ')}`));
    }
    if (end.event === 'error') throw new Error(`the test runner failed before finishing: ${end.message}`);
    console.log(`\n${end.passes} passing, ${end.failures} failing, ${end.pending} pending (${formatDuration(Date.now() - started)} in all)`);
    if (end.tests === 0 && end.failures === 0) {
      // A grep may leave a language without a test; without one, an empty run means something broke.
      if (!grep) throw new Error('no extension-host test ran');
      log(`no test in this language matches AGENTHUMAN_VSCODE_TEST_GREP=${grep}`);
    }
    failed = end.failures > 0;
  } catch (err) {
    console.error(`\ntest:vscode: ${err.message}`);
    failed = true;
  } finally {
    if (failed) await saveEvidence(browser, codeServer, path.join(resultsDir, `vscode-${build.vscode}${language === 'en' ? '' : `-${language}`}`));
    await browser?.close();
    await codeServer?.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return failed;
}

/** On failure: a screenshot of the workbench and code-server's logs go to test-results/vscode/vscode-<version>/. */
async function saveEvidence(browser, codeServer, dir) {
  if (!browser && !codeServer) return; // it failed before anything started: nothing to show
  try {
    fs.mkdirSync(dir, { recursive: true });
    if (browser) await browser.page.screenshot({ path: path.join(dir, 'failure.png') });
    if (codeServer) {
      fs.copyFileSync(codeServer.logFile, path.join(dir, 'code-server.log'));
      fs.cpSync(path.join(codeServer.userDataDir, 'logs'), path.join(dir, 'logs'), { recursive: true });
    }
    log(`screenshot and logs saved in ${path.relative(repoRoot, dir)}/`);
  } catch (err) {
    log(`could not save evidence: ${err.message}`);
  }
}

try {
  process.exitCode = await main();
} catch (err) {
  console.error(`\ntest:vscode: ${err.message}`);
  process.exitCode = 1;
}
