#!/usr/bin/env node
// `npm start`: try the extension without an AgentHuman account.
//   1. builds the .vsix (npm run package) and compiles the fake server (npm run compile);
//   2. installs code-server + Node 24 into the cache the first time (minutes; reused later);
//   3. starts the fake AgentHuman server seeded with demo data on 127.0.0.1;
//   4. starts code-server on 127.0.0.1:$PORT (default 8080, next free port if busy) with the
//      extension installed and agenthuman.apiBaseUrl pointed at the fake server;
//   5. prints the URL to open and the demo API key, and runs until Ctrl-C.
// With AGENTHUMAN_API_KEY set in the environment, no fake server is started and the extension
// talks to the real API at its default URL (set the key with "AgentHuman: Set API Key").
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { startCodeServer } from './code-server.mjs';
import { ensureCodeServer } from './install.mjs';
import { buildExtensionVsix } from './vsix.mjs';
import { isPortBusy, log, onCleanup, repoRoot, run } from './util.mjs';

async function pickPort() {
  const wanted = Number(process.env.PORT || 8080);
  for (let port = wanted; port < wanted + 20; port++) {
    if (!(await isPortBusy(port))) return port;
    log(`port ${port} is busy, trying ${port + 1}`);
  }
  return 0; // any free port
}

async function main() {
  const realApi = Boolean(process.env.AGENTHUMAN_API_KEY);
  const vsix = await buildExtensionVsix();
  let fake;
  let apiKey;
  if (!realApi) {
    log('compiling the fake AgentHuman server (npm run compile)');
    const lines = [];
    const compiled = await run('npm', ['run', 'compile'], { cwd: repoRoot, onLine: (l) => lines.push(l), timeoutMs: 300_000 });
    if (compiled.code !== 0) throw new Error(`npm run compile failed:\n${lines.join('\n')}`);
  }
  await ensureCodeServer();
  if (!realApi) {
    const server = createRequire(import.meta.url)(path.join(repoRoot, 'out', 'test', 'fake-api', 'server.js'));
    fake = await server.startFakeServer({
      port: Number(process.env.FAKE_API_PORT || 0),
      seed: 'demo',
      log: (line) => log(`fake API: ${line}`),
    });
    apiKey = server.DEMO_API_KEY;
    onCleanup({ async: () => fake.close() });
  }
  const codeServer = await startCodeServer({
    vsix: [vsix],
    port: await pickPort(),
    settings: fake ? { 'agenthuman.apiBaseUrl': fake.url } : {},
    quiet: true,
  });
  const lines = [
    '',
    '  AgentHuman Links is running in VS Code (code-server):',
    '',
    `    open     ${codeServer.url}`,
    realApi
      ? '    API      the real AgentHuman API (AGENTHUMAN_API_KEY is set); run "AgentHuman: Set API Key" and paste your key'
      : `    API      fake AgentHuman server with demo data at ${fake.url}`,
    ...(apiKey ? [`    API key  ${apiKey}   (click "Set API Key" in the AgentHuman view and paste it)`] : []),
    `    logs     ${codeServer.logFile}`,
    '',
    '  Press Ctrl-C to stop.',
    '',
  ];
  console.log(lines.join('\n'));
  // Stay up until a signal arrives; util.onCleanup stops code-server and the fake server.
  await new Promise(() => setInterval(() => {}, 1 << 30));
}

main().catch((err) => {
  console.error(`\nnpm start: ${err.message}`);
  process.exit(1);
});
