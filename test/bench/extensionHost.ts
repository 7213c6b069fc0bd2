// The extension-host half of `npm run bench`, run inside code-server by the test-runner
// extension (test/vscode/runner: it requires this compiled file and calls runSuite()).
// test/bench/bench.mjs starts one fresh code-server per round with our .vsix and an empty
// extension installed, and reads the figures written here as JSON lines:
//  - activation: `await getExtension(id).activate()` for ours and for the empty one, in the
//    order AGENTHUMAN_BENCH_ORDER says ('ours-first' | 'empty-first'), each once (an extension
//    activates once per host);
//  - tree items: real `vscode.TreeItem`s (src/tree/linkTreeItem.ts `linkTreeItem`, compiled in
//    out/) for 5,000 links, 7 times: what the tree builds per item, without a tooltip;
//  - tooltips: `linkTooltip` for the same 5,000 links, 7 times: what resolveTreeItem builds when an
//    item is hovered, here for every item (a worst case the view never reaches).
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { Link } from '../../src/api/schemas';
import { DEFAULT_THRESHOLDS } from '../../src/attention/attention';
import { linkTooltip, linkTreeItem } from '../../src/linksView/linkTreeItem';
import { generateLinks } from './links';

export const OUR_ID = 'agenthuman-links.agenthuman-links';
export const EMPTY_ID = 'agenthuman-links.agenthuman-links-bench-empty';
/** A second baseline: loads the `vscode` API (which every real extension pays for) and registers one command. */
export const MINIMAL_ID = 'agenthuman-links.agenthuman-links-bench-minimal';

async function activationMs(id: string): Promise<number> {
  const ext = vscode.extensions.getExtension(id);
  if (!ext) throw new Error(`${id} is not installed`);
  if (ext.isActive) throw new Error(`${id} was already active: its activation cannot be timed`);
  const start = performance.now();
  await ext.activate();
  return performance.now() - start;
}

/** Times `build` over all links, `rounds` times; `check` proves the last result is what it should be. */
function timeAll<T>(links: readonly Link[], rounds: number, build: (link: Link, now: number) => T, check: (built: T[]) => boolean, what: string): number[] {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const now = Date.now();
    const start = performance.now();
    const built = links.map((link) => build(link, now));
    times.push(performance.now() - start);
    if (built.length !== links.length || !check(built)) throw new Error(`${what} were not built`);
  }
  return times;
}

function treeItemTimes(links: readonly Link[], rounds: number): number[] {
  return timeAll(links, rounds, (link, now) => linkTreeItem(link, now, DEFAULT_THRESHOLDS), (items) => {
    const last = items[items.length - 1];
    return last.id === links[links.length - 1].link_id && !!last.description && !!last.accessibilityInformation;
  }, 'tree items');
}

function tooltipTimes(links: readonly Link[], rounds: number): number[] {
  return timeAll(links, rounds, (link, now) => linkTooltip(link, now, DEFAULT_THRESHOLDS), (tooltips) =>
    tooltips[tooltips.length - 1].value.includes(links[links.length - 1].link_id.replace(/_/g, '\\_')), 'tooltips');
}

export async function runSuite(options: { resultsFile?: string } = {}): Promise<void> {
  const write = (event: Record<string, unknown>) => {
    if (options.resultsFile) fs.appendFileSync(options.resultsFile, `${JSON.stringify(event)}\n`);
  };
  try {
    const order = process.env.AGENTHUMAN_BENCH_ORDER === 'empty-first' ? [EMPTY_ID, MINIMAL_ID, OUR_ID] : [OUR_ID, MINIMAL_ID, EMPTY_ID];
    const activation: Record<string, number> = {};
    for (const id of order) activation[id] = await activationMs(id);
    const names: Record<string, string> = { [OUR_ID]: 'ours', [EMPTY_ID]: 'empty', [MINIMAL_ID]: 'minimal' };
    write({ event: 'bench', order: order.map((id) => names[id]), oursMs: activation[OUR_ID], emptyMs: activation[EMPTY_ID], minimalMs: activation[MINIMAL_ID] });
    const links = generateLinks(5000);
    write({ event: 'bench', treeItems5000Ms: treeItemTimes(links, 7), tooltips5000Ms: tooltipTimes(links, 7) });
    write({ event: 'end' });
  } catch (err) {
    write({ event: 'error', message: String((err as Error)?.stack ?? err) });
  }
}
