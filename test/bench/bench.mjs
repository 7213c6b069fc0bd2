// npm run bench — prints the extension's size and speed figures. Figures, not tests:
// nothing here fails a build; budgets are printed next to each figure.
//   node test/bench/bench.mjs [--skip-vsix]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = new URL('../../', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const rows = [];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
function row(name, value, budget, ok) {
  rows.push({ name, value, budget: budget ?? '', verdict: budget ? (ok ? 'within' : 'OVER') : '' });
}

// ---- size ------------------------------------------------------------------------
execFileSync(process.execPath, [join(root, 'esbuild.mjs'), '--production'], { cwd: root, stdio: 'inherit' });
const bundle = readFileSync(join(root, 'dist/extension.js'));
const gzip = gzipSync(bundle, { level: 9 }).length;
row('dist/extension.js (minified)', kb(bundle.length), '≤ 120 KB', bundle.length <= 120 * 1024);
row('dist/extension.js (gzip -9)', kb(gzip));

if (!process.argv.includes('--skip-vsix')) {
  const dir = mkdtempSync(join(tmpdir(), 'agenthuman-bench-'));
  const vsix = join(dir, 'bench.vsix');
  execFileSync(process.execPath, [require.resolve('@vscode/vsce/vsce'), 'package', '--out', vsix], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const size = statSync(vsix).size;
  row('.vsix package', kb(size), '≤ 150 KB', size <= 150 * 1024);
  rmSync(dir, { recursive: true, force: true });
}

// ---- client overhead against the fake server ---------------------------------------
const { AgentHumanClient } = require(join(root, 'out/src/api/client.js'));
const { startFakeServer, DEMO_API_KEY } = require(join(root, 'out/test/fake-api/server.js'));
const server = await startFakeServer({ port: 0, seed: 'demo', rateLimitPerMinute: 100_000 });
const client = new AgentHumanClient({ baseUrl: server.url, apiKey: () => DEMO_API_KEY, userAgent: 'agenthuman-links-bench' });

function rawGet(path) {
  return new Promise((resolve, reject) => {
    const req = http.get(`${server.url}${path}`, { headers: { 'x-api-key': DEMO_API_KEY, accept: 'application/json' } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
    });
    req.on('error', reject);
  });
}

async function timeEach(n, fn) {
  for (let i = 0; i < 20; i++) await fn(); // warm-up
  const times = [];
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(n / 2)], p95: times[Math.floor(n * 0.95)] };
}

const N = 300;
const raw = await timeEach(N, () => rawGet('/v1/links'));
const viaClient = await timeEach(N, () => client.listLinks());
server.clearRequests();
await client.listLinks();
const listCalls = server.requests.length;
server.clearRequests();
const created = await client.createLink({ agent_id: server.agents()[0].agent_id, name: 'bench' });
await client.updateLink(created.link_id, { status: 'paused' });
await client.deleteLink(created.link_id);
const writeCalls = server.requests.length;
await server.close();

row('requests per list / per create+update+delete', `${listCalls} / ${writeCalls}`, '1 / 3', listCalls === 1 && writeCalls === 3);
row(`list links, raw http.get (median of ${N})`, `${raw.median.toFixed(3)} ms (p95 ${raw.p95.toFixed(3)})`);
row(`list links, client (median of ${N})`, `${viaClient.median.toFixed(3)} ms (p95 ${viaClient.p95.toFixed(3)})`);
row('client overhead per call (median)', `${(viaClient.median - raw.median).toFixed(3)} ms`);

// ---- report ------------------------------------------------------------------------
const width = Math.max(...rows.map((r) => r.name.length));
console.log('\nAgentHuman Links — benchmark');
for (const r of rows) console.log(`  ${r.name.padEnd(width)}  ${String(r.value).padEnd(28)} ${r.budget} ${r.verdict}`.trimEnd());
