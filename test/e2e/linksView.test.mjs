// The Links view as a keyboard user and a tidy user meet it, in code-server with the packaged
// extension and the fake API (demo seed): its keybindings (Ctrl+C, F2, Delete, Enter) act on the
// selected link and only in the view; Sort Links By… orders it, says so and is remembered; the
// palette hides what makes no sense; the optional status-bar count shows the links that need
// attention and a click filters to them.
import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { repoRoot } from '../harness/util.mjs';
import { e2e } from './env.mjs';
import {
  notifications,
  openActivityBarView,
  paletteRows,
  pickQuickPickItem,
  quickInput,
  quickInputMessage,
  readClipboard,
  runCommand,
  settle,
  treeItem,
  typeIntoQuickInput,
  setBooleanSetting,
  viewDescription,
  viewPane,
  waitUntil,
} from './workbench.mjs';

/** How many links the view shows at first, and adds on each "Show More" (src/linksView/viewPages.ts). */
const { PAGE_SIZE } = createRequire(import.meta.url)(path.join(repoRoot, 'out', 'src', 'linksView', 'viewPages.js'));

/** The current account as the description names it (the demo key's default label), then the rest. */
const ACCOUNT = 'TEST · Test …J0gA';
const described = (...parts) => [ACCOUNT, ...parts].join(' · ');

/** The labels of the rows, read in one go (rows come and go while the tree updates). */
async function labels(page) {
  return (await viewPane(page, 'Links').locator('.monaco-list-row .label-name').allInnerTexts()).map((l) => l.trim());
}

/** Clicks a row (selects it and gives the view the keyboard focus). */
async function select(page, label) {
  const row = await treeItem(page, label);
  await row.click();
  await page.mouse.move(0, 0); // no hover tooltip over the rows
  return row;
}

