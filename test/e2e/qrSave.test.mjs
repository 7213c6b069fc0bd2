// "Save as SVG" on a QR code panel, as a user does it: the save dialog proposes a file in a
// folder that exists and can be written (the workspace folder, which VS Code can write), and
// Enter saves the code there. In code-server the extension runs beside the files (its
// workspace extension host); see src/qr/qrPanel.ts `defaultFolder` for the remote window.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, describe, it } from 'mocha';
import { e2e } from './env.mjs';
import { openActivityBarView, pickQuickPickItem, quickInput, runCommand } from './workbench.mjs';

/** The frame of the webview whose page has a button posting `command`. */
async function webviewWith(page, command, timeoutMs = 15_000) {
  const selector = `button[data-command="${command}"]`;
  for (const deadline = Date.now() + timeoutMs; ; ) {
    for (const frame of page.frames()) {
      if (await frame.locator(selector).count().catch(() => 0)) return frame.locator(selector);
    }
    if (Date.now() > deadline) throw new Error(`no webview with ${selector}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('Saving a QR code (end to end)', () => {
  let saved;

  after(async () => {
    const { page } = await e2e();
    await page.keyboard.press('Escape');
    await runCommand(page, 'View: Close All Editors');
    await runCommand(page, 'View: Close Primary Side Bar');
    if (saved) fs.rmSync(saved, { force: true });
  });

  it('"Save as SVG" proposes a writable folder, and Enter saves the code there', async () => {
    const { page, apiKey, codeServer, screenshot } = await e2e();
    await openActivityBarView(page, 'AgentHuman');
    await runCommand(page, 'AgentHuman: Set API Key');
    // Typed once the key box shows its title: until then the extension host may still be
    // setting the box up (and clear what was typed).
    await page.locator('.quick-input-widget .quick-input-title', { hasText: 'AgentHuman API Key' }).waitFor({ timeout: 10_000 });
    const keyBox = page.locator('.quick-input-widget input[type="password"]');
    await keyBox.fill(apiKey);
    await keyBox.press('Enter');
    await page.locator('.statusbar-item', { hasText: 'API key saved' }).first().waitFor({ timeout: 10_000 });
    await runCommand(page, 'AgentHuman: Show QR Code');
    await pickQuickPickItem(page, 'Spring campaign');
    await (await webviewWith(page, 'saveSvg')).click();

    // VS Code's own save dialog (code-server has no native one): its path box fills in the
    // folder first, then the file name.
    const input = await quickInput(page);
    let proposed = '';
    for (const deadline = Date.now() + 10_000; !proposed.endsWith('.svg') && Date.now() < deadline; ) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      proposed = await input.inputValue();
    }
    await screenshot('qr-save-dialog');
    assert.ok(path.isAbsolute(proposed) && proposed.endsWith('.svg'), `the dialog proposed "${proposed}"`);
    const folder = path.dirname(proposed);
    assert.equal(folder, codeServer.workspace, 'the dialog did not start in the workspace folder');
    fs.accessSync(folder, fs.constants.W_OK);
    assert.ok(!fs.existsSync(proposed), `${proposed} exists already`);

    await input.press('Enter');
    saved = proposed;
    const written = () => (fs.existsSync(proposed) ? fs.readFileSync(proposed, 'utf8') : '');
    for (const deadline = Date.now() + 10_000; !written().endsWith('</svg>\n'); ) {
      if (Date.now() > deadline) throw new Error(`${proposed} was not written (it holds: ${written().slice(0, 80)})`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    assert.match(written(), /^<\?xml[^]*<svg/);
  });
});
