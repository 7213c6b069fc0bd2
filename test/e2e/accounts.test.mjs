// Several accounts (issue 14) as a user meets them in code-server: the first key from the welcome
// view as before, a second account from the view's menu, both in VS Code's Accounts menu (the
// activity bar, bottom left), a switch back from the view's title bar, a sign-out from the
// Accounts menu, and the last account removed. Screenshots go to test-results/e2e/accounts-*.png;
// `accounts-readme.png` there is the small crop that media/screenshots/accounts.png (README) is a
// copy of (copied by hand, so that a test run leaves the work tree as it was).
//
// The environment is shared with the other files (test/e2e/env.mjs) and this file runs first
// (by name): it ends as it began, with no account and the side bar closed, as journey.test.mjs
// expects. The tests depend on each other and run in order.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, describe, it } from 'mocha';
import { e2e, fakeServerModule, RESULTS_DIR } from './env.mjs';
import {
  clickViewTitleAction,
  clickWelcomeButton,
  openActivityBarView,
  pickQuickPickItem,
  quickInput,
  readTreeItems,
  runCommand,
  settle,
  treeItem,
  typeIntoQuickInput,
  viewPane,
  waitUntil,
} from './workbench.mjs';

const DEMO = 'Test …J0gA';
const OTHER = 'Test …H0jL';
const DEMO_LINK = 'Spring campaign';
const OTHER_LINK = 'Lobby kiosk';
const README_SHOT = path.join(RESULTS_DIR, 'accounts-readme.png');

async function treeLabels(page) {
  return (await readTreeItems(page)).map((i) => i.label);
}

/** Opens the Accounts menu (activity bar, bottom left) and returns its entries' texts. */
async function openAccountsMenu(page) {
  await page.locator('.activitybar .action-item a[aria-label^="Accounts"]').first().click();
  const menu = page.locator('.context-view .monaco-menu').first();
  await menu.locator('.action-item').first().waitFor({ state: 'visible', timeout: 10_000 });
  await settle(page);
  return (await menu.locator('.action-item').allInnerTexts()).map((t) => t.trim()).filter(Boolean);
}

/** The AgentHuman entries of the Accounts menu (opens and closes it). */
async function agentHumanAccounts(page) {
  const entries = await openAccountsMenu(page);
  await page.keyboard.press('Escape');
  return entries.filter((t) => t.endsWith('(AgentHuman)'));
}

/** The rows of the Accounts view: "label description". */
async function accountRows(page) {
  return (await readTreeItems(page, 'Accounts')).map((i) => `${i.label} ${i.description}`.trim());
}

/** The Links view's description (the current account, and the filter), as the view sets it. */
async function viewDescription(page) {
  return (await viewPane(page).locator('.pane-header .description').first().textContent())?.trim() ?? '';
}

/** Clicks the button `name` of the workbench's modal dialog. */
async function answerDialog(page, name) {
  const dialog = page.locator('.monaco-dialog-box').first();
  await dialog.waitFor({ state: 'visible', timeout: 10_000 });
  const text = await dialog.innerText();
  await dialog.getByRole('button', { name }).first().click();
  await dialog.waitFor({ state: 'hidden', timeout: 10_000 });
  return text;
}

/** The extension's log (its output channel, as code-server writes it to the user-data folder). */
function extensionLog(userDataDir) {
  const found = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('AgentHuman.log')) found.push(full);
    }
  };
  walk(path.join(userDataDir, 'logs'));
  return found.map((file) => fs.readFileSync(file, 'utf8')).join('\n');
}

