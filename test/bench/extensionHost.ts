// The extension-host half of `npm run bench`, run inside code-server by the test-runner
// extension (test/vscode/runner: it requires this compiled file and calls runSuite()).
// test/bench/bench.mjs starts one fresh code-server per round with our .vsix and the baseline
// extensions (baselines.mjs) installed, and reads the figures written here as JSON lines:
//  - activation (activationTimes.ts): ours and the baselines (the empty extension, the minimal
//    one, our manifest alone and with its registrations), each activated once (an extension
//    activates once per host), in the order AGENTHUMAN_BENCH_ORDER says ('ours-first' |
//    'baselines-first'), a second apart;
//  - tree items: real `vscode.TreeItem`s (src/linksView/linkTreeItem.ts `linkTreeItem`, compiled
//    in out/) for 5,000 links, 7 times: what the tree builds per item, without a tooltip;
//  - tooltips: `linkTooltip` for the same 5,000 links, 7 times: what resolveTreeItem builds when an
//    item is hovered, here for every item (a worst case the view never reaches).
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Link } from '../../src/api/schemas';
import { DEFAULT_THRESHOLDS } from '../../src/attention/attention';
import { linkTooltip, linkTreeItem } from '../../src/linksView/linkTreeItem';
import { type ActivationTimes, timeActivation } from './activationTimes';
import { generateLinks } from './links';

/** The pause after each activation. */
const SETTLE_MS = 1000;

/** Ours and the baselines of test/bench/baselines.mjs (BASELINE_IDS), by the names the bench prints. */
const EXTENSIONS = {
  ours: 'agenthuman-links.agenthuman-links',
  empty: 'agenthuman-links.agenthuman-links-bench-empty',
  minimal: 'agenthuman-links.agenthuman-links-bench-minimal',
  manifest: 'agenthuman-links.agenthuman-links-bench-manifest',
  registrations: 'agenthuman-links.agenthuman-links-bench-registrations',
};

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
    const baselines = ['empty', 'minimal', 'manifest', 'registrations'] as const;
    const order = process.env.AGENTHUMAN_BENCH_ORDER === 'baselines-first' ? [...baselines, 'ours' as const] : ['ours' as const, ...baselines.slice().reverse()];
    const activation: Partial<Record<keyof typeof EXTENSIONS, ActivationTimes>> = {};
    for (const name of order) {
      activation[name] = await timeActivation(EXTENSIONS[name]);
      // What an extension does after its activation (ours: the rest of it, 100 ms later) is not
      // counted in the next one's.
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    }
    write({ event: 'bench', order, activation });
    const links = generateLinks(5000);
    write({ event: 'bench', treeItems5000Ms: treeItemTimes(links, 7), tooltips5000Ms: tooltipTimes(links, 7) });
    write({ event: 'end' });
  } catch (err) {
    write({ event: 'error', message: String((err as Error)?.stack ?? err) });
  }
}
