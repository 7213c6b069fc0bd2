// The file each account's last list is cached in (src/links/fileListCache.ts), over VS Code's
// file system API in a real extension host: written whole, read back, removed, and a list an
// earlier version kept in globalState moved to its file.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { fileListCache } from '../../src/links/fileListCache';

/** globalState's shape, in memory. */
class Memento {
  readonly values = new Map<string, unknown>();
  get<T>(key: string): T | undefined {
    return this.values.get(key) as T | undefined;
  }
  async update(key: string, value: unknown): Promise<void> {
    if (value === undefined) this.values.delete(key);
    else this.values.set(key, value);
  }
}

const KEY = 'agenthuman.linksCache.acc1';
const LIST = { baseUrl: 'https://api.agenthuman.com', status: 'all', loadedAt: 1, links: [{ link_id: 'lnk_a' }] };

describe('the cached list of an account, in a file of the global storage', () => {
  let folder: string;
  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'agenthuman-cache-test-'));
  });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('writes a list whole, reads it back, and removes it', async () => {
    const cache = fileListCache(vscode.Uri.file(path.join(folder, 'storage')), new Memento());
    assert.equal(await cache.read(KEY), undefined, 'nothing before the first write');
    await cache.write(KEY, LIST);
    assert.deepEqual(await cache.read(KEY), LIST);
    assert.deepEqual(fs.readdirSync(path.join(folder, 'storage')), [`${KEY}.json`], 'one file, no partial one left');
    await cache.write(KEY, undefined);
    assert.equal(await cache.read(KEY), undefined);
    assert.deepEqual(fs.readdirSync(path.join(folder, 'storage')), []);
  });

  it('a read waits for the write before it', async () => {
    const cache = fileListCache(vscode.Uri.file(folder), new Memento());
    const writing = cache.write(KEY, LIST);
    assert.deepEqual(await cache.read(KEY), LIST);
    await writing;
  });

  it('moves a list an earlier version kept in globalState to its file', async () => {
    const state = new Memento();
    state.values.set(KEY, LIST);
    const cache = fileListCache(vscode.Uri.file(folder), state);
    assert.deepEqual(await cache.read(KEY), LIST);
    await waitUntilGone(state, KEY);
    assert.deepEqual(JSON.parse(fs.readFileSync(path.join(folder, `${KEY}.json`), 'utf8')), LIST);
  });

  it('a file that is not JSON is an error for the store to log', async () => {
    fs.writeFileSync(path.join(folder, `${KEY}.json`), '{"links": [');
    await assert.rejects(fileListCache(vscode.Uri.file(folder), new Memento()).read(KEY));
  });
});

async function waitUntilGone(state: Memento, key: string): Promise<void> {
  for (let i = 0; i < 100 && state.values.has(key); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  assert.equal(state.values.has(key), false, 'the globalState copy is dropped');
}