describe('Accounts in code-server (end to end): a second account, the Accounts menu, the switch', () => {
  after(async () => {
    // Leave the workbench as the other files expect it: no account (also when a test failed
    // half-way), no quick input, side bar closed.
    const { page } = await e2e();
    await page.keyboard.press('Escape');
    for (let left = (await agentHumanAccounts(page)).length; left > 0; left--) {
      await runCommand(page, 'AgentHuman: Remove Account…');
      if (left > 1) await (await quickInput(page)).press('Enter');
      await answerDialog(page, 'Remove Account');
    }
    await runCommand(page, 'View: Close Primary Side Bar');
  });

  it('sets the first key from the welcome view, as before accounts existed', async () => {
    const { page, apiKey } = await e2e();
    await openActivityBarView(page, 'AgentHuman');
    await clickWelcomeButton(page, 'Set API Key');
    const input = await quickInput(page);
    await input.fill(apiKey);
    await input.press('Enter');
    await treeItem(page, DEMO_LINK);
    assert.equal(await viewDescription(page), `TEST · ${DEMO}`);
  });

  it('adds a second account from the Accounts view and sees its links', async () => {
    const { page, fake } = await e2e();
    fake.clearRequests();
    // With a first account, an Accounts view shows under the Links view: each view has its own
    // header again, and the Links view's description (the account) is visible next to its title.
    await waitUntil(async () => (await accountRows(page)).length === 1, 'the Accounts view with the first account');
    assert.deepEqual(await accountRows(page), [`${DEMO} TEST · current`]);
    assert.ok(await viewPane(page, 'Links').locator('.pane-header .description').first().isVisible(), 'the account is shown next to the Links view\'s title');
    await clickViewTitleAction(page, 'Accounts', 'Add Account');
    const { OTHER_API_KEY } = fakeServerModule();
    await typeIntoQuickInput(page, OTHER_API_KEY);
    await treeItem(page, OTHER_LINK);
    await waitUntil(async () => !(await treeLabels(page)).includes(DEMO_LINK), 'the first account\'s links to leave the tree');
    assert.equal(await viewDescription(page), `TEST · ${OTHER}`);
    assert.deepEqual(fake.requests.map((r) => `${r.method} ${r.path} ${r.account}`), ['GET /v1/links other']);
    await waitUntil(async () => (await accountRows(page)).join() === [`${DEMO} TEST`, `${OTHER} TEST · current`].join(), 'both accounts, the new one current');
  });

  it('sees both accounts in the Accounts menu (activity bar, bottom left)', async () => {
    const { page, screenshot } = await e2e();
    // A smaller window for a compact picture; the tests after this one get the usual size back.
    const size = page.viewportSize();
    await page.setViewportSize({ width: 760, height: 470 });
    try {
      const entries = await openAccountsMenu(page);
      assert.deepEqual(entries.filter((t) => t.endsWith('(AgentHuman)')), [`${DEMO} (AgentHuman)`, `${OTHER} (AgentHuman)`]);
      await screenshot('accounts-01-menu');
      await page.screenshot({ path: README_SHOT, clip: { x: 0, y: 0, width: 470, height: 470 } });
      await page.keyboard.press('Escape');
    } finally {
      await page.setViewportSize(size);
    }
    assert.ok(fs.statSync(README_SHOT).size < 80_000, 'the README screenshot is small');
  });

  it('switches back from the view\'s title bar: the first account\'s links, from its cache, then one refresh', async () => {
    const { page, fake, apiKey } = await e2e();
    fake.clearRequests();
    await clickViewTitleAction(page, 'Links', 'Switch Account');
    await pickQuickPickItem(page, DEMO);
    await treeItem(page, DEMO_LINK);
    assert.ok(!(await treeLabels(page)).includes(OTHER_LINK));
    assert.equal(await viewDescription(page), `TEST · ${DEMO}`);
    await waitUntil(() => fake.requests.length >= 1, 'the refresh after the switch');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.deepEqual(fake.requests.map((r) => `${r.method} ${r.path} ${r.account}`), ['GET /v1/links demo']);
    assert.equal(fake.requests[0].headers['x-api-key'], apiKey);
  });

  it('switches by clicking an account in the Accounts view, and back', async () => {
    const { page, fake } = await e2e();
    fake.clearRequests();
    await (await treeItem(page, OTHER, { viewName: 'Accounts' })).click();
    await treeItem(page, OTHER_LINK);
    assert.equal(await viewDescription(page), `TEST · ${OTHER}`);
    await waitUntil(async () => (await accountRows(page)).join() === [`${DEMO} TEST`, `${OTHER} TEST · current`].join(), 'the other account current');
    await (await treeItem(page, DEMO, { viewName: 'Accounts' })).click();
    await treeItem(page, DEMO_LINK);
    assert.equal(await viewDescription(page), `TEST · ${DEMO}`);
    assert.ok(fake.requests.every((r) => r.account === (r.headers['x-api-key'] === fakeServerModule().OTHER_API_KEY ? 'other' : 'demo')));
  });

  it('signs out of the other account in the Accounts menu: the account and its key are gone', async () => {
    const { page, codeServer, screenshot } = await e2e();
    await openAccountsMenu(page);
    await page.locator('.context-view .monaco-menu .action-item').filter({ hasText: `${OTHER} (AgentHuman)` }).first().hover();
    // The submenu is inside its parent's item: the item itself, by its exact name.
    const signOut = page.locator('.context-view').getByRole('menuitem', { name: 'Sign Out', exact: true }).first();
    await signOut.waitFor({ state: 'visible', timeout: 10_000 });
    await settle(page);
    await signOut.click();
    const asked = await answerDialog(page, 'Sign Out');
    assert.match(asked, new RegExp(`Sign out of '${OTHER}'`));
    await waitUntil(async () => (await agentHumanAccounts(page)).length === 1, 'the Accounts menu to drop the signed-out account');
    assert.deepEqual(await agentHumanAccounts(page), [`${DEMO} (AgentHuman)`]);
    await screenshot('accounts-02-signed-out');
    // The current account stays; with one account left, the title bar offers no switch.
    assert.equal(await viewDescription(page), `TEST · ${DEMO}`);
    await waitUntil(async () => (await page.locator('.sidebar .composite.title a[aria-label^="Switch Account"]').count()) === 0, 'the Switch Account button to go');
    const log = await waitUntil(() => {
      const text = extensionLog(codeServer.userDataDir);
      return text.includes(`Removed the account “${OTHER}”; its key was deleted from secret storage.`) && text;
    }, 'the log to record the deleted key');
    assert.match(log, new RegExp(`Signed out of “${OTHER}” from the Accounts menu`));
  });

  it('removes the last account: the welcome view asks for a key again', async () => {
    const { page } = await e2e();
    await runCommand(page, 'AgentHuman: Remove Account…');
    const asked = await answerDialog(page, 'Remove Account');
    assert.match(asked, new RegExp(`Remove the AgentHuman account “${DEMO}” from VS Code\\?`));
    await viewPane(page).locator('.welcome-view-content').getByRole('button', { name: 'Set API Key' }).first().waitFor({ state: 'visible', timeout: 15_000 });
    assert.deepEqual(await agentHumanAccounts(page), []);
  });
});
