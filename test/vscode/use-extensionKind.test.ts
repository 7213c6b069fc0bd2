// Where the extension runs. It needs only the clipboard, the browser, secret storage and HTTPS,
// so it prefers the user's machine in a remote window (extensionKind ["ui", "workspace"]): next
// to the user's keychain and proxy. Where no local extension host can run it, as in code-server
// (a browser runs only web extensions), VS Code falls back to the remote one ("workspace");
// with ["ui"] alone it would not run there at all.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateByOpeningView, ourExtension } from './helpers';

describe('where the extension runs (extensionKind)', () => {
  it('is declared ui first, then workspace, and in code-server runs in the workspace extension host', async () => {
    const ext = ourExtension();
    assert.deepEqual((ext.packageJSON as { extensionKind?: string[] }).extensionKind, ['ui', 'workspace'], 'the extensionKind VS Code read from the manifest');
    await activateByOpeningView();
    assert.equal(ext.extensionKind, vscode.ExtensionKind.Workspace, 'code-server ran the extension somewhere other than its server');
  });
});
