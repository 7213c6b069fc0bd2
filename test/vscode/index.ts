// Entry point of the extension-host test suite (every *.test.js next to this file, compiled
// from test/vscode/*.test.ts). A file named *.<language>.test.ts (german.de.test.ts) runs only in
// a VS Code whose display language is that one; the others only in English. The same suite runs
// in two ways:
//  - inside code-server, here and in CI: test/harness/run-vscode-tests.mjs installs a small
//    runner extension (test/vscode/runner/) that calls runSuite() and the results stream as
//    JSON lines into a file the harness reads;
//  - inside a downloaded VS Code through @vscode/test-electron (run-electron.mjs), which calls
//    run() as its extensionTestsPath entry.
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
// Loaded first on purpose: it records whether our extension was already active before any test ran.
import './helpers';

export interface SuiteOptions {
  /** Append one JSON object per line (start, suite, pass, fail, pending, end) to this file. */
  resultsFile?: string;
  /** Only run tests whose full title matches. */
  grep?: string;
  /** The display language VS Code was started in (default English): the tests of that language run. */
  language?: string;
}

export interface SuiteResult {
  tests: number;
  passes: number;
  failures: number;
  pending: number;
}

/** The test files of one language: `x.test.js` are English, `x.de.test.js` German. */
function testFiles(dir: string, language: string): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...testFiles(full, language));
    else if (entry.name.endsWith('.test.js') && (/\.([a-z]{2}(?:-[a-z]+)?)\.test\.js$/.exec(entry.name)?.[1] ?? 'en') === language) files.push(full);
  }
  return files.sort();
}

/**
 * An uncaught failure to look up a host name belongs to another extension: this suite sends
 * requests only to IP literals (the fake API, the test proxy). Some built-in extensions of VS Code
 * 1.77 post telemetry to mobile.events.data.microsoft.com without handling the request's errors,
 * so offline the failed look-up is an uncaught exception, which mocha would blame on whichever
 * test is running. It is reported as a warning instead; any other uncaught error still fails.
 */
function isForeignLookupFailure(err: unknown): boolean {
  const e = err as { code?: unknown; syscall?: unknown; hostname?: unknown } | undefined;
  return (e?.code === 'ENOTFOUND' || e?.code === 'EAI_AGAIN') && e.syscall === 'getaddrinfo' && typeof e.hostname === 'string' && net.isIP(e.hostname) === 0;
}

function errorDetails(err: unknown): { message: string; stack?: string } {
  if (err instanceof Error) return { message: err.message, stack: err.stack };
  return { message: String(err) };
}

export function runSuite(options: SuiteOptions = {}): Promise<SuiteResult> {
  const grep = options.grep ?? process.env.AGENTHUMAN_VSCODE_TEST_GREP;
  const language = options.language ?? 'en';
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, ...(grep ? { grep } : {}) });
  for (const file of testFiles(__dirname, language)) mocha.addFile(file);

  const write = (event: Record<string, unknown>) => {
    if (options.resultsFile) fs.appendFileSync(options.resultsFile, `${JSON.stringify(event)}\n`);
  };
  // The tests of a language say nothing unless VS Code really runs in it.
  if (vscode.env.language !== language) {
    const message = `VS Code runs in "${vscode.env.language}", not in "${language}" as the harness asked: no test of "${language}" can run`;
    write({ event: 'error', message });
    return Promise.reject(new Error(message));
  }
  const { EVENT_RUN_BEGIN, EVENT_SUITE_BEGIN, EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING } =
    Mocha.Runner.constants;
  const result: SuiteResult = { tests: 0, passes: 0, failures: 0, pending: 0 };

  return new Promise((resolve, reject) => {
    try {
      // Mocha's handler of uncaught errors passes the ones of other extensions over. It is
      // patched where the runner takes it from, as the runner is made: VS Code (1.139) wraps the
      // process listeners an extension adds, so mocha's listener cannot be swapped afterwards.
      const internals = Mocha.Runner.prototype as unknown as { _uncaught(this: Mocha.Runner, err: unknown): void };
      const mochaUncaught = internals._uncaught;
      internals._uncaught = function (err: unknown) {
        if (isForeignLookupFailure(err)) write({ event: 'warning', message: `ignored an uncaught error of another extension: ${errorDetails(err).message}` });
        else mochaUncaught.call(this, err);
      };
      const runner = mocha.run(() => {
        internals._uncaught = mochaUncaught;
        write({ event: 'end', ...result });
        resolve(result);
      });
      runner.on(EVENT_RUN_BEGIN, () => write({ event: 'start', total: runner.total }));
      runner.on(EVENT_SUITE_BEGIN, (suite: Mocha.Suite) => {
        if (!suite.root) write({ event: 'suite', title: suite.title, depth: suite.titlePath().length });
      });
      runner.on(EVENT_TEST_PASS, (test: Mocha.Test) => {
        result.tests++;
        result.passes++;
        write({ event: 'pass', title: test.title, fullTitle: test.fullTitle(), duration: test.duration });
        console.log(`  ✔ ${test.fullTitle()} (${test.duration} ms)`);
      });
      runner.on(EVENT_TEST_FAIL, (test: Mocha.Test, err: unknown) => {
        // Hook failures count as failures too ("before all" hook ...).
        result.failures++;
        if (test.type === 'test') result.tests++;
        write({ event: 'fail', title: test.title, fullTitle: test.fullTitle(), duration: test.duration, ...errorDetails(err) });
        console.log(`  ✘ ${test.fullTitle()}: ${errorDetails(err).message}`);
      });
      runner.on(EVENT_TEST_PENDING, (test: Mocha.Test) => {
        result.pending++;
        write({ event: 'pending', title: test.title, fullTitle: test.fullTitle() });
      });
    } catch (err) {
      write({ event: 'error', ...errorDetails(err) });
      reject(err);
    }
  });
}

/** @vscode/test-electron's entry: resolves when every test passed, rejects otherwise. */
export async function run(): Promise<void> {
  const result = await runSuite({ resultsFile: process.env.AGENTHUMAN_VSCODE_TEST_RESULTS });
  if (result.failures > 0) throw new Error(`${result.failures} of ${result.tests} extension-host tests failed`);
  if (result.tests === 0) throw new Error('no extension-host test ran');
}
