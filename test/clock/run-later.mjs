#!/usr/bin/env node
// `npm run test:unit:later`: the unit suite again with the wall clock moved ahead (see
// shift-clock.cjs), once per number of days given (default 400 and 1900: about one and five
// years). Fails if any run fails.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const mocha = createRequire(import.meta.url).resolve('mocha/bin/mocha.js');
const preload = path.join(here, 'shift-clock.cjs');
const runs = process.argv.slice(2).map(Number);
let failed = false;
for (const days of runs.length ? runs : [400, 1900]) {
  console.log(`\nUnit tests with the clock moved ${days} days ahead (${new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)}):`);
  const result = spawnSync(process.execPath, [mocha, '--reporter', 'dot', 'out/test/unit/**/*.test.js', 'out/test/fake-api/**/*.test.js'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, AGENTHUMAN_SHIFT_DAYS: String(days), NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${preload}`.trim() },
  });
  if (result.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
