// First end-to-end check: the packaged extension's activity-bar icon opens its view.
import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { e2e } from './env.mjs';
import { openActivityBarView, readClipboard, viewPane } from './workbench.mjs';

describe('AgentHuman Links in code-server (end to end)', () => {
  it('opens the AgentHuman view from the activity bar', async () => {
    const { page, screenshot } = await e2e();
    await openActivityBarView(page, 'AgentHuman');
    const pane = viewPane(page, 'Links');
    await pane.waitFor({ state: 'visible', timeout: 30_000 });
    assert.ok(await pane.isVisible(), 'the Links view is not visible');
    const file = await screenshot('01-agenthuman-view');
    assert.ok(file.endsWith('.png'));
  });

  it("lets tests read the browser's clipboard (for the copy checks)", async () => {
    const { page } = await e2e();
    const text = `clipboard check ${Date.now()}`;
    await page.evaluate((t) => globalThis.navigator.clipboard.writeText(t), text);
    assert.equal(await readClipboard(page), text);
  });
});
