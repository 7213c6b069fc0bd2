// Copy Link / Copy Link as Markdown put the right text on the clipboard.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SEED } from '../fake-api/server';
import { calls, run, serverLink, useDemoAccount } from './demoAccount';
import { readClipboard } from './helpers';

describe('Copy Link (agenthuman.copyLink, agenthuman.copyLinkAsMarkdown)', () => {
  const api = useDemoAccount();
  beforeEach(() => vscode.env.clipboard.writeText('(clipboard before the test)'));

  it("copies the link's share URL, without a request", async () => {
    const { url } = serverLink(api(), SEED.links.activeLimited);
    assert.match(url, /^https:\/\//);
    const copied = await run('agenthuman.copyLink', SEED.links.activeLimited);
    assert.equal(await readClipboard(), url);
    assert.equal(copied, url);
    assert.deepEqual(calls(api()), []);
  });

  it('copies as Markdown: [name](url)', async () => {
    const { url, name } = serverLink(api(), SEED.links.activeLimited);
    assert.equal(name, 'Spring campaign');
    await run('agenthuman.copyLinkAsMarkdown', SEED.links.activeLimited);
    assert.equal(await readClipboard(), `[Spring campaign](${url})`);
  });

  it('copies an unnamed link as Markdown under its placeholder name', async () => {
    const { url } = serverLink(api(), SEED.links.unnamed);
    await run('agenthuman.copyLinkAsMarkdown', SEED.links.unnamed);
    // `_` is backslash-escaped in link text (it could start emphasis); it renders as `_`.
    const id = SEED.links.unnamed.replace(/_/g, '\\_');
    assert.equal(await readClipboard(), `[Untitled link (${id})](${url})`);
  });

  it('copies every URL of a multi-selection, one a line (as from the tree)', async () => {
    const [a, b] = [serverLink(api(), SEED.links.paused), serverLink(api(), SEED.links.nearLimit)];
    // What VS Code passes for a right-click on a selected item: (clicked node, selected nodes).
    const node = (link: typeof a) => ({ kind: 'link', link });
    await run('agenthuman.copyLink', node(a), [node(a), node(b)]);
    assert.equal(await readClipboard(), `${a.url}\n${b.url}`);
  });
});
