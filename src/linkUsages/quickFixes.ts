// Quick fixes on the problems of links used in files (the light bulb, Ctrl+., the Problems
// view): each runs one of the extension's commands with the link id (and the document for
// Replace). The state is read again from the list, not from the diagnostic, which may be older.
import vscode = require('vscode');
import { COMMAND } from '../commandIds';
import type { EditorLinks } from './editorLinks';
import { fixesFor, type LinkFix } from './fixes';
import { isProblem } from './linkState';
import { PROBLEM_SOURCE } from './problems';
import { usageAt } from './recogniser';

export const QUICK_FIX_METADATA: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

export function linkQuickFixProvider(links: EditorLinks): vscode.CodeActionProvider {
  return {
    provideCodeActions(document, _range, context) {
      if (!links.enabled) return [];
      const actions: vscode.CodeAction[] = [];
      for (const diagnostic of context.diagnostics) {
        if (diagnostic.source !== PROBLEM_SOURCE) continue;
        const usage = usageAt(links.documents.usagesOf(document), document.offsetAt(diagnostic.range.start));
        if (!usage) continue;
        const state = links.stateOf(usage.linkId);
        if (!isProblem(state)) continue;
        fixesFor(state, links.services.clock(), vscode.env.language).forEach((fix, index) => {
          const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
          action.diagnostics = [diagnostic];
          action.isPreferred = index === 0;
          action.command = { title: fix.title, ...commandOf(fix, usage.linkId, document.uri) };
          actions.push(action);
        });
      }
      return actions;
    },
  };
}

function commandOf(fix: LinkFix, linkId: string, uri: vscode.Uri): { command: string; arguments: unknown[] } {
  switch (fix.kind) {
    case 'resume':
      return { command: COMMAND.resumeLink, arguments: [linkId] };
    case 'extend':
      return { command: COMMAND.extendLinkExpiry, arguments: [linkId, fix.days] };
    case 'raiseLimit':
      return { command: COMMAND.raiseLinkUseLimit, arguments: [linkId, fix.limit] };
    case 'replace':
      return { command: COMMAND.replaceLinkInDocument, arguments: [uri, linkId] };
    case 'copy':
      return { command: COMMAND.copyLink, arguments: [linkId] };
  }
}
