// Completion of link ids: after `lnk_` (standing alone) or right after a share-URL prefix,
// the account's links by name; choosing one inserts its id. Triggered by `_` and `/`, and
// answered at once (no list, no request) everywhere else.
import vscode = require('vscode');
import type { Link } from '../api/schemas';
import { linkDisplayName } from '../links/linkNames';
import { effectiveStatus } from '../links/linkStatus';
import { expiryText, tooltipMarkdown, usesText } from '../linksView/linkPresentation';
import { statusLabel } from '../links/statusText';
import type { EditorLinks } from './editorLinks';
import { completionStart } from './recogniser';

export const COMPLETION_TRIGGERS = ['_', '/'];

export function linkCompletionProvider(links: EditorLinks): vscode.CompletionItemProvider {
  return {
    async provideCompletionItems(document, position, token) {
      if (!links.enabled) return undefined;
      const before = document.lineAt(position.line).text.slice(0, position.character);
      const start = completionStart(before, links.prefixes());
      if (start === undefined) return undefined;
      await links.list.ensureLoaded();
      if (token.isCancellationRequested) return undefined;
      const range = new vscode.Range(position.line, start, position.line, position.character);
      const now = links.services.clock();
      return links.services.store.links.map((link) => completionItem(link, range, now));
    },
  };
}

function completionItem(link: Link, range: vscode.Range, now: number): vscode.CompletionItem {
  const name = linkDisplayName(link);
  const item = new vscode.CompletionItem({ label: name, description: link.link_id }, vscode.CompletionItemKind.Reference);
  item.insertText = link.link_id;
  item.range = range;
  // What is typed from `lnk_` on is matched against the name first, then the id.
  item.filterText = `lnk_${name} ${link.link_id}`;
  item.sortText = name.toLowerCase();
  const language = vscode.env.language;
  item.detail = `${statusLabel(effectiveStatus(link, now))} · ${usesText(link)} · ${expiryText(link, now, language)}`;
  const documentation = new vscode.MarkdownString(tooltipMarkdown(link, now, language));
  documentation.isTrusted = false;
  documentation.supportHtml = false;
  item.documentation = documentation;
  return item;
}
