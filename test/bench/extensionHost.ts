// The extension-host half of `npm run bench`, run inside code-server by the test-runner
// extension (test/vscode/runner: it requires this compiled file and calls runSuite()).
// test/bench/bench.mjs starts one fresh code-server per round with our .vsix and an empty
// extension installed, and reads the figures written here as JSON lines:
//  - activation: `await getExtension(id).activate()` for ours and for the empty one, in the
//    order AGENTHUMAN_BENCH_ORDER says ('ours-first' | 'empty-first'), each once (an extension
//    activates once per host);
//  - tree items: real `vscode.TreeItem`s (src/tree/linkTreeItem.ts, compiled in out/) for 5,000
//    links, 7 times.
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { DEFAULT_THRESHOLDS } from '../../src/attention/attention';
import { linkTreeItem } from '../../src/tree/linkTreeItem';
import { generateLinks } from './links';

export const OUR_ID = 'agenthuman-links.agenthuman-links';
export const EMPTY_ID = 'agenthuman-links.agenthuman-links-bench-empty';

async function activationMs(id: string): Promise<number> {
  const ext = vscode.extensions.getExtension(id);
  if (!ext) throw new Error(`${id} is not installed`);
  if (ext.isActive) throw new Error(`${id} was already active: its activation cannot be timed`);
  const start = performance.now();
  await ext.activate();
  return performance.now() - start;
}

function treeItemTimes(rounds: number): number[] {
  const links = generateLinks(5000);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const now = Date.now();
    const start = performance.now();
    const items = links.map((link) => linkTreeItem(link, now, DEFAULT_THRESHOLDS));
    times.push(performance.now() - start);
    if (items.length !== links.length || !items[items.length - 1].tooltip) throw new Error('tree items were not built');
  }
  return times;
}

export async function runSuite(options: { resultsFile?: string } = {}): Promise<void> {
  const write = (event: Record<string, unknown>) => {
    if (options.resultsFile) fs.appendFileSync(options.resultsFile, `${JSON.stringify(event)}\n`);
  };
  try {
    const order = process.env.AGENTHUMAN_BENCH_ORDER === 'empty-first' ? [EMPTY_ID, OUR_ID] : [OUR_ID, EMPTY_ID];
    const activation: Record<string, number> = {};
    for (const id of order) activation[id] = await activationMs(id);
    write({ event: 'bench', order: order.map((id) => (id === OUR_ID ? 'ours' : 'empty')), oursMs: activation[OUR_ID], emptyMs: activation[EMPTY_ID] });
    write({ event: 'bench', treeItems5000Ms: treeItemTimes(7) });
    write({ event: 'end' });
  } catch (err) {
    write({ event: 'error', message: String((err as Error)?.stack ?? err) });
  }
}
