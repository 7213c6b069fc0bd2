// Where a link is used in the workspace.
//   agenthuman.findLinkInWorkspace(link?)  → the locations (file and line) of its uses; from the
//       tree's context menu or the palette (link picker). With uses, it opens the Search view
//       on the link's id, as "Find in Files" would: the list of files and lines a VS Code user
//       knows, clickable, kept until the next search. Without, it says so and opens nothing.
// And the sentence the Delete and Pause confirmations add ("It is used in 3 files in this
// workspace: …"), from a search bounded in time: past the bound it says nothing rather than
// keep the confirmation waiting.
import vscode = require('vscode');
import type { Link } from '../api/schemas';
import { COMMAND } from '../commandIds';
import { registerSafeCommand } from '../failures/safeCommand';
import { resolveLinks } from '../linkActions/pickLink';
import { quotedLinkName } from '../links/linkNames';
import type { Services } from '../services';
import { t } from '../text/translate';
import type { EditorLinks } from './editorLinks';
import { shareUrlPrefixes } from './recogniser';
import { usageNote } from './usageNote';
import { type FoundFile, searchWorkspace } from './workspaceSearch';

/** How long a confirmation waits for the search, at most. */
export const CONFIRMATION_SEARCH_MS = 1000;

export function registerFindUsages(services: Services, links: EditorLinks): void {
  registerSafeCommand(services, COMMAND.findLinkInWorkspace, t('Could not search the workspace'), (clicked, selected) =>
    findInWorkspace(services, links, clicked, selected),
  );
}

async function findInWorkspace(services: Services, links: EditorLinks, clicked: unknown, selected: unknown): Promise<vscode.Location[] | undefined> {
  const [link] = (await resolveLinks(services, clicked, selected, { placeHolder: t('Find which link in the workspace?') })) ?? [];
  if (!link) return undefined;
  const name = quotedLinkName(link);
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage(t('Open a folder to look for link {0} in it.', name));
    return [];
  }
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: t('Looking for {0} in the workspace…', name) },
    () => searchWorkspace({ literals: [link.link_id], prefixes: links.prefixes(), linkIds: new Set([link.link_id]) }),
  );
  const locations = result.files.flatMap(({ uri, usages }) =>
    usages.map((usage) => new vscode.Location(uri, new vscode.Range(usage.line, usage.start, usage.line, usage.end))),
  );
  if (!locations.length) {
    void vscode.window.showInformationMessage(t('Link {0} is not used in this workspace.', name));
    return locations;
  }
  await vscode.commands.executeCommand('workbench.action.findInFiles', {
    query: link.link_id,
    isRegex: false,
    isCaseSensitive: true,
    matchWholeWord: true,
    filesToInclude: '',
    filesToExclude: '',
    triggerSearch: true,
  });
  return locations;
}

/**
 * "It is used in 3 files in this workspace: …" for the links a confirmation is about, or
 * undefined when none is used, there is no folder, or the search took longer than the bound.
 */
export async function usageNoteFor(services: Services, links: readonly Link[], timeoutMs = CONFIRMATION_SEARCH_MS): Promise<string | undefined> {
  if (!links.length || !vscode.workspace.workspaceFolders?.length) return undefined;
  const ids = new Set(links.map((link) => link.link_id));
  let result;
  try {
    result = await searchWorkspace({ literals: [...ids], prefixes: shareUrlPrefixes(services.store.links), linkIds: ids, timeoutMs });
  } catch (error) {
    services.log.warn(`Could not search the workspace for the links: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  if (!result.completed) return undefined;
  return usageNote(
    links.map((link) => ({ quotedName: quotedLinkName(link), files: filesUsing(result.files, link.link_id) })),
    links.length,
  );
}

function filesUsing(files: readonly FoundFile[], linkId: string): string[] {
  return files
    .filter((file) => file.usages.some((usage) => usage.linkId === linkId))
    .map((file) => vscode.workspace.asRelativePath(file.uri))
    .sort((a, b) => a.localeCompare(b));
}
