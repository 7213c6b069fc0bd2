// Each quick fix of a link used in a file, applied as the light bulb applies it: exactly one
// request on the fake server's log, the server's state changed as asked, and the problem gone.
// Replace creates one link and replaces every use in the document in one edit, undone in one step.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Link } from '../fake-api/server';
import { SEED } from '../fake-api/server';
import { calls, serverLink, useDemoAccount } from './demoAccount';
import { readClipboard } from './helpers';
import { apply, closeEditors, expectProblems, openFile, quickFixes, shareUrl, workspaceFolder } from './linksInFiles';

const L = SEED.links;
const DAY = 86_400_000;

describe('Links in files: each quick fix, one request', () => {
  const api = useDemoAccount();
  const folder = workspaceFolder('links-fixes');
  afterEach(() => closeEditors());
  after(() => folder.remove());

  /** Opens a file using `linkId`, waits for its problem, and finds the quick fix whose title starts with `title`. */
  async function fix(
    linkId: string,
    kind: string,
    title: string,
    content = `Talk to us: ${shareUrl(linkId)}\n`,
    expected: [string, string, string][] = [[kind, kind === 'expiringSoon' ? 'Information' : 'Warning', shareUrl(linkId)]],
  ) {
    const uri = folder.write(`${kind}-${Date.now()}.md`, content);
    const editor = await openFile(uri);
    await expectProblems(uri, content, expected);
    const action = (await quickFixes(editor.document, linkId)).find((a) => a.title.startsWith(title));
    assert.ok(action, `no quick fix "${title}…"`);
    api().clearRequests();
    return { uri, editor, action, content };
  }

  it('Resume: one PUT of the status; the problem goes', async () => {
    const { uri, action, content } = await fix(L.paused, 'paused', 'Resume link');
    await apply(action);
    assert.deepEqual(calls(api()), [`PUT /v1/links/${L.paused}`]);
    assert.deepEqual(api().requests[0].body, { status: 'active' });
    assert.equal(serverLink(api(), L.paused).status, 'active');
    await expectProblems(uri, content, [], 'after Resume');
  });

  it('Extend by 7 days (an expired link): one PUT of expires_at, 7 days from now', async () => {
    const { uri, action, content } = await fix(L.expiredByDate, 'expired', 'Extend the expiry of “Launch week” by 7 days');
    const before = Date.now();
    await apply(action);
    assert.deepEqual(calls(api()), [`PUT /v1/links/${L.expiredByDate}`]);
    const body = api().requests[0].body as { expires_at: string };
    assert.deepEqual(Object.keys(body), ['expires_at']);
    assert.ok(Math.abs(Date.parse(body.expires_at) - (before + 7 * DAY)) < 60_000, body.expires_at);
    assert.equal(serverLink(api(), L.expiredByDate).status, 'active');
    await expectProblems(uri, content, [], 'after Extend');
  });

  it('Extend by 30 days (a link expiring soon): from its expiry, one PUT', async () => {
    const expiry = Date.parse(serverLink(api(), L.expiringSoon).expires_at ?? '');
    const { uri, action, content } = await fix(L.expiringSoon, 'expiringSoon', 'Extend the expiry of “Webinar follow-up” by 30 days');
    await apply(action);
    assert.deepEqual(calls(api()), [`PUT /v1/links/${L.expiringSoon}`]);
    assert.equal(Date.parse((api().requests[0].body as { expires_at: string }).expires_at), expiry + 30 * DAY);
    await expectProblems(uri, content, [], 'after Extend');
  });

  it('Raise the use limit (used up): one PUT of use_limit', async () => {
    const { uri, action, content } = await fix(L.expiredByUses, 'usedUp', 'Raise the use limit');
    await apply(action);
    assert.deepEqual(calls(api()), [`PUT /v1/links/${L.expiredByUses}`]);
    assert.deepEqual(api().requests[0].body, { use_limit: 50 });
    assert.equal(serverLink(api(), L.expiredByUses).status, 'active');
    await expectProblems(uri, content, [], 'after Raise');
  });

  it('Copy: no request, the URL in the clipboard', async () => {
    const { action } = await fix(L.paused, 'paused', 'Copy the URL');
    assert.equal(await apply(action), serverLink(api(), L.paused).url);
    assert.equal(await readClipboard(), serverLink(api(), L.paused).url);
    assert.deepEqual(calls(api()), []);
  });

  it('Replace with a new link: one POST like the old link, every use replaced in one edit, one undo', async () => {
    const content = [
      `Try ${shareUrl(L.expiredByUses)}?utm_source=docs.`,
      `id: ${L.expiredByUses}`,
      `again: [seats](${shareUrl(L.expiredByUses)})`,
      `other: ${L.paused}`,
      '',
    ].join('\n');
    const { uri, editor, action } = await fix(L.expiredByUses, 'usedUp', 'Replace with a new link', content, [
      ['usedUp', 'Warning', `${shareUrl(L.expiredByUses)}?utm_source=docs`],
      ['usedUp', 'Warning', L.expiredByUses],
      ['usedUp', 'Warning', shareUrl(L.expiredByUses)],
      ['paused', 'Warning', L.paused],
    ]);
    assert.deepEqual(action.command?.arguments?.slice(1), [L.expiredByUses]);
    // As the light bulb does, but with the create arguments a user would give in the flow (no prompts).
    const result = await vscode.commands.executeCommand<{ link: Link; replaced: number }>(
      action.command?.command ?? '', ...(action.command?.arguments ?? []), { expiresAt: '30d' },
    );
    assert.ok(result);
    assert.deepEqual(calls(api()), ['POST /v1/links']);
    const body = api().requests[0].body as Record<string, unknown>;
    assert.deepEqual({ agent: body.agent_id, name: body.name, limit: body.use_limit }, { agent: SEED.agents.onboarding, name: 'Workshop seats', limit: 25 });
    const { link, replaced } = result;
    assert.equal(replaced, 3);
    assert.equal(editor.document.getText(), content.split(shareUrl(L.expiredByUses)).join(link.url).split(L.expiredByUses).join(link.link_id));
    assert.ok(editor.document.getText().includes(`${link.url}?utm_source=docs.`), 'the query string was kept');
    await expectProblems(uri, editor.document.getText(), [['paused', 'Warning', L.paused]], 'after Replace');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), content, 'one undo takes every replacement back');
  });
});
