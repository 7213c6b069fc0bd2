// Links in files, in the real extension: a problem for each state, following the list (pause,
// delete, edit, another account) and the settings, gone when the file closes; the hover; the
// quick fixes offered; completion; Insert Share Link…; and the rule of no extra requests (one
// GET /v1/links for all the documents opened before anything was loaded, none per id).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DEMO_API_KEY, OTHER_API_KEY, SEED } from '../fake-api/server';
import { calls, expectRequestCount, run, serverLink, setKey, startFakeApiHidden, useDemoAccount } from './demoAccount';
import { type FakeApi, waitFor } from './helpers';
import { closeEditors, expectProblems, hoverText, openFile, positionOf, problems, quickFixes, shareUrl, workspaceFolder } from './linksInFiles';

const L = SEED.links;
const UNKNOWN = 'lnk_Gone9Xy7Wv5Ut3';

/** A README using one link of each state. */
const README = [
  '# Our agents',
  `- Partner preview: ${shareUrl(L.paused)}?utm_source=readme.`,
  `- Launch week: \`${L.expiredByDate}\``,
  `- Workshop: [seats](${shareUrl(L.expiredByUses)})`,
  `- Webinar: ${L.expiringSoon}`,
  `- Support: ${shareUrl(L.activeUnlimited)}`,
  `- Old: ${shareUrl(UNKNOWN)}`,
  `- Another account's: ${L.otherActive}`,
  '- Not a link: lnk_count, my_lnk_Pp7rVw4Dk2Qa8Hn1Sf, lnk_Pp7rVw4Dk2Qa8Hn1Sf.png',
  '',
].join('\n');

const README_PROBLEMS: [string, string, string][] = [
  ['paused', 'Warning', `${shareUrl(L.paused)}?utm_source=readme`],
  ['expired', 'Warning', L.expiredByDate],
  ['usedUp', 'Warning', shareUrl(L.expiredByUses)],
  ['expiringSoon', 'Information', L.expiringSoon],
  ['notInAccount', 'Warning', shareUrl(UNKNOWN)],
  ['notInAccount', 'Warning', L.otherActive],
];

async function setting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('agenthuman').update(key, value, vscode.ConfigurationTarget.Global);
}

