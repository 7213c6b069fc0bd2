// npm run bench — prints the extension's size and speed figures. Figures, not tests:
// nothing here fails a build; budgets are printed next to each figure.
//   node test/bench/bench.mjs [--skip-vsix] [--skip-vscode]
// The real-VS-Code figures (activation against an empty extension, TreeItems and hover
// tooltips in the extension host: activation.mjs; opening the Links view on 5,000 links against
// a plain tree, through the browser: viewOpen.mjs) need the cached code-server
// (`npm run code-server:install`); BENCH_ROUNDS=<n> rounds of each, default 7 (the budgets are
// medians of at least 7). Without the cache, or with --skip-vscode, they are skipped.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { benchActivation } from './activation.mjs';
import { benchLinksInFiles } from './linksInFiles.mjs';
import { benchViewOpen } from './viewOpen.mjs';

const root = new URL('../../', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const rows = [];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
function row(name, value, budget, ok) {
  rows.push({ name, value, budget: budget ?? '', verdict: budget ? (ok ? 'within' : 'OVER') : '' });
}

// ---- size ------------------------------------------------------------------------
execFileSync(process.execPath, [join(root, 'esbuild.mjs'), '--production'], { cwd: root, stdio: 'inherit' });
// What activation loads (dist/extension.js) and the rest of the extension, loaded after it (dist/core.js).
const bundle = readFileSync(join(root, 'dist/extension.js'));
const core = readFileSync(join(root, 'dist/core.js'));
row('dist/extension.js (minified, loaded at activation)', kb(bundle.length), '≤ 8 KB', bundle.length <= 8 * 1024);
row('dist/core.js (minified, loaded after activation)', kb(core.length), '≤ 120 KB', core.length <= 120 * 1024);
row('dist/core.js (gzip -9)', kb(gzipSync(core, { level: 9 }).length));

const benchDir = mkdtempSync(join(tmpdir(), 'agenthuman-bench-'));
let benchVsix;
if (!process.argv.includes('--skip-vsix')) {
  benchVsix = join(benchDir, 'bench.vsix');
  // The same options as `npm run package`: without them vsce refuses the README's `[name](url)`.
  const packageOptions = ['--readme-path', 'dist/README.md', '--no-rewrite-relative-links', '--allow-missing-repository'];
  execFileSync(process.execPath, [require.resolve('@vscode/vsce/vsce'), 'package', ...packageOptions, '--out', benchVsix], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const size = statSync(benchVsix).size;
  row('.vsix package', kb(size), '≤ 150 KB', size <= 150 * 1024);
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

// ---- a hostile endless answer: memory stays bounded by the body cap --------------------
{
  const { DEFAULT_MAX_RESPONSE_BYTES } = require(join(root, 'out/src/api/client.js'));
  const chunk = Buffer.alloc(64 * 1024, '[');
  const endless = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    const pump = () => {
      while (!res.destroyed && res.write(chunk));
      if (!res.destroyed) res.once('drain', pump);
    };
    res.on('error', () => undefined);
    pump();
  });
  await new Promise((resolve) => endless.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${endless.address().port}`;
  const hostile = new AgentHumanClient({ baseUrl: url, apiKey: () => DEMO_API_KEY, userAgent: 'agenthuman-links-bench' });
  const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  // A GC before each run, so that one run's garbage is not counted in the next.
  v8.setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc');
  let peakRss = 0;
  let peakBuffers = 0;
  let took = 0;
  let outcome = 'read?!';
  const runs = 3;
  for (let i = 0; i < runs; i++) {
    gc();
    const base = process.memoryUsage();
    const sampler = setInterval(() => {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss - base.rss);
      peakBuffers = Math.max(peakBuffers, m.arrayBuffers - base.arrayBuffers);
    }, 1);
    const t = performance.now();
    outcome = await hostile.listLinks().then(() => 'read?!', (e) => (e.kind === 'badResponse' ? 'refused' : e.kind));
    took += (performance.now() - t) / runs;
    clearInterval(sampler);
  }
  await new Promise((resolve) => { endless.close(resolve); endless.closeAllConnections(); });
  row(`endless answer: refused after (mean of ${runs})`, `${took.toFixed(0)} ms, ${outcome}`, 'before the 15 s timeout', outcome === 'refused' && took < 15_000);
  // The client keeps at most the cap; the socket's read buffers the chunks were copied
  // from are garbage until the next GC, so the peak is about twice the cap, and then no
  // more however long the stream (without the cap it grew by GBs until the timeout).
  const bound = 2 * DEFAULT_MAX_RESPONSE_BYTES + 8 * 1024 * 1024;
  row('endless answer: peak growth of one run, Buffers / RSS', `${mb(peakBuffers)} / ${mb(peakRss)}`, `≤ 2 × cap ${mb(DEFAULT_MAX_RESPONSE_BYTES)} + 8 MB`, peakBuffers <= bound);
}

// ---- pacing: 200 actions at once against the fake server's 60 a minute ---------------
// An injected clock (test/unit/api/fakeClock.ts for the client's now/sleep, and the fake
// server's setNow), not real minutes: whenever every request sent so far is answered, the
// clock moves on to the client's next timer. The run takes well under a second of real
// time, yet the server sees the minutes go by and enforces its 60 a minute on them.
{
  const { FakeClock } = require(join(root, 'out/test/unit/api/fakeClock.js'));
  const T0 = Date.parse('2031-01-01T00:00:00.000Z');
  const paced = await startFakeServer({ port: 0, seed: 'demo' });
  const clock = new FakeClock(T0, { onMove: (t) => paced.setNow(t) });
  const total = 200;
  const sentAt = [];
  let peakQueued = 0;
  const pacedClient = new AgentHumanClient({
    baseUrl: paced.url, apiKey: () => DEMO_API_KEY, userAgent: 'agenthuman-links-bench', now: clock.now, sleep: clock.sleep,
    onRequest: () => sentAt.push(clock.now()), // the clock does not move while a request is out
    onQueueChange: (state) => { peakQueued = Math.max(peakQueued, state.queued); },
  });
  const t = performance.now();
  let settled = false;
  const all = Promise.allSettled(Array.from({ length: total }, () => pacedClient.listLinks())).finally(() => { settled = true; });
  while (!settled) {
    const inFlight = total - pacedClient.queue.queued - sentAt.length;
    if (inFlight === 0 && clock.pending > 0) await clock.advance(Math.max(0, pacedClient.queue.nextSendAt.getTime() - clock.now()));
    else await new Promise((resolve) => setTimeout(resolve, 2));
  }
  const results = await all;
  const realMs = performance.now() - t;
  const statuses = paced.requests.map((r) => r.status);
  await paced.close();
  const perMinute = [];
  for (const at of sentAt) {
    const minute = Math.floor((at - T0) / 60_000);
    perMinute[minute] = (perMinute[minute] ?? 0) + 1;
  }
  let maxInWindow = 0;
  for (let i = 0, j = 0; i < sentAt.length; i++) {
    while (sentAt[i] - sentAt[j] >= 60_000) j++;
    maxInWindow = Math.max(maxInWindow, i - j + 1);
  }
  const failed = results.filter((r) => r.status === 'rejected').length;
  row('200 at once, 60/min: sent per minute', Array.from(perMinute, (n) => n ?? 0).join(', '), '≤ 60 each', perMinute.every((n) => (n ?? 0) <= 60));
  row('200 at once: most sent in any 60 s', String(maxInWindow), '≤ 60', maxInWindow <= 60);
  row('200 at once: 429s / failed / most queued', `${statuses.filter((x) => x === 429).length} / ${failed} / ${peakQueued}`, '0 / 0', !statuses.includes(429) && failed === 0);
  row('200 at once: clock / real time', `${((clock.now() - T0) / 1000).toFixed(0)} s / ${realMs.toFixed(0)} ms`);
}

// ---- tree items for 5,000 links: the pure presentation, in plain Node ----------------
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;
{
  // What src/linksView/linkTreeItem.ts computes per link, without the vscode objects.
  const p = require(join(root, 'out/src/linksView/linkPresentation.js'));
  const { attentionReasons, DEFAULT_THRESHOLDS } = require(join(root, 'out/src/attention/attention.js'));
  const { generateLinks } = require(join(root, 'out/test/bench/links.js'));
  const links = generateLinks(5000);
  const LANGUAGE = 'en'; // VS Code's display language, which the tree item passes in
  // The tree builds the tooltip only when an item is hovered (resolveTreeItem); the
  // second figure adds it for every item, as if all 5,000 were hovered.
  const present = (now, withTooltips) =>
    links.map((link) => {
      const attention = attentionReasons(link, DEFAULT_THRESHOLDS, now);
      const status = p.statusPresentation(link.status);
      return {
        label: p.linkLabel(link),
        description: p.linkDescription(link, now, LANGUAGE, attention),
        icon: status.icon,
        color: attention.length ? p.ATTENTION_COLOR : status.color,
        contextValue: p.linkContextValue(link, now),
        tooltip: withTooltips ? p.tooltipMarkdown(link, now, LANGUAGE, undefined, attention) : undefined,
        accessibility: p.accessibilityLabel(link, now, LANGUAGE),
      };
    });
  const timeRuns = (withTooltips) => {
    const times = [];
    for (let i = 0; i < 7; i++) {
      const now = Date.now();
      const t = performance.now();
      if (present(now, withTooltips).length !== links.length) throw new Error('presentation lost links');
      times.push(performance.now() - t);
    }
    return times;
  };
  const items = timeRuns(false);
  row('5,000 items: label/description/icon (Node), first', ms(items[0]), '≤ 50 ms', items[0] <= 50);
  row('5,000 items: same, median of 7', ms(median(items)), '≤ 50 ms', median(items) <= 50);
  const hovered = timeRuns(true);
  row('5,000 items with every tooltip too, median of 7', ms(median(hovered)));
}

// ---- links in files: an open document's scan, the workspace check vs ripgrep -------------
await benchLinksInFiles({ root, row, require });

// ---- in code-server: activation vs an empty extension; opening the view vs a plain tree --
if (!process.argv.includes('--skip-vscode')) {
  const { codeServerPaths } = await import('../harness/install.mjs');
  const { findExtensionVsix } = await import('../harness/vsix.mjs');
  const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS || 7));
  if (!existsSync(codeServerPaths().marker)) {
    row('extension host', 'not measured: code-server is not installed (npm run code-server:install)');
  } else {
    const options = { root, row, benchDir, oursVsix: benchVsix ?? findExtensionVsix(), rounds };
    for (const [what, bench] of [['activation', benchActivation], ['view open', benchViewOpen]]) {
      try {
        await bench(options);
      } catch (err) {
        row(what, `not measured: ${err.message.split('\n')[0]}`);
      }
    }
  }
}
rmSync(benchDir, { recursive: true, force: true });

// ---- report ------------------------------------------------------------------------
const width = Math.max(...rows.map((r) => r.name.length));
console.log('\nAgentHuman Links — benchmark');
for (const r of rows) console.log(`  ${r.name.padEnd(width)}  ${String(r.value).padEnd(28)} ${r.budget} ${r.verdict}`.trimEnd());
