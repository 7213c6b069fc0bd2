// Helpers for the tests of links in files (test/vscode/use-linksInFiles*.test.ts): files written
// into a folder of the test workspace, opened in editors, and the Problems view's entries of
// this extension (source "AgentHuman").
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { SHARE_URL_BASE } from '../fake-api/server';
import { waitFor } from './helpers';

export const SOURCE = 'AgentHuman';

/** The share URL of a link id. */
export const shareUrl = (linkId: string): string => `${SHARE_URL_BASE}${linkId}`;

/** A fresh folder inside the workspace, removed by `remove()`. */
export function workspaceFolder(name: string): { dir: string; uri(file: string): vscode.Uri; write(file: string, content: string | Buffer): vscode.Uri; remove(): void } {
  const root = vscode.workspace.workspaceFolders?.[0];
  assert.ok(root, 'the test VS Code has no workspace folder open');
  const dir = path.join(root.uri.fsPath, `${name}-${process.pid}-${Date.now()}`);
  fs.mkdirSync(dir, { recursive: true });
  return {
    dir,
    uri: (file) => vscode.Uri.file(path.join(dir, file)),
    write(file, content) {
      const full = path.join(dir, file);
      fs.mkdirSync(path.dirname(full), { recursive: true });
      fs.writeFileSync(full, content);
      return vscode.Uri.file(full);
    },
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

export async function openFile(uri: vscode.Uri): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
}

/** Saves what the tests typed (a dirty editor would ask before closing), then closes every editor. */
export async function closeEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.files.saveAll');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** This extension's entries for a file: [code, severity name, the text they cover]. */
export function problems(uri: vscode.Uri, text?: string): [string, string, string][] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === SOURCE)
    .map((d) => [String(d.code), vscode.DiagnosticSeverity[d.severity], text === undefined ? '' : sliceOf(text, d.range)]);
}

function sliceOf(text: string, range: vscode.Range): string {
  const lines = text.split('\n');
  return lines[range.start.line].slice(range.start.character, range.end.character);
}

/** Waits until this extension's entries for the file are `expected` (as `problems` gives them). */
export async function expectProblems(uri: vscode.Uri, text: string | undefined, expected: [string, string, string][], what = 'the problems'): Promise<void> {
  const key = JSON.stringify(expected);
  await waitFor(() => JSON.stringify(problems(uri, text)) === key, `${what} of ${path.basename(uri.fsPath)} to be ${key} (now ${JSON.stringify(problems(uri, text))})`);
}

/** The position of the first `needle` in the document, plus `offset` characters. */
export function positionOf(document: vscode.TextDocument, needle: string, offset = 0): vscode.Position {
  const index = document.getText().indexOf(needle);
  assert.ok(index >= 0, `"${needle}" is not in ${document.fileName}`);
  return document.positionAt(index + offset);
}

/** The quick fixes VS Code offers at this extension's entry over `needle`. */
export async function quickFixes(document: vscode.TextDocument, needle: string): Promise<vscode.CodeAction[]> {
  const at = positionOf(document, needle, 1);
  const diagnostic = vscode.languages.getDiagnostics(document.uri).find((d) => d.source === SOURCE && d.range.contains(at));
  assert.ok(diagnostic, `no entry over "${needle}"`);
  // The entry reaches the editor's side a moment after the extension set it; until then VS
  // Code asks for code actions without it.
  return waitFor<vscode.CodeAction[] | undefined>(async () => {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const ours = actions.filter((action) => action.command?.command.startsWith('agenthuman.'));
    return ours.length ? ours : undefined;
  }, `the quick fixes over "${needle}"`) as Promise<vscode.CodeAction[]>;
}

/** Runs a code action's command, as choosing it in the light bulb menu does. */
export function apply(action: vscode.CodeAction): Thenable<unknown> {
  assert.ok(action.command, `"${action.title}" has no command`);
  return vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

/** The hover's Markdown at `needle`, joined. */
export async function hoverText(document: vscode.TextDocument, needle: string): Promise<{ text: string; hovers: vscode.Hover[] }> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, needle, 2));
  const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
  return { text, hovers };
}
