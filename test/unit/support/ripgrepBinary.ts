// A ripgrep for the plain-Node tests of the workspace search: VS Code's own copy inside the
// cached code-server (test/harness/install.mjs says where), else an `rg` on PATH, else none
// (the tests that need it are then skipped).
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { findRipgrep } from '../../../src/linkUsages/ripgrep';

/** The harness's installer module (plain JavaScript, outside the compiled tree). */
const INSTALL = path.join(__dirname, '..', '..', '..', '..', 'test', 'harness', 'install.mjs');

export async function testRipgrep(): Promise<string | undefined> {
  const { codeServerPaths } = (await import(pathToFileURL(INSTALL).href)) as { codeServerPaths(): { vscodeDir: string } };
  const own = findRipgrep(codeServerPaths().vscodeDir);
  if (own) return own;
  try {
    execFileSync('rg', ['--version'], { stdio: 'ignore' });
    return 'rg';
  } catch {
    return undefined;
  }
}
