// Test-runner extension, installed only by test/harness/run-vscode-tests.mjs.
// When code-server is started with AGENTHUMAN_VSCODE_TEST_CONFIG=<file.json>
// ({ suite, resultsFile, language?, grep?, startDelayMs? }), it loads the compiled suite entry
// (out/test/vscode/index.js) by absolute path and runs it; the suite streams its results
// as JSON lines into resultsFile, which the harness reads. Without the variable it does nothing.
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- a plain CommonJS extension, loaded without a build */
const fs = require('fs');

function activate() {
  const configPath = process.env.AGENTHUMAN_VSCODE_TEST_CONFIG;
  if (!configPath) return;
  let config;
  try {
    config = JSON.parse(fs.readFileSync(configPath, 'utf8'));
  } catch (err) {
    console.error(`[agenthuman test runner] cannot read ${configPath}: ${err}`);
    return;
  }
  const write = (event) => fs.appendFileSync(config.resultsFile, `${JSON.stringify(event)}\n`);
  write({ event: 'hello', vscode: require('vscode').version, node: process.version, pid: process.pid });
  // Give start-up a moment to settle, so the suite sees whatever activated at start-up.
  setTimeout(async () => {
    try {
      const suite = require(config.suite);
      await suite.runSuite({ resultsFile: config.resultsFile, grep: config.grep, language: config.language });
    } catch (err) {
      write({ event: 'error', message: String((err && err.stack) || err) });
    }
  }, config.startDelayMs ?? 2000);
}

function deactivate() {}

module.exports = { activate, deactivate };
