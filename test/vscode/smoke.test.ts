// Smoke tests: the real extension, installed from its .vsix, in a real VS Code extension host.
import * as assert from 'node:assert/strict';
import * as http from 'node:http';
import * as vscode from 'vscode';
import {
  EXTENSION_ID,
  activateByOpeningView,
  activeWhenSuiteLoaded,
  contributedCommands,
  ourExtension,
  readClipboard,
  startFakeApi,
} from './helpers';

describe('AgentHuman Links in a real VS Code extension host', () => {
  it('is installed and nothing of ours activated at start-up', () => {
    const ext = ourExtension();
    assert.equal(ext.id, EXTENSION_ID);
    assert.equal(activeWhenSuiteLoaded, false, 'the extension was already active when the test suite started');
    assert.equal(ext.isActive, false, 'the extension became active before its view was opened or a command ran');
  });

  it('activates when its view opens, and every contributed command is registered', async () => {
    const declared = contributedCommands();
    assert.ok(declared.length > 0, 'package.json contributes no commands');
    await activateByOpeningView();
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = declared.filter((id) => !registered.has(id));
    assert.deepEqual(missing, [], `contributed but not registered: ${missing.join(', ')}`);
  });

  it('reads back what is written to the clipboard', async () => {
    const text = `agenthuman clipboard check ${Date.now()}`;
    await vscode.env.clipboard.writeText(text);
    assert.equal(await readClipboard(), text);
  });

  it('can run the fake AgentHuman server in the extension host and point the extension at it', async () => {
    const api = await startFakeApi('demo');
    try {
      assert.equal(vscode.workspace.getConfiguration('agenthuman').get('apiBaseUrl'), api.url);
      // Node's http, not fetch: the extension host of the oldest VS Code claimed runs Node 16.
      const status = await new Promise<number | undefined>((resolve, reject) => {
        http.get(`${api.url}/v1/links`, { headers: { 'x-api-key': api.apiKey } }, (res) => resolve(res.resume().statusCode)).on('error', reject);
      });
      assert.equal(status, 200, `GET ${api.url}/v1/links answered ${status}`);
      assert.equal(api.requests.length, 1);
    } finally {
      await api.stop();
    }
    assert.notEqual(vscode.workspace.getConfiguration('agenthuman').inspect('apiBaseUrl')?.globalValue, api.url);
  });
});
