// Searching the workspace's files for links: VS Code's own ripgrep on each folder (found from
// vscode.env.appRoot), or, when it is not there, a built-in search through the workspace API.
// Both leave out files.exclude and search.exclude and files over the size limit, and skip
// binary files; ripgrep also honours .gitignore. A document with unsaved changes counts as its
// editor shows it. Reads only: nothing from the workspace is run, and no setting of it can
// point the search elsewhere (the globs only narrow it).
import vscode = require('vscode');
import { maxScannedFileSize } from '../settings/settings';
import { lineUsagesOf, looksBinary } from './fileScan';
import { type FileUsages, findRipgrep, type LineUsage, searchFolder } from './ripgrep';

export interface FoundFile extends FileUsages {
  uri: vscode.Uri;
}

export interface WorkspaceSearch {
  /** Fixed strings a line must hold: `lnk_` for every link, or the ids wanted. */
  literals: readonly string[];
  /** Lower-case share-URL shapes (EditorLinks.prefixes). */
  prefixes: readonly string[];
  /** Keep only the usages of these ids. */
  linkIds?: ReadonlySet<string>;
  token?: vscode.CancellationToken;
  /** Give up after this long: `completed` is then false. */
  timeoutMs?: number;
  /** Each file with usages, as found. */
  onFile?(found: FoundFile): void;
  /** Use the built-in search even where ripgrep is found (tests of the fallback). */
  builtin?: boolean;
}

export interface WorkspaceSearchResult {
  files: FoundFile[];
  /** False when it was cancelled or ran out of time: `files` is what was found until then. */
  completed: boolean;
  engine: 'ripgrep' | 'builtin';
}

let ripgrep: { path: string | undefined } | undefined;

function ripgrepPath(): string | undefined {
  ripgrep ??= { path: findRipgrep(vscode.env.appRoot) };
  return ripgrep.path;
}

/** files.exclude and search.exclude of a folder: the globs set to true (conditional ones are left in). */
export function excludeGlobs(folder: vscode.WorkspaceFolder): string[] {
  const config = vscode.workspace.getConfiguration(undefined, folder.uri);
  const globs = (key: string) => Object.entries(config.get<Record<string, unknown>>(key) ?? {}).filter(([, on]) => on === true).map(([glob]) => glob);
  return [...new Set([...globs('files.exclude'), ...globs('search.exclude')])];
}

export async function searchWorkspace(search: WorkspaceSearch): Promise<WorkspaceSearchResult> {
  const abort = new AbortController();
  const timer = search.timeoutMs === undefined ? undefined : setTimeout(() => abort.abort(), search.timeoutMs);
  const cancellation = search.token?.onCancellationRequested(() => abort.abort());
  if (search.token?.isCancellationRequested) abort.abort();
  const files = new Map<string, FoundFile>();
  const keep = (found: FoundFile) => {
    const usages = search.linkIds ? found.usages.filter((usage) => search.linkIds?.has(usage.linkId)) : found.usages;
    if (!usages.length) return;
    const file = { ...found, usages };
    files.set(found.uri.toString(), file);
    search.onFile?.(file);
  };
  const rg = search.builtin ? undefined : ripgrepPath();
  const maxFileSize = maxScannedFileSize();
  try {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      if (abort.signal.aborted) break;
      const globs = excludeGlobs(folder);
      if (rg && folder.uri.scheme === 'file') {
        await searchFolder(
          { rgPath: rg, folder: folder.uri.fsPath, excludeGlobs: globs, maxFileSize, literals: search.literals, prefixes: search.prefixes, signal: abort.signal },
          (found) => keep({ ...found, uri: vscode.Uri.file(found.file) }),
        );
      } else {
        await builtinSearch(folder, globs, maxFileSize, search, abort.signal, keep);
      }
    }
  } finally {
    clearTimeout(timer);
    cancellation?.dispose();
  }
  const completed = !abort.signal.aborted;
  if (completed) withUnsavedChanges(files, search);
  return { files: [...files.values()], completed, engine: rg ? 'ripgrep' : 'builtin' };
}

/** Documents with unsaved changes count as they are in their editor, not as on disk. */
function withUnsavedChanges(files: Map<string, FoundFile>, search: WorkspaceSearch): void {
  for (const document of vscode.workspace.textDocuments) {
    if (!document.isDirty || !vscode.workspace.getWorkspaceFolder(document.uri)) continue;
    const key = document.uri.toString();
    const usages = lineUsagesOf(document.getText(), search.prefixes).filter((usage) => !search.linkIds || search.linkIds.has(usage.linkId));
    if (usages.length) files.set(key, { file: document.uri.fsPath, uri: document.uri, usages });
    else files.delete(key);
  }
}

/** The fallback: every file the workspace API lists, read one after the other. */
async function builtinSearch(
  folder: vscode.WorkspaceFolder,
  globs: readonly string[],
  maxFileSize: number,
  search: WorkspaceSearch,
  signal: AbortSignal,
  keep: (found: FoundFile) => void,
): Promise<void> {
  // An explicit exclude replaces files.exclude, which `globs` holds as well.
  const exclude = globs.length ? `{${globs.join(',')}}` : null;
  const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*'), exclude, undefined, search.token);
  for (const uri of uris) {
    if (signal.aborted) return;
    try {
      if ((await vscode.workspace.fs.stat(uri)).size > maxFileSize) continue;
      const bytes = await vscode.workspace.fs.readFile(uri);
      if (looksBinary(bytes)) continue;
      const text = new TextDecoder().decode(bytes);
      if (!search.literals.some((literal) => text.includes(literal))) continue;
      const usages: LineUsage[] = lineUsagesOf(text, search.prefixes);
      if (usages.length) keep({ file: uri.fsPath, uri, usages });
    } catch {
      // unreadable (deleted meanwhile, permissions): left out, as ripgrep leaves it out
    }
  }
}
