// The user's journey of issue 5, in order, in code-server with the packaged .vsix and the fake
// AgentHuman server (demo seed): open the view from the activity bar, "Set API Key" from the
// welcome view, type the demo key, see the seeded links with their status icons, copy one
// from its context menu, create a link from the palette by keyboard (with one Back), see it
// in the tree, pause it from its context menu. Then a rejected key, as the user meets it.
// A screenshot of each stage goes to test-results/e2e/journey-*.png.
//
// The tests of this file depend on each other (one user, one session): they run in order and
// each starts where the previous one stopped.
import * as assert from 'node:assert/strict';
import { after, describe, it } from 'mocha';
import { e2e } from './env.mjs';
import {
  clickContextMenuItem,
  clickWelcomeButton,
  notifications,
  openActivityBarView,
  paletteRows,
  quickInput,
  quickInputMessage,
  readClipboard,
  readTreeItems,
  rightClickTreeItem,
  runCommand,
  settle,
  treeItem,
  typeIntoQuickInput,
  viewPane,
  waitUntil,
} from './workbench.mjs';

/** Seeded demo links (test/fake-api/seed.ts) by name. */
const SEEDED = [
  'Website chat – Support',
  'Spring campaign',
  'Beta testers',
  'Webinar follow-up',
  'Partner preview',
  'Launch week',
  'Workshop seats',
];
const NEW_LINK = 'Autumn webinar';
const REJECTED_KEY = 'ah_test_Zz9Yy8Xx7Ww6Vv5Uu4Tt3Ss2Rr1Qq0Pp';

/** The codicon of a tree row's icon, e.g. 'codicon-debug-pause'. */
function codicon(item) {
  return item?.icon.split(/\s+/).find((c) => /^codicon-/.test(c) && c !== 'codicon-') ?? '';
}

async function iconOf(page, label) {
  const items = await readTreeItems(page);
  const item = items.find((i) => i.label === label);
  assert.ok(item, `no tree item "${label}" (items: ${items.map((i) => i.label).join(', ')})`);
  return codicon(item);
}

/** Moves the mouse off the tree and closes an item's hover tooltip, which would cover other rows. */
async function dismissHover(page) {
  await page.mouse.move(0, 0);
  await page.keyboard.press('Escape');
  await page.locator('.monaco-hover').first().waitFor({ state: 'hidden', timeout: 5000 }).catch(() => undefined);
}

/** Waits until the open quick input's title shows step `n` (e.g. "Create Link (2/5)"). */
async function atStep(page, n) {
  await waitUntil(async () => (await quickInputMessage(page)).includes(`(${n}/5)`), `step ${n}/5 of Create Link`);
}

