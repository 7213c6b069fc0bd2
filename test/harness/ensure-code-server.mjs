#!/usr/bin/env node
// Installs (or finds) the cached code-server + Node 24 used by `npm start`, `npm run test:vscode`
// and `npm run test:e2e`.
//   node test/harness/ensure-code-server.mjs          install if needed, print where it is
//   node test/harness/ensure-code-server.mjs --force  reinstall
//   node test/harness/ensure-code-server.mjs --check  exit 1 if not installed (no install)
import * as fs from 'node:fs';
import { codeServerPaths, ensureCodeServer } from './install.mjs';

const args = process.argv.slice(2);
if (args.includes('--check')) {
  const paths = codeServerPaths();
  const ok = fs.existsSync(paths.marker);
  console.log(ok ? `installed: ${paths.dir}` : `not installed: ${paths.dir}`);
  process.exit(ok ? 0 : 1);
}
try {
  const paths = await ensureCodeServer({ force: args.includes('--force') });
  const marker = JSON.parse(fs.readFileSync(paths.marker, 'utf8'));
  console.log(`code-server ${marker.version} with Node ${marker.node} at ${paths.dir}`);
} catch (err) {
  console.error(`\n${err.message}`);
  process.exit(1);
}
