// Restricted Mode: a user opens a folder they do not trust. The extension reads nothing from the
// workspace (its base URL is an application setting, the key is in secret storage), so it
// declares `capabilities.untrustedWorkspaces.supported: true` and must work there as anywhere.
// Without that declaration VS Code disables it in an untrusted folder: no AgentHuman icon at all.
//
// This file starts a code-server of its own, with workspace trust on (the shared one of env.mjs
// runs with trust off so that no prompt gets in the way of the other tests).
import * as assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'mocha';
import { startE2E } from './env.mjs';
import { clickWelcomeButton, openActivityBarView, quickInput, readTreeItems, treeItem } from './workbench.mjs';

/** The status-bar item VS Code shows while the window is in Restricted Mode. */
const restrictedModeItem = (page) => page.locator('.statusbar-item').filter({ hasText: 'Restricted Mode' }).first();

describe('In Restricted Mode (an untrusted folder, end to end)', () => {
  let env;

  before(async () => {
    env = await startE2E({ workspaceTrust: true });
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && env) {
      console.log(`      screenshot: ${await env.screenshot(`FAILED-restricted-mode-${this.currentTest.title.replace(/[^\w.-]+/g, '_').slice(0, 80)}`)}`);
    }
  });

  after(async () => {
    await env?.stop();
  });

  it('opens the folder in Restricted Mode', async () => {
    const { page } = env;
    // Should VS Code ask whether to trust the folder's authors, answer as a cautious user does.
    const dontTrust = page.locator('.monaco-dialog-box').getByRole('button', { name: /don't trust/i });
    if (await dontTrust.isVisible().catch(() => false)) await dontTrust.click();
    await restrictedModeItem(page).waitFor({ state: 'visible', timeout: 30_000 });
  });

  it('shows the Links view, takes the key and lists the links', async () => {
    const { page, fake, apiKey, screenshot } = env;
    await openActivityBarView(page, 'AgentHuman');
    await clickWelcomeButton(page, 'Set API Key');
    const input = await quickInput(page);
    await input.fill(apiKey);
    await input.press('Enter');
    await treeItem(page, 'Spring campaign');
    const labels = (await readTreeItems(page)).map((i) => i.label);
    const seeded = fake.links().map((l) => l.name).filter(Boolean);
    assert.deepEqual(seeded.filter((name) => !labels.includes(name)), [], `seeded links missing from the tree (${labels.join(', ')})`);
    assert.ok(fake.requests.some((r) => r.method === 'GET' && r.path === '/v1/links' && r.account === 'demo'), 'the list was loaded with the demo key');
    assert.ok(await restrictedModeItem(page).isVisible(), 'the window left Restricted Mode');
    await screenshot('restricted-mode-links');
  });
});