describe('Links in files: problems, hover, quick fixes, completion, insert', () => {
  const api = useDemoAccount();
  const folder = workspaceFolder('links-in-files');
  afterEach(async () => {
    await closeEditors();
    for (const key of ['linksInEditor.severity.paused', 'linksInEditor.severity.notInAccount', 'linksInEditor.enabled']) await setting(key, undefined);
  });
  after(() => folder.remove());

  it('puts a problem on each link that needs a look, in its state, from the list held: no request', async () => {
    const uri = folder.write('README.md', README);
    await openFile(uri);
    await expectProblems(uri, README, README_PROBLEMS);
    const messages = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'AgentHuman').map((d) => d.message);
    assert.match(messages[0], /“Partner preview” is paused/);
    assert.match(messages[2], /“Workshop seats” has used all 25 of its uses/);
    assert.match(messages[4], /lnk_Gone9Xy7Wv5Ut3 is not a link of this AgentHuman account/);
    assert.deepEqual(calls(api()), [], 'the states come from the list already loaded');
  });

  it('follows the list at once: pause, delete, an edit of the file, another account', async () => {
    const uri = folder.write('links.txt', `a ${L.activeLimited}\nb ${L.expiredByDate}\n`);
    const editor = await openFile(uri);
    await expectProblems(uri, editor.document.getText(), [['expired', 'Warning', L.expiredByDate]]);
    await run('agenthuman.pauseLink', L.activeLimited, { skipConfirmation: true });
    await expectProblems(uri, editor.document.getText(), [['paused', 'Warning', L.activeLimited], ['expired', 'Warning', L.expiredByDate]], 'after a pause');
    await run('agenthuman.deleteLink', L.expiredByDate, { skipConfirmation: true });
    await expectProblems(uri, editor.document.getText(), [['paused', 'Warning', L.activeLimited], ['notInAccount', 'Warning', L.expiredByDate]], 'after a delete');
    await editor.edit((edit) => edit.insert(new vscode.Position(2, 0), `c ${L.paused}\n`));
    await expectProblems(uri, editor.document.getText(), [['paused', 'Warning', L.activeLimited], ['notInAccount', 'Warning', L.expiredByDate], ['paused', 'Warning', L.paused]], 'after typing');
    // Another account: its own list (one GET, because an editor shows links), where none of these is.
    api().clearRequests();
    await setKey(OTHER_API_KEY);
    try {
      await expectProblems(uri, editor.document.getText(), [['notInAccount', 'Warning', L.activeLimited], ['notInAccount', 'Warning', L.expiredByDate], ['notInAccount', 'Warning', L.paused]], 'with the other account');
      assert.deepEqual(api().requests.map((r) => `${r.method} ${r.path} ${r.account}`), ['GET /v1/links other']);
    } finally {
      await setKey(DEMO_API_KEY);
    }
  });

  it('follows the severity settings; off hides a kind; turned off, shows nothing at all', async () => {
    const uri = folder.write('severity.md', README);
    await openFile(uri);
    await expectProblems(uri, README, README_PROBLEMS);
    await setting('linksInEditor.severity.paused', 'error');
    await setting('linksInEditor.severity.notInAccount', 'off');
    await expectProblems(uri, README, [['paused', 'Error', README_PROBLEMS[0][2]], ...README_PROBLEMS.slice(1, 4)], 'with paused as errors, not-in-account off');
    await setting('linksInEditor.enabled', false);
    await expectProblems(uri, README, [], 'with the feature off');
    const document = vscode.window.activeTextEditor?.document;
    assert.ok(document);
    assert.equal((await hoverText(document, L.paused)).text.includes('Partner preview'), false, 'a hover with the feature off');
  });

  it('a closed document\'s problems go away', async () => {
    const uri = folder.write('closing.md', README);
    await openFile(uri);
    await expectProblems(uri, README, README_PROBLEMS);
    await closeEditors();
    await waitFor(() => problems(uri).length === 0, 'the problems of the closed file to go');
  });

  it('hovers a link: name, status, uses / limit, expiry, agent, and the actions, trusted for our commands only', async () => {
    const uri = folder.write('hover.md', README);
    const { document } = await openFile(uri);
    const { text, hovers } = await hoverText(document, L.paused);
    for (const part of ['Partner preview', 'Status: Paused', 'Uses: 5 of 20', 'Expires: never', 'Agent: Support Concierge']) {
      assert.ok(text.includes(part), `the hover lacks "${part}":\n${text}`);
    }
    for (const action of ['Copy', 'Resume', 'Edit', 'Show QR Code', 'Reveal in Links View']) assert.ok(text.includes(`[${action}](command:agenthuman.`), `no ${action} action`);
    assert.ok(!text.includes('command:agenthuman.pauseLink'), 'a paused link offers Pause');
    const ours = hovers.flatMap((h) => h.contents).find((c): c is vscode.MarkdownString => typeof c !== 'string' && c.value.includes('Partner preview'));
    assert.ok(ours);
    assert.notEqual(ours.isTrusted, true, 'the hover trusts every command');
    if (typeof ours.isTrusted === 'object') assert.ok(ours.isTrusted.enabledCommands.every((id) => id.startsWith('agenthuman.')));
    assert.ok(!ours.supportHtml);
    // The other states, and no hover for what is not a link.
    assert.match((await hoverText(document, UNKNOWN)).text, /not a link of this AgentHuman account/);
    assert.match((await hoverText(document, L.expiredByDate)).text, /Status: Expired/);
    assert.equal((await hoverText(document, 'lnk_count')).text.includes('AgentHuman'), false);
    assert.deepEqual(calls(api()), [], 'hovering sent a request');
  });

  it('offers the quick fixes of each state', async () => {
    const uri = folder.write('fixes.md', README);
    const { document } = await openFile(uri);
    await expectProblems(uri, README, README_PROBLEMS);
    const titles = async (needle: string) => (await quickFixes(document, needle)).map((a) => a.title.replace(/ \(to .*\)$/, ''));
    assert.deepEqual(await titles(L.paused), ['Resume link “Partner preview”', 'Replace with a new link…', 'Copy the URL of “Partner preview”']);
    assert.deepEqual(await titles(L.expiredByDate), [
      'Extend the expiry of “Launch week” by 7 days', 'Extend the expiry of “Launch week” by 30 days', 'Replace with a new link…', 'Copy the URL of “Launch week”',
    ]);
    assert.deepEqual(await titles(L.expiredByUses), ['Raise the use limit of “Workshop seats” to 50', 'Replace with a new link…', 'Copy the URL of “Workshop seats”']);
    assert.deepEqual((await titles(L.expiringSoon)).slice(0, 2), ['Extend the expiry of “Webinar follow-up” by 7 days', 'Extend the expiry of “Webinar follow-up” by 30 days']);
    assert.deepEqual(await titles(UNKNOWN), ['Replace with a new link…']);
    assert.equal((await quickFixes(document, L.paused))[0].isPreferred, true);
  });

  it('completes link ids by name after lnk_ and after the share-URL prefix', async () => {
    const uri = folder.write('complete.yaml', `share:\n  id: lnk_\n  url: ${shareUrl('')}\n  other: my_lnk_\n`);
    const { document } = await openFile(uri);
    const complete = async (line: number) => {
      const position = new vscode.Position(line, document.lineAt(line).text.length);
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position, '_');
      return list.items.filter((item) => item.kind === vscode.CompletionItemKind.Reference && typeof item.label === 'object' && item.label.description?.startsWith('lnk_'));
    };
    const afterId = await complete(1);
    const names = afterId.map((item) => (item.label as vscode.CompletionItemLabel).label);
    assert.ok(names.includes('Partner preview') && names.includes('Spring campaign'), names.join(', '));
    const partner = afterId.find((item) => (item.label as vscode.CompletionItemLabel).label === 'Partner preview');
    assert.equal(partner?.insertText, L.paused);
    assert.match(String(partner?.detail), /^Paused · 5\/20 uses/);
    assert.equal((await complete(2)).length, afterId.length, 'after the URL prefix');
    assert.equal((await complete(3)).length, 0, 'inside a longer token');
    assert.deepEqual(calls(api()), []);
  });

  it('Insert Share Link… puts the URL at every cursor, or [name](url) in Markdown, as one step to undo', async () => {
    const text = folder.write('insert.txt', 'first \nsecond \n');
    const editor = await openFile(text);
    editor.selections = [new vscode.Selection(0, 6, 0, 6), new vscode.Selection(1, 7, 1, 7)];
    const url = serverLink(api(), L.activeLimited).url;
    assert.equal(await run('agenthuman.insertLink', L.activeLimited), url);
    assert.equal(editor.document.getText(), `first ${url}\nsecond ${url}\n`);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), 'first \nsecond \n', 'one undo takes both insertions back');

    const markdown = await openFile(folder.write('insert.md', 'See \n'));
    markdown.selection = new vscode.Selection(0, 4, 0, 4);
    assert.equal(await run('agenthuman.insertLink', L.activeLimited), `[Spring campaign](${url})`);
    assert.equal(markdown.document.getText(), `See [Spring campaign](${url})\n`);
    assert.deepEqual(calls(api()), []);
  });

  it('Reveal in Links View (from the hover) shows the view with the link selected', async () => {
    assert.equal(await run('agenthuman.revealLink', L.paused, { show: true }), true);
    await run('workbench.action.closeSidebar');
  });
});

