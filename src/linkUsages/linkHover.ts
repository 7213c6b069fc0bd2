// The hover on a link used in a file: its state and details, and actions. The Markdown trusts
// only this extension's own commands (HOVER_COMMANDS), renders no HTML and no theme icons.
import vscode = require('vscode');
import type { EditorLinks } from './editorLinks';
import { HOVER_COMMANDS, hoverMarkdown } from './hoverText';
import { linkOfState } from './linkState';
import { usageAt } from './recogniser';

export function linkHoverProvider(links: EditorLinks): vscode.HoverProvider {
  return {
    async provideHover(document, position, token) {
      if (!links.enabled) return undefined;
      const usage = usageAt(links.documents.usagesOf(document), document.offsetAt(position));
      if (!usage) return undefined;
      // The first hover may be what needs the list: one load, shared with everything else.
      if (links.stateOf(usage.linkId).kind === 'unknown') await links.list.ensureLoaded();
      if (token.isCancellationRequested) return undefined;
      const state = links.stateOf(usage.linkId);
      // A weak id (`lnk_count` in code) that is no link of the account is not ours to explain.
      if (!usage.strong && !linkOfState(state)) return undefined;
      const markdown = new vscode.MarkdownString(
        hoverMarkdown(usage.linkId, state, { hasKey: await links.hasKey(), thresholds: links.thresholds, now: links.services.clock(), language: vscode.env.language }),
      );
      markdown.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
      markdown.supportHtml = false;
      markdown.supportThemeIcons = false;
      return new vscode.Hover(markdown, new vscode.Range(document.positionAt(usage.start), document.positionAt(usage.end)));
    },
  };
}
