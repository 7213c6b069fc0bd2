#!/usr/bin/env node
// Installs (or finds) the cached code-server builds: the newest (VS Code 1.139.1 with Node 24),
// used by `npm start`, `npm run test:vscode` and `npm run test:e2e`, and the oldest VS Code the
// extension claims (1.77.3 with Node 16), used by `npm run test:vscode`.
//   node test/harness/ensure-code-server.mjs                  install both if needed, print where they are
//   node test/harness/ensure-code-server.mjs --build oldest   only one of them (newest | oldest)
//   node test/harness/ensure-code-server.mjs --force          reinstall
//   node test/harness/ensure-code-server.mjs --check          exit 1 if one is not installed (no install)
import * as fs from 'node:fs';
import { buildsFromArgs, codeServerPaths, ensureCodeServer } from './install.mjs';

const args = process.argv.slice(2);
let builds;
try {
  builds = buildsFromArgs(args);
} catch (err) {
  console.error(err.message);
  process.exit(2);
}
if (args.includes('--check')) {
  let ok = true;
  for (const build of builds) {
    const paths = codeServerPaths(build);
    const installed = fs.existsSync(paths.marker);
    console.log(installed ? `installed: ${paths.dir}` : `not installed: ${paths.dir}`);
    ok &&= installed;
  }
  process.exit(ok ? 0 : 1);
}
try {
  for (const build of builds) {
    const paths = await ensureCodeServer({ build, force: args.includes('--force') });
    const marker = JSON.parse(fs.readFileSync(paths.marker, 'utf8'));
    console.log(`code-server ${marker.version} with Node ${marker.node} at ${paths.dir}`);
  }
} catch (err) {
  console.error(`\n${err.message}`);
  process.exit(1);
}