describe('A user in code-server (end to end): the AgentHuman Links journey', () => {
  after(async () => {
    // Leave the workbench as the other files expect it: no quick input, side bar closed (a
    // click on the activity-bar icon of an open view would close it instead of opening it).
    const { page } = await e2e();
    await page.keyboard.press('Escape');
    await runCommand(page, 'View: Close Primary Side Bar');
  });

  it('opens the AgentHuman view from the activity bar and sees the welcome view', async () => {
    const { page, screenshot } = await e2e();
    await openActivityBarView(page, 'AgentHuman');
    const pane = viewPane(page, 'Links');
    await pane.waitFor({ state: 'visible', timeout: 30_000 });
    const welcome = pane.locator('.welcome-view-content');
    await welcome.getByRole('button', { name: 'Set API Key' }).waitFor({ state: 'visible', timeout: 15_000 });
    assert.match(await welcome.innerText(), /Connect your AgentHuman account/);
    await screenshot('journey-01-welcome');
    // With no key, the palette does not offer to remove one.
    const rows = await paletteRows(page, 'AgentHuman: Remove API Key');
    await page.keyboard.press('Escape');
    assert.ok(!rows.some((label) => label.includes('Remove API Key')), `the palette offers: ${rows.join(', ')}`);
  });

  it('presses "Set API Key", types the demo key, and sees the seeded links with their status icons', async () => {
    const { page, fake, apiKey, screenshot } = await e2e();
    fake.clearRequests();
    await clickWelcomeButton(page, 'Set API Key');
    const input = await quickInput(page);
    await input.fill(apiKey);
    assert.equal(await input.getAttribute('type'), 'password', 'the key is typed into a password box');
    await screenshot('journey-02-set-api-key');
    await input.press('Enter');

    await treeItem(page, 'Spring campaign');
    await settle(page);
    const labels = (await readTreeItems(page)).map((i) => i.label);
    for (const name of SEEDED) assert.ok(labels.includes(name), `"${name}" is not in the tree (${labels.join(', ')})`);
    assert.ok(labels.some((l) => l.startsWith('Untitled link')), 'the unnamed link has no placeholder label');
    assert.equal(labels.length, 8);
    assert.deepEqual(fake.requests.filter((r) => r.method === 'GET' && r.path === '/v1/links').length, 1, 'the tree loaded with one GET');

    const active = await iconOf(page, 'Spring campaign');
    const paused = await iconOf(page, 'Partner preview');
    const expired = await iconOf(page, 'Launch week');
    assert.ok(active && paused && expired, `missing status icon: ${active} / ${paused} / ${expired}`);
    assert.equal(new Set([active, paused, expired]).size, 3, `active, paused and expired share an icon: ${active} / ${paused} / ${expired}`);
    assert.equal(await iconOf(page, 'Workshop seats'), expired, 'a link expired by its use limit looks different from one expired by date');
    await screenshot('journey-03-links');
  });

  it('right-clicks a link, chooses "Copy Link", and the clipboard holds its URL', async () => {
    const { page, fake, screenshot } = await e2e();
    await page.evaluate(() => globalThis.navigator.clipboard.writeText('(before copy)'));
    const { url } = fake.links().find((l) => l.name === 'Spring campaign');
    await dismissHover(page);
    await rightClickTreeItem(page, 'Spring campaign');
    await screenshot('journey-04-context-menu');
    await clickContextMenuItem(page, 'Copy Link');
    await waitUntil(async () => (await readClipboard(page)) !== '(before copy)', 'the clipboard to change');
    assert.equal(await readClipboard(page), url);
  });

  it('creates a link from the palette by keyboard, with one Back that keeps the earlier answer', async () => {
    const { page, fake, screenshot } = await e2e();
    fake.clearRequests();
    await runCommand(page, 'AgentHuman: Create Link…');

    // 1 agent: filter by typing, Enter picks the first match.
    await atStep(page, 1);
    await typeIntoQuickInput(page, 'Sales Assistant');
    // 2 name
    await atStep(page, 2);
    await typeIntoQuickInput(page, NEW_LINK);
    // 3 expiry: go Back by keyboard instead (Ctrl+Alt+- on Linux, VS Code's quickInputBack)...
    await atStep(page, 3);
    await page.keyboard.press('Control+Alt+Minus');
    await atStep(page, 2);
    assert.equal(await (await quickInput(page)).inputValue(), NEW_LINK, 'Back lost the name typed at step 2');
    await screenshot('journey-05-back-keeps-name');
    await (await quickInput(page)).press('Enter');
    // ...3 again: "In 7 days"
    await atStep(page, 3);
    await typeIntoQuickInput(page, 'In 7 days');
    // 4 use limit
    await atStep(page, 4);
    await typeIntoQuickInput(page, '50');
    // 5 confirm: the summary, "Create link" first
    await atStep(page, 5);
    const summary = await page.locator('.quick-input-widget .quick-input-list').innerText();
    for (const part of ['Sales Assistant', NEW_LINK, '50']) assert.ok(summary.includes(part), `the summary lacks "${part}":\n${summary}`);
    await screenshot('journey-06-confirm');
    await (await quickInput(page)).press('Enter');

    const newRow = await treeItem(page, NEW_LINK);
    await waitUntil(async () => (await newRow.getAttribute('aria-selected')) === 'true', 'the new link to be selected in the tree');
    const posts = fake.requests.filter((r) => r.method === 'POST');
    assert.equal(posts.length, 1, 'exactly one POST');
    assert.deepEqual(
      { agent: posts[0].body.agent_id, name: posts[0].body.name, limit: posts[0].body.use_limit },
      { agent: 'agnt_sal3Hx9Pm6Yc1Zd', name: NEW_LINK, limit: 50 },
    );
    const created = fake.links().find((l) => l.name === NEW_LINK);
    assert.ok(created, 'the link is not on the server');
    assert.equal(created.status, 'active');
    assert.equal(await iconOf(page, NEW_LINK), await iconOf(page, 'Spring campaign'), 'the new link does not show as active');
    await waitUntil(async () => (await notifications(page)).some((n) => n.includes(`Created link “${NEW_LINK}”`)), 'the "Created link" notification');
    await screenshot('journey-07-created');
  });

  it('pauses the new link from its context menu, and its item shows paused', async () => {
    const { page, fake, screenshot } = await e2e();
    fake.clearRequests();
    const pausedIcon = await iconOf(page, 'Partner preview');
    assert.notEqual(await iconOf(page, NEW_LINK), pausedIcon);
    await dismissHover(page);
    await rightClickTreeItem(page, NEW_LINK);
    await clickContextMenuItem(page, 'Pause Link');
    await waitUntil(async () => (await iconOf(page, NEW_LINK)) === pausedIcon, `"${NEW_LINK}" to show the paused icon`);
    assert.equal(fake.links().find((l) => l.name === NEW_LINK)?.status, 'paused');
    assert.deepEqual(fake.requests.map((r) => `${r.method} ${JSON.stringify(r.body)}`), ['PUT {"status":"paused"}']);
    // The context menu now offers Resume, not Pause.
    await dismissHover(page);
    await rightClickTreeItem(page, NEW_LINK);
    const menu = await page.locator('.context-view .monaco-menu .action-item').allInnerTexts();
    await page.keyboard.press('Escape');
    assert.ok(menu.some((t) => t.includes('Resume Link')) && !menu.some((t) => t.includes('Pause Link')), `menu: ${menu.join(' | ')}`);
    await screenshot('journey-08-paused');
  });

  it('with a rejected key, sees one "key was rejected" prompt however often it refreshes, and recovers through it', async () => {
    const { page, fake, apiKey, screenshot } = await e2e();
    await runCommand(page, 'Notifications: Clear All Notifications');
    fake.clearRequests();
    await runCommand(page, 'AgentHuman: Set API Key');
    await typeIntoQuickInput(page, REJECTED_KEY);
    const rejected = async () => (await notifications(page)).filter((n) => n.includes('API key was rejected'));
    await waitUntil(async () => (await rejected()).length > 0, 'the "API key was rejected" prompt');

    // The user refreshes twice while the prompt is up: still one prompt, one request each.
    await runCommand(page, 'AgentHuman: Refresh Links');
    await runCommand(page, 'AgentHuman: Refresh Links');
    await waitUntil(() => fake.requests.length >= 3, 'three GET /v1/links');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.equal((await rejected()).length, 1, `prompts: ${JSON.stringify(await notifications(page))}`);
    assert.equal(fake.requests.length, 3, `requests: ${fake.requests.map((r) => `${r.method} ${r.path} ${r.status}`).join(', ')}`);
    assert.ok(fake.requests.every((r) => r.status === 401));
    await screenshot('journey-09-key-rejected');

    // "Update API Key" on the prompt, the good key, and the links are back.
    await page.locator('.notifications-toasts .notification-list-item').filter({ hasText: 'API key was rejected' })
      .getByRole('button', { name: 'Update API Key' }).click();
    const before = fake.requests.length;
    await typeIntoQuickInput(page, apiKey);
    await treeItem(page, 'Spring campaign');
    assert.equal((await rejected()).length, 0, 'the prompt stayed after the key was replaced');
    // One action, one request: the view reloads for the new key, and the three refreshes that
    // failed with 401 (each offered to try again once a new key is stored) share that one load.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const after = fake.requests.slice(before);
    assert.deepEqual(after.map((r) => `${r.method} ${r.path} ${r.status}`), ['GET /v1/links 200'], 'the new key was used for more than one list request');
    assert.equal(after[0].headers['x-api-key'], apiKey);
  });
});
