// The fast search of a workspace folder: VS Code's own ripgrep, run on the folder for fixed
// strings (`lnk_`, or the ids of the links about to be deleted), then the recogniser on each
// line it prints. ripgrep honours .gitignore (in a git repository or not), skips binary files
// and files over the size limit; the caller passes files.exclude and search.exclude as globs.
// Nothing from the workspace is run or configures it: `--no-config` ignores RIPGREP_CONFIG_PATH,
// the binary comes from VS Code's install, and the arguments go to spawn without a shell.
// No `vscode` import here (the bench runs it in plain Node).
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { findLinkUsages, type LinkUsage } from './recogniser';

export interface FolderSearch {
  rgPath: string;
  /** The workspace folder searched; the globs are relative to it. */
  folder: string;
  /** VS Code glob patterns to leave out (files.exclude and search.exclude). */
  excludeGlobs: readonly string[];
  /** Larger files are skipped, in bytes. */
  maxFileSize: number;
  /** Fixed strings a line must contain to be read. */
  literals: readonly string[];
  /** Lower-case share-URL shapes for the recogniser. */
  prefixes: readonly string[];
  /** Stops the search: ripgrep is killed, what was found so far is kept. */
  signal?: AbortSignal;
}

/** A usage on one line: the recogniser's offsets are columns of that line. */
export interface LineUsage extends LinkUsage {
  /** 0-based. */
  line: number;
}

export interface FileUsages {
  /** Absolute path. */
  file: string;
  usages: LineUsage[];
}

/**
 * Where VS Code keeps its ripgrep, for this app root (vscode.env.appRoot): @vscode/ripgrep in a
 * desktop build (unpacked from the asar), @vscode/ripgrep-universal with a folder per platform
 * in newer builds and code-server.
 */
export function ripgrepCandidates(appRoot: string, platform: string = process.platform, arch: string = process.arch): string[] {
  const exe = platform === 'win32' ? 'rg.exe' : 'rg';
  return ['node_modules', 'node_modules.asar.unpacked'].flatMap((modules) => [
    path.join(appRoot, modules, '@vscode', 'ripgrep', 'bin', exe),
    path.join(appRoot, modules, '@vscode', 'ripgrep-universal', 'bin', `${platform}-${arch}`, exe),
  ]);
}

/** The first candidate that exists, or undefined (then the built-in search is used). */
export function findRipgrep(appRoot: string): string | undefined {
  return ripgrepCandidates(appRoot).find((candidate) => fs.existsSync(candidate));
}

/** VS Code's globs are relative to the folder: one without a leading `**` is anchored at its root, as VS Code's own search does. */
export function anchorGlob(glob: string): string {
  return glob.startsWith('**') || glob.startsWith('/') ? glob : `/${glob}`;
}

export function ripgrepArgs(search: Pick<FolderSearch, 'excludeGlobs' | 'maxFileSize' | 'literals'>): string[] {
  return [
    '--no-config',
    '--fixed-strings',
    '--case-sensitive',
    '--line-number',
    '--no-heading',
    '--with-filename',
    '--null',
    '--color=never',
    '--no-messages',
    // Like VS Code's search: dotfiles (.env) too; .gitignore even outside a git repository,
    // but not the ignore files of parent folders or the global one.
    '--hidden',
    '--no-require-git',
    '--no-ignore-parent',
    '--no-ignore-global',
    `--max-filesize=${Math.max(1, Math.floor(search.maxFileSize))}`,
    ...search.excludeGlobs.map((glob) => `--glob=!${anchorGlob(glob)}`),
    ...search.literals.map((literal) => `--regexp=${literal}`),
    '--',
    '.',
  ];
}

/**
 * Searches one folder; `onFile` gets each file's usages as soon as ripgrep has printed them (it
 * prints a file's lines together). Resolves 'aborted' when the signal stopped it. Rejects when
 * ripgrep cannot be started.
 */
export function searchFolder(search: FolderSearch, onFile: (found: FileUsages) => void): Promise<'done' | 'aborted'> {
  return new Promise((resolve, reject) => {
    if (search.signal?.aborted) return resolve('aborted');
    const child = spawn(search.rgPath, ripgrepArgs(search), { cwd: search.folder, stdio: ['ignore', 'pipe', 'ignore'], windowsHide: true });
    const decoder = new StringDecoder('utf8');
    let pending = '';
    let current: FileUsages | undefined;
    let aborted = false;
    const flush = () => {
      if (current?.usages.length) onFile(current);
      current = undefined;
    };
    const readLine = (line: string) => {
      const nul = line.indexOf('\0');
      const colon = line.indexOf(':', nul + 1);
      if (nul < 0 || colon < 0) return;
      const file = path.join(search.folder, line.slice(0, nul));
      const lineNumber = Number(line.slice(nul + 1, colon)) - 1;
      const text = line.endsWith('\r') ? line.slice(colon + 1, -1) : line.slice(colon + 1);
      if (current?.file !== file) {
        flush();
        current = { file, usages: [] };
      }
      for (const usage of findLinkUsages(text, search.prefixes)) current.usages.push({ ...usage, line: lineNumber });
    };
    const onAbort = () => {
      aborted = true;
      child.kill();
    };
    search.signal?.addEventListener('abort', onAbort, { once: true });
    child.stdout.on('data', (chunk: Buffer) => {
      if (aborted) return;
      const lines = (pending + decoder.write(chunk)).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) readLine(line);
    });
    child.on('error', (error) => {
      search.signal?.removeEventListener('abort', onAbort);
      reject(error);
    });
    child.on('close', () => {
      search.signal?.removeEventListener('abort', onAbort);
      if (!aborted) {
        const rest = pending + decoder.end();
        if (rest) readLine(rest);
      }
      flush();
      // Exit 1 is "nothing found", 2 "some files could not be read": what was read counts.
      resolve(aborted ? 'aborted' : 'done');
    });
  });
}
