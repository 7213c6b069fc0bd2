// The search of a folder with VS Code's ripgrep (plain Node, a temporary folder): it honours
// .gitignore without a git repository, excluded folders, the size limit; skips binary files;
// reads dotfiles (.env); gives lines and columns; stops when aborted. And the built-in
// fallback's pieces: binary files, lines and columns of a whole text.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { lineUsagesOf, looksBinary } from '../../../src/linkUsages/fileScan';
import { DEFAULT_SHARE_URL_PREFIX } from '../../../src/linkUsages/recogniser';
import { anchorGlob, type FileUsages, ripgrepArgs, ripgrepCandidates, searchFolder } from '../../../src/linkUsages/ripgrep';
import { testRipgrep } from '../support/ripgrepBinary';

const A = 'lnk_Aaaa1111bbbb';
const B = 'lnk_Bbbb2222cccc';
const PREFIXES = [DEFAULT_SHARE_URL_PREFIX];

describe('searching a folder for links with ripgrep', function () {
  this.timeout(10_000);
  let rg: string | undefined;
  let folder: string;

  before(async function () {
    rg = await testRipgrep();
    if (!rg) this.skip();
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'agenthuman-search-'));
    const write = (file: string, content: string | Buffer) => {
      fs.mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
      fs.writeFileSync(path.join(folder, file), content);
    };
    write('README.md', `# Demo\n\nTalk to us: ${DEFAULT_SHARE_URL_PREFIX}${A}?utm=readme.\r\nOr ${B}.\n`);
    write('site/index.html', `<a href="${DEFAULT_SHARE_URL_PREFIX}${B}">Talk</a>\n`);
    write('.env', `LINK_ID=${A}\n`);
    write('.gitignore', 'ignored.txt\n');
    write('ignored.txt', `${A}\n`);
    write('dist/bundle.js', `var u="${DEFAULT_SHARE_URL_PREFIX}${A}";\n`);
    write('node_modules/pkg/index.js', `"${A}"\n`);
    write('image.bin', Buffer.concat([Buffer.from(`${A}\n`), Buffer.from([0, 1, 2, 3])]));
    write('big.txt', `${A}\n${'x'.repeat(4096)}\n`);
    write('code.ts', 'const lnk_count = 0; // weak, still reported as a usage\n');
  });
  after(() => {
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
  });

  async function search(options: { maxFileSize?: number; signal?: AbortSignal } = {}): Promise<Map<string, FileUsages>> {
    const files = new Map<string, FileUsages>();
    const outcome = await searchFolder(
      { rgPath: rg as string, folder, excludeGlobs: ['dist', '**/node_modules'], maxFileSize: options.maxFileSize ?? 1024, literals: ['lnk_'], prefixes: PREFIXES, signal: options.signal },
      (found) => files.set(path.relative(folder, found.file), found),
    );
    assert.equal(outcome, options.signal?.aborted ? 'aborted' : 'done');
    return files;
  }

  it('finds the usages of every file it should read, with lines and columns', async () => {
    const files = await search();
    assert.deepEqual([...files.keys()].sort(), ['.env', 'README.md', 'code.ts', 'site/index.html']);
    const readme = files.get('README.md');
    assert.deepEqual(readme?.usages.map((u) => [u.line, u.start, u.end, u.form, u.linkId]), [
      [2, 12, 12 + `${DEFAULT_SHARE_URL_PREFIX}${A}?utm=readme`.length, 'url', A],
      [3, 3, 3 + B.length, 'id', B],
    ]);
    assert.equal(files.get('code.ts')?.usages[0].strong, false);
  });

  it('leaves out .gitignore\'d, excluded, binary and too large files', async () => {
    const files = await search({ maxFileSize: 1024 * 1024 });
    assert.ok(files.has('big.txt'), 'with a larger limit the big file is read');
    for (const file of ['ignored.txt', 'dist/bundle.js', 'node_modules/pkg/index.js', 'image.bin']) assert.ok(!files.has(file), `${file} was read`);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    assert.equal((await search({ signal: controller.signal })).size, 0);
  });
});

describe('the pieces of the workspace search', () => {
  it('anchors VS Code globs as VS Code does, and passes them and the literals as single arguments', () => {
    assert.equal(anchorGlob('dist'), '/dist');
    assert.equal(anchorGlob('**/node_modules'), '**/node_modules');
    const args = ripgrepArgs({ excludeGlobs: ['dist', '--pre=evil'], maxFileSize: 2048, literals: ['lnk_', '-e x'] });
    assert.ok(args.includes('--no-config') && args.includes('--hidden') && args.includes('--no-require-git'));
    assert.ok(args.includes('--glob=!/dist') && args.includes('--glob=!/--pre=evil'), 'a glob stays one --glob= argument');
    assert.ok(args.includes('--regexp=lnk_') && args.includes('--regexp=-e x'));
    assert.ok(args.includes('--max-filesize=2048'));
    assert.deepEqual(args.slice(-2), ['--', '.']);
  });

  it('looks for VS Code\'s ripgrep where desktop builds and code-server keep it', () => {
    const candidates = ripgrepCandidates('/app', 'linux', 'x64').map((c) => c.split(path.sep).join('/'));
    assert.deepEqual(candidates, [
      '/app/node_modules/@vscode/ripgrep/bin/rg',
      '/app/node_modules/@vscode/ripgrep-universal/bin/linux-x64/rg',
      '/app/node_modules.asar.unpacked/@vscode/ripgrep/bin/rg',
      '/app/node_modules.asar.unpacked/@vscode/ripgrep-universal/bin/linux-x64/rg',
    ]);
    assert.ok(ripgrepCandidates('C:\\app', 'win32', 'x64')[0].endsWith('rg.exe'));
  });

  it('the built-in search skips binary files and gives lines and columns', () => {
    assert.equal(looksBinary(Buffer.from('text\n')), false);
    assert.equal(looksBinary(Buffer.from([65, 0, 66])), true);
    const usages = lineUsagesOf(`one\r\ntwo ${A}\nthree ${B} ${A}`, PREFIXES);
    assert.deepEqual(usages.map((u) => [u.line, u.start, u.end, u.linkId]), [[1, 4, 4 + A.length, A], [2, 6, 6 + B.length, B], [2, 7 + B.length, 7 + B.length + A.length, A]]);
  });
});
