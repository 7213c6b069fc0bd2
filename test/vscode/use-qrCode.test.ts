// "Show QR Code" in a real VS Code: the panel and the QR encoder live in their own file of
// the bundle (dist/qrPanel.js), loaded on first use; these tests prove that loading works
// in the real extension host and that one panel serves one link.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SEED } from '../fake-api/server';
import { activateByOpeningView, useFakeApi } from './helpers';

describe('Show QR Code in a real VS Code', () => {
  const api = useFakeApi();

  before(async () => {
    await activateByOpeningView();
    assert.equal(await vscode.commands.executeCommand('agenthuman.setApiKey', api().apiKey), true);
    await vscode.commands.executeCommand('agenthuman.refresh');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens a panel titled with the link name, and shows the same panel again for the same link', async () => {
    const first = await vscode.commands.executeCommand<vscode.WebviewPanel | undefined>('agenthuman.showQrCode', SEED.links.activeLimited);
    assert.ok(first, 'the command returned a panel');
    assert.equal(first.title, 'QR Code: Spring campaign');
    const again = await vscode.commands.executeCommand<vscode.WebviewPanel | undefined>('agenthuman.showQrCode', SEED.links.activeLimited);
    assert.equal(again, first, 'the second call revealed the existing panel');
    const other = await vscode.commands.executeCommand<vscode.WebviewPanel | undefined>('agenthuman.showQrCode', SEED.links.paused);
    assert.ok(other && other !== first, 'another link gets its own panel');
    assert.equal(other.title, 'QR Code: Partner preview');
  });

  it('closes the panel of a link that is deleted', async () => {
    const panel = await vscode.commands.executeCommand<vscode.WebviewPanel | undefined>('agenthuman.showQrCode', SEED.links.expiredByUses);
    assert.ok(panel);
    let closed = false;
    panel.onDidDispose(() => (closed = true));
    assert.equal(await vscode.commands.executeCommand('agenthuman.deleteLink', SEED.links.expiredByUses, { skipConfirmation: true }), true);
    assert.equal(closed, true, 'the QR panel of the deleted link is still open');
  });
});
