// Where the link store keeps each account's last list: a JSON file per account in the
// extension's global storage folder, not in globalState. VS Code sends all of an extension's
// globalState from the workbench to the extension host before it may activate, and every update
// back: with 5,000 links that is megabytes on each start and after each change (in code-server,
// over the network), while a file is read only when the list is wanted, next to the extension
// host. A list cached in globalState by an earlier version moves to its file when first read.
// The file is read with Node's own `fs` when it is on this machine's disk (a `file:` URI, as
// global storage always is for an extension host that runs Node): through
// `vscode.workspace.fs` every read is a round trip to the workbench's file service, 25 ms for
// the 1.2 MB of 5,000 links in code-server, and the Links view waits for it when it opens.
import { readFile } from 'node:fs/promises';
import vscode = require('vscode');
import type { ListCache } from './linkStore';
import { serialWrites } from './serialWrites';

interface Memento {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): PromiseLike<void>;
}

export function fileListCache(folder: vscode.Uri, legacy: Memento): ListCache {
  const fs = vscode.workspace.fs;
  const fileOf = (key: string) => vscode.Uri.joinPath(folder, `${encodeURIComponent(key)}.json`);
  // One write at a time per account, the newest list only (serialWrites.ts); a read waits for them.
  const writes = serialWrites(async (key, value) => {
    const file = fileOf(key);
    if (value === undefined) {
      await fs.delete(file).then(undefined, ignoreNotFound);
    } else {
      // A new file renamed over the old one: a window that stops halfway leaves the old list.
      const partial = vscode.Uri.joinPath(folder, `${encodeURIComponent(key)}.json.partial`);
      await fs.createDirectory(folder);
      await fs.writeFile(partial, new TextEncoder().encode(JSON.stringify(value)));
      await fs.rename(partial, file, { overwrite: true });
    }
    if (legacy.get(key) !== undefined) await legacy.update(key, undefined);
  });
  const write = (key: string, value: unknown): Promise<void> => writes.write(key, value);
  const read = async (key: string): Promise<unknown> => {
    await writes.settled(key);
    const file = fileOf(key);
    const bytes: Promise<Uint8Array> = file.scheme === 'file' ? readFile(file.fsPath).catch(nodeNotFound) : Promise.resolve(fs.readFile(file));
    const text = await bytes.then((read) => new TextDecoder().decode(read), ignoreNotFound);
    if (text !== undefined) return JSON.parse(text) as unknown;
    const old = legacy.get<unknown>(key);
    if (old !== undefined) void write(key, old).catch(() => undefined); // moved on the next write otherwise
    return old;
  };
  return { read, write };
}

function ignoreNotFound(error: unknown): undefined {
  if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
  throw error;
}

/** Node's "no such file" as the workbench's file service says it. */
function nodeNotFound(error: unknown): never {
  throw (error as { code?: unknown } | null)?.code === 'ENOENT' ? vscode.FileSystemError.FileNotFound() : error;
}
