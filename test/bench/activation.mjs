// The activation budget and the extension-host figures, for `npm run bench`: `rounds` fresh
// code-server sessions, each with our .vsix, the test runner and the baselines of baselines.mjs
// installed; the runner runs extensionHost.ts there (5 s after start-up, once the workbench has
// settled) and writes its figures as JSON lines, read here.
//
// The budget: ours ≤ 1.1 × the empty extension, the median of the rounds' ratios of the whole
// activation (`await extension.activate()` in the extension host, performance.now()): what the
// host spends activating the extension, as the event that activated it waits for it. The empty
// extension's figure is what the host costs any extension (its ExtensionContext, the storage
// round trip to the workbench, loading a file); VS Code's own figures are printed beside it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;

/** How long after start-up the runner starts timing: the workbench's own start-up work is over by then. */
const START_DELAY_MS = 5000;

async function runRound({ benchDir, suite, vsix, round, order }) {
  const { startCodeServer } = await import('../harness/code-server.mjs');
  const { openBrowser, openWorkbench } = await import('../harness/browser.mjs');
  const { sleep } = await import('../harness/util.mjs');
  const resultsFile = join(benchDir, `results-${round}.jsonl`);
  const configFile = join(benchDir, `config-${round}.json`);
  writeFileSync(configFile, JSON.stringify({ suite, resultsFile, startDelayMs: START_DELAY_MS }));
  let codeServer;
  let browser;
  try {
    codeServer = await startCodeServer({ vsix, env: { AGENTHUMAN_VSCODE_TEST_CONFIG: configFile, AGENTHUMAN_BENCH_ORDER: order }, quiet: true });
    browser = await openBrowser(codeServer.url);
    await openWorkbench(browser.page, codeServer.url);
    const deadline = Date.now() + 90_000;
    let events = [];
    while (!events.some((e) => e.event === 'end' || e.event === 'error')) {
      if (Date.now() > deadline) throw new Error('no bench results within 90 s');
      await sleep(200);
      events = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
    }
    const error = events.find((e) => e.event === 'error');
    if (error) throw new Error(error.message);
    return Object.assign({}, ...events.filter((e) => e.event === 'bench'));
  } finally {
    await browser?.close();
    await codeServer?.stop();
  }
}

export async function benchActivation({ root, row, benchDir, oursVsix, rounds }) {
  const { packageRunnerVsix } = await import('../harness/vsix.mjs');
  const { packageBaselineExtension } = await import('./baselines.mjs');
  const suite = join(root, 'out/test/bench/extensionHost.js');
  if (!existsSync(suite)) throw new Error(`${suite} not found: compile first`);
  const vsix = [oursVsix, await packageRunnerVsix(benchDir), ...['empty', 'minimal', 'manifest', 'registrations'].map((kind) => packageBaselineExtension(benchDir, kind, root))];
  const results = [];
  for (let round = 0; round < rounds; round++) {
    results.push(await runRound({ benchDir, suite, vsix, round, order: round % 2 ? 'baselines-first' : 'ours-first' }));
  }

  const whole = (name) => results.map((r) => r.activation[name].wholeMs);
  for (const [i, r] of results.entries()) {
    const a = r.activation;
    row(`activation round ${i + 1} (${r.order[0]} first)`, `ours ${ms(a.ours.wholeMs)}, empty ${ms(a.empty.wholeMs)}, minimal ${ms(a.minimal.wholeMs)}, manifest ${ms(a.manifest.wholeMs)}, registrations ${ms(a.registrations.wholeMs)}`);
  }
  row(`activation, whole (median of ${rounds}): ours / empty`, `${ms(median(whole('ours')))} / ${ms(median(whole('empty')))}`);
  row('activation, whole (medians): minimal / our manifest, empty code / our manifest, its registrations', `${ms(median(whole('minimal')))} / ${ms(median(whole('manifest')))} / ${ms(median(whole('registrations')))}`);
  const spans = (name) => {
    const of = (key) => ms(median(results.map((r) => r.activation[name][key])));
    return `load ${of('codeLoadingMs')}, activate() ${of('activateCallMs')}, resolved ${of('activateResolvedMs')}`;
  };
  row('activation spans, ours (medians)', spans('ours'));
  row('activation spans, empty (medians)', spans('empty'));
  // What "Developer: Show Running Extensions" shows, from VS Code's own marks (whole ms).
  const marks = (name) => {
    const of = (key) => median(results.map((r) => r.activation[name].vscodeMarks?.[key] ?? NaN));
    return `load ${of('codeLoadingMs')} ms + activate ${of('activateMs')} ms`;
  };
  row("activation as VS Code records it (its marks, medians): ours", marks('ours'));
  row("activation as VS Code records it (its marks, medians): empty", marks('empty'));
  const versusEmpty = (name) => median(results.map((r) => r.activation[name].wholeMs / r.activation.empty.wholeMs)).toFixed(2);
  row('activation, our manifest with empty code / empty', versusEmpty('manifest'));
  row('activation, our manifest with its commands and view registered / empty (the least for it)', versusEmpty('registrations'));
  row('activation spans, our manifest with its registrations (medians)', spans('registrations'));
  const ratio = median(results.map((r) => r.activation.ours.wholeMs / r.activation.empty.wholeMs));
  row(`activation ours / empty (median of ${rounds} code-server runs)`, ratio.toFixed(2), '≤ 1.1', ratio <= 1.1);

  const tree = results.flatMap((r) => r.treeItems5000Ms.slice(1));
  const firstTree = median(results.map((r) => r.treeItems5000Ms[0]));
  row('5,000 vscode.TreeItems (extension host), first', ms(firstTree), '≤ 50 ms', firstTree <= 50);
  row('5,000 vscode.TreeItems, median of the rest', ms(median(tree)), '≤ 50 ms', median(tree) <= 50);
  // Built on hover (resolveTreeItem), one at a time: this is all 5,000 as if each were hovered.
  const tooltips = results.flatMap((r) => r.tooltips5000Ms.slice(1));
  row('5,000 hover tooltips (extension host), first', ms(median(results.map((r) => r.tooltips5000Ms[0]))));
  row('5,000 hover tooltips, median of the rest', ms(median(tooltips)));
}