describe('The Links view by keyboard, sorted, and counted in the status bar (end to end)', () => {
  before(async () => {
    const { page, fake, apiKey } = await e2e();
    fake.reset();
    await page.keyboard.press('Escape');
    await openActivityBarView(page, 'AgentHuman');
    await runCommand(page, 'AgentHuman: Set API Key');
    await typeIntoQuickInput(page, apiKey);
    // The same key may have been set before (another test file): reload the fresh seed.
    await runCommand(page, 'AgentHuman: Refresh Links');
    await waitUntil(async () => (await labels(page)).length === 8 && (await labels(page)).includes('Spring campaign'), 'the eight seeded links');
  });

  after(async () => {
    const { page } = await e2e();
    await setBooleanSetting(page, 'agenthuman.statusBar.attention', false);
    await page.keyboard.press('Escape');
    await runCommand(page, 'AgentHuman: Clear Filter').catch(() => undefined);
    await page.keyboard.press('Escape');
    await runCommand(page, 'View: Close Primary Side Bar');
  });

  it('sorts by expiry (soonest first), says so next to the title, and keeps it after a reload', async () => {
    const { page, screenshot } = await e2e();
    assert.equal(await viewDescription(page), ACCOUNT, 'only the account before any choice');
    assert.ok(await viewPane(page, 'Links').locator('.pane-header .description').first().isVisible(), 'the description is shown next to the view\'s title');
    await runCommand(page, 'AgentHuman: Sort Links By…');
    await pickQuickPickItem(page, 'Expiry');
    await waitUntil(async () => (await viewDescription(page)) === described('Sort: Expiry'), 'the description "… · Sort: Expiry"');
    const soonest = ['Launch week', 'Webinar follow-up', 'Spring campaign'];
    await waitUntil(async () => (await labels(page)).slice(0, 3).join() === soonest.join(), `the order ${soonest.join(', ')}`);
    const sorted = await labels(page);
    await screenshot('links-view-sorted');

    await page.reload({ waitUntil: 'domcontentloaded' });
    await openActivityBarView(page, 'AgentHuman');
    await treeItem(page, 'Spring campaign');
    assert.equal(await viewDescription(page), described('Sort: Expiry'), 'the order is remembered');
    assert.deepEqual((await labels(page)).slice(0, 3), sorted.slice(0, 3));

    await runCommand(page, 'AgentHuman: Sort Links By…');
    await pickQuickPickItem(page, 'Created');
    await waitUntil(async () => (await viewDescription(page)) === ACCOUNT, 'the description to clear');
    await waitUntil(async () => (await labels(page))[0] === 'Untitled link (lnk_Nn1oNa5Me7Cq3Wz9Li)', 'newest first again');
  });

  it('Ctrl+C copies the selected link, F2 renames it, Delete asks first, Enter opens it', async () => {
    const { page, fake } = await e2e();
    const spring = fake.links().find((l) => l.name === 'Spring campaign');
    await page.evaluate(() => globalThis.navigator.clipboard.writeText('(before)'));
    await select(page, 'Spring campaign');
    await page.keyboard.press('Control+C');
    await waitUntil(async () => (await readClipboard(page)) === spring.url, 'the URL on the clipboard');

    fake.clearRequests();
    await page.keyboard.press('F2');
    const input = await quickInput(page);
    assert.equal(await input.inputValue(), 'Spring campaign', 'the name is prefilled');
    assert.match(await quickInputMessage(page), /Rename Link “Spring campaign”/);
    await input.fill('Spring campaign (renamed)');
    await input.press('Enter');
    await treeItem(page, 'Spring campaign (renamed)');
    assert.deepEqual(fake.requests.map((r) => `${r.method} ${r.path} ${JSON.stringify(r.body)}`), [`PUT /v1/links/${spring.link_id} {"name":"Spring campaign (renamed)"}`]);

    fake.clearRequests();
    await select(page, 'Beta testers');
    await page.keyboard.press('Delete');
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor({ state: 'visible', timeout: 10_000 });
    assert.match(await dialog.innerText(), /Delete link “Beta testers”\?/);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden', timeout: 10_000 });
    assert.deepEqual(fake.requests, [], 'nothing is deleted without the confirmation');

    await select(page, 'Partner preview');
    await page.keyboard.press('Enter');
    // code-server asks before it opens an outside address in a new tab: that is the link opening.
    await dialog.waitFor({ state: 'visible', timeout: 10_000 });
    const asked = await dialog.innerText();
    assert.match(asked, new RegExp(fake.links().find((l) => l.name === 'Partner preview').link_id), asked);
    await page.keyboard.press('Escape');
  });

  it('the keys act only in the Links view: Ctrl+C in an editor copies nothing of ours', async () => {
    const { page, fake } = await e2e();
    await select(page, 'Partner preview');
    await page.evaluate(() => globalThis.navigator.clipboard.writeText('(untouched)'));
    await runCommand(page, 'File: New Untitled Text File');
    await page.locator('.monaco-editor .view-lines').first().waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.type('some text');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+C');
    await settle(page, 500);
    const copied = await readClipboard(page);
    assert.notEqual(copied, fake.links().find((l) => l.name === 'Partner preview').url, 'the link was copied from an editor');
    await runCommand(page, 'View: Revert and Close Editor');
  });

  it('the palette offers Clear Filter only under a filter, and Remove API Key with a key', async () => {
    const { page } = await e2e();
    assert.ok(!(await paletteRows(page, 'AgentHuman: Clear Filter')).some((l) => l.includes('Clear Filter')), 'Clear Filter offered with no filter');
    await page.keyboard.press('Escape');
    await runCommand(page, 'AgentHuman: Filter Links…');
    await pickQuickPickItem(page, 'Paused');
    await waitUntil(async () => (await viewDescription(page)) === described('Filter: Paused'), 'the filter');
    assert.ok((await paletteRows(page, 'AgentHuman: Clear Filter')).some((l) => l.includes('Clear Filter')), 'Clear Filter not offered under a filter');
    await page.keyboard.press('Escape');
    assert.ok((await paletteRows(page, 'AgentHuman: Remove API Key')).some((l) => l.includes('Remove API Key')), 'Remove API Key not offered with a key');
    await page.keyboard.press('Escape');
    await runCommand(page, 'AgentHuman: Clear Filter');
    await waitUntil(async () => (await viewDescription(page)) === ACCOUNT, 'the filter to clear');
  });

  it('counts the links that need attention in the status bar when asked, and a click shows them', async () => {
    const { page, screenshot } = await e2e();
    const item = page.locator('[id="agenthuman-links.agenthuman-links.agenthuman.attention"]');
    assert.equal(await item.count(), 0, 'off by default');
    await setBooleanSetting(page, 'agenthuman.statusBar.attention', true);
    await item.first().waitFor({ state: 'visible', timeout: 15_000 });
    assert.equal((await item.first().innerText()).trim(), '2', 'Beta testers (46/50) and Webinar follow-up (6 h)');
    await screenshot('status-bar-attention');
    await item.first().click();
    await waitUntil(async () => (await viewDescription(page)) === described('Filter: Needs attention'), 'the view filtered to them');
    await waitUntil(async () => (await labels(page)).sort().join() === 'Beta testers,Webinar follow-up', 'the two links that need attention');
    assert.ok(await viewPane(page, 'Links').isVisible());
    assert.equal((await notifications(page)).filter((n) => /error/i.test(n)).length, 0);
  });

  it('shows an account of 5,000 links a page at a time: a "Show … More" row at the end shows the next page', async () => {
    const { page, fake, screenshot } = await e2e();
    const rows = viewPane(page, 'Links').locator('.monaco-list-row');
    const rowCount = async () => Number(await rows.first().getAttribute('aria-setsize'));
    fake.reset('many');
    try {
      await runCommand(page, 'AgentHuman: Clear Filter');
      await runCommand(page, 'AgentHuman: Refresh Links');
      await waitUntil(async () => (await rowCount()) === PAGE_SIZE + 1, 'the first page of links and one row more');
      await rows.first().click();
      await page.keyboard.press('End');
      const more = viewPane(page, 'Links').locator(`.monaco-list-row[aria-posinset="${PAGE_SIZE + 1}"]`);
      const expected = `Show ${PAGE_SIZE} More · ${PAGE_SIZE} of 5,000 shown`;
      let seen = '';
      const text = async (part) => (await more.locator(part).first().innerText({ timeout: 1000 }).catch(() => '')).trim();
      await waitUntil(async () => (seen = `${await text('.label-name')} · ${await text('.label-description')}`) === expected, () => `the row "${expected}", last (last seen: "${seen}")`);
      await page.mouse.move(0, 0);
      await screenshot('links-view-show-more');
      await more.click();
      await waitUntil(async () => (await rowCount()) === 2 * PAGE_SIZE + 1, 'the next page of links and the row after them');
      // The keyboard goes on from where the row was: the first link of the new page is selected.
      const selected = viewPane(page, 'Links').locator('.monaco-list-row.selected');
      await waitUntil(async () => (await selected.getAttribute('aria-posinset').catch(() => null)) === String(PAGE_SIZE + 1), 'the first new link selected');
      assert.match((await selected.innerText()).trim(), /^\S/, 'a link row, not the Show More row');
      assert.doesNotMatch(await selected.innerText(), /Show \d+ More/);
    } finally {
      fake.reset();
      await runCommand(page, 'AgentHuman: Refresh Links');
      await waitUntil(async () => (await labels(page)).length === 8, 'the eight seeded links again');
    }
  });
});
