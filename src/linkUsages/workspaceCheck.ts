// Check Links in Workspace: every file of the workspace searched for links (VS Code's ripgrep;
// files.exclude, search.exclude and .gitignore respected, binary files and files over the size
// limit skipped), with progress and Cancel; the problems go to the Problems view and stay
// there for files that are not open.
//   agenthuman.checkWorkspaceLinks({ builtin? }) → { files, usages, problems, completed }, or
//       undefined when there is nothing to check. `builtin: true` uses the built-in search
//       even where ripgrep is found (for tests of the fallback).
import vscode = require('vscode');
import { COMMAND } from '../commandIds';
import { registerSafeCommand } from '../failures/safeCommand';
import { actionLabel } from '../failures/describeError';
import type { Services } from '../services';
import { fileCount, linkCount, problemCount } from '../text/counts';
import { t } from '../text/translate';
import type { EditorLinks } from './editorLinks';
import type { LinkProblems } from './linkProblems';
import { LINK_ID_PREFIX } from './recogniser';
import { searchWorkspace } from './workspaceSearch';

export interface CheckSummary {
  /** Files with links, as paths relative to the workspace. */
  files: string[];
  usages: number;
  problems: number;
  /** False when cancelled: the results are those of the files searched until then. */
  completed: boolean;
}

export function registerWorkspaceCheck(services: Services, links: EditorLinks, problems: LinkProblems): void {
  registerSafeCommand(services, COMMAND.checkWorkspaceLinks, t('Could not check the links of the workspace'), (options) =>
    checkWorkspace(links, problems, options),
  );
}

async function checkWorkspace(links: EditorLinks, problems: LinkProblems, options: unknown): Promise<CheckSummary | undefined> {
  if (!links.enabled) {
    const open = actionLabel('openSettings');
    void vscode.window.showInformationMessage(t('Links in files are turned off (agenthuman.linksInEditor.enabled).'), open).then((choice) => {
      if (choice === open) void vscode.commands.executeCommand('workbench.action.openSettings', 'agenthuman.linksInEditor');
    });
    return undefined;
  }
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage(t('Open a folder to check the links in its files.'));
    return undefined;
  }
  const builtin = !!options && typeof options === 'object' && (options as { builtin?: unknown }).builtin === true;
  const summary = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: t('Checking the AgentHuman links in the workspace'), cancellable: true },
    async (progress, token) => {
      // The states come from the list: loaded once if none is held (it also gives the URL shapes).
      await links.list.ensureLoaded();
      let found = 0;
      const result = await searchWorkspace({
        literals: [LINK_ID_PREFIX],
        prefixes: links.prefixes(),
        token,
        builtin,
        onFile: () => progress.report({ message: t('{0} with links so far…', fileCount(++found)) }),
      });
      const count = problems.setChecked(result.files);
      return {
        files: result.files.map((file) => vscode.workspace.asRelativePath(file.uri)).sort((a, b) => a.localeCompare(b)),
        usages: result.files.reduce((sum, file) => sum + file.usages.length, 0),
        problems: count,
        completed: result.completed,
      };
    },
  );
  announce(summary);
  return summary;
}

function announce({ files, usages, problems, completed }: CheckSummary): void {
  const found = usages
    ? t('{0} in {1}, {2}', linkCount(usages), fileCount(files.length), problems ? problemCount(problems) : t('no problems'))
    : t('no links');
  const message = completed ? t('Checked the workspace: {0}.', found) : t('Cancelled: checked part of the workspace: {0}.', found);
  if (!problems) {
    void vscode.window.showInformationMessage(message);
    return;
  }
  const show = t('Show Problems');
  void vscode.window.showInformationMessage(message, show).then((choice) => {
    if (choice === show) void vscode.commands.executeCommand('workbench.actions.view.problems');
  });
}
