// Insert Share Link… (palette and the editor's context menu): a link from the picker, at every
// cursor of the active editor (replacing what is selected), as its URL, or as `[name](url)` in
// Markdown. One edit: one step to undo.
//   agenthuman.insertLink(link?) → the text inserted, or undefined when cancelled
// `link` is a link id, a Link or `{ linkId }`; the editor's context menu passes the document's
// URI, which is not a link: the picker opens.
import vscode = require('vscode');
import { COMMAND } from '../commandIds';
import { registerSafeCommand } from '../failures/safeCommand';
import { resolveLinks } from '../linkActions/pickLink';
import { linkAsMarkdown } from '../links/linkNames';
import type { Services } from '../services';
import { t } from '../text/translate';

const MARKDOWN_LANGUAGES = new Set(['markdown', 'mdx']);

export function registerInsertLink(services: Services): void {
  registerSafeCommand(services, COMMAND.insertLink, t('Could not insert the link'), (arg) => insertLink(services, arg));
}

async function insertLink(services: Services, arg: unknown): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(t('Open a file in an editor to insert a share link into it.'));
    return undefined;
  }
  const given = arg instanceof vscode.Uri ? undefined : arg;
  const [link] = (await resolveLinks(services, given, undefined, { placeHolder: t('Insert which link?') })) ?? [];
  if (!link) return undefined;
  const text = MARKDOWN_LANGUAGES.has(editor.document.languageId) ? linkAsMarkdown(link) : link.url;
  const done = await editor.edit((edit) => {
    for (const selection of editor.selections) edit.replace(selection, text);
  });
  return done ? text : undefined;
}
