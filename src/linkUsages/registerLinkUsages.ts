// Links in files: hover, problems, quick fixes, completion, Insert Share Link…, Find in
// Workspace and Check Links in Workspace, registered together. Registration is cheap: no
// request and no scan here; open documents are scanned after activation, and the list loads
// the first time a link shown in an editor needs it.
import vscode = require('vscode');
import type { Services } from '../services';
import { SCANNED_SCHEMES } from './documentUsages';
import { EditorLinks } from './editorLinks';
import { registerFindUsages } from './findUsages';
import { registerFixCommands } from './fixCommands';
import { registerInsertLink } from './insertLink';
import { COMPLETION_TRIGGERS, linkCompletionProvider } from './linkCompletion';
import { linkHoverProvider } from './linkHover';
import { LinkProblems } from './linkProblems';
import { linkQuickFixProvider, QUICK_FIX_METADATA } from './quickFixes';
import { registerWorkspaceCheck } from './workspaceCheck';

/** Every text document of a file or an untitled editor, whatever its language. */
const DOCUMENTS: vscode.DocumentSelector = SCANNED_SCHEMES.map((scheme) => ({ scheme }));

export function registerLinkUsages(services: Services): void {
  const links = new EditorLinks(services);
  const problems = new LinkProblems(services, links);
  services.context.subscriptions.push(
    links,
    problems,
    vscode.languages.registerHoverProvider(DOCUMENTS, linkHoverProvider(links)),
    vscode.languages.registerCodeActionsProvider(DOCUMENTS, linkQuickFixProvider(links), QUICK_FIX_METADATA),
    vscode.languages.registerCompletionItemProvider(DOCUMENTS, linkCompletionProvider(links), ...COMPLETION_TRIGGERS),
  );
  registerFixCommands(services, links);
  registerInsertLink(services);
  registerFindUsages(services, links);
  registerWorkspaceCheck(services, links, problems);
}