describe('Links in files: no extra requests', () => {
  let api: FakeApi;
  const folder = workspaceFolder('links-no-requests');
  before(async () => {
    await closeEditors();
  });
  after(async () => {
    await closeEditors();
    folder.remove();
    await api?.stop();
  });

  it('documents opened before anything is loaded: ONE GET /v1/links for all; an unknown id sends no GET', async () => {
    // Another server is another account: nothing of it is loaded.
    api = await startFakeApiHidden();
    await setKey(DEMO_API_KEY);
    api.clearRequests();
    const files = {
      'a.md': `Talk: ${shareUrl(L.paused)}\n`,
      'b.html': `<a href="${shareUrl(L.expiredByDate)}">x</a>\n`,
      'c.tsx': `export const id = '${L.expiredByUses}';\n`,
      'd.json': `{ "link": "${UNKNOWN}" }\n`,
      '.env': `LINK_ID=${L.expiringSoon}\n`,
    };
    const uris = Object.entries(files).map(([name, content]) => folder.write(name, content));
    for (const uri of uris) await vscode.window.showTextDocument(uri, { preview: false });
    await expectProblems(uris[0], undefined, [['paused', 'Warning', '']]);
    await expectProblems(uris[3], undefined, [['notInAccount', 'Warning', '']]);
    await expectProblems(uris[4], undefined, [['expiringSoon', 'Information', '']]);
    const document = await vscode.workspace.openTextDocument(uris[3]);
    await hoverText(document, UNKNOWN);
    await expectRequestCount(api, 1);
    assert.deepEqual(calls(api), ['GET /v1/links']);
    assert.ok(positionOf(document, UNKNOWN));
  });
});
