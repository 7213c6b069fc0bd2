// Links in files, as a user meets them in code-server with the packaged .vsix and the fake
// AgentHuman server: a Markdown file in the workspace uses a paused link; its URL gets a warning
// squiggle, the hover says "Paused", the Problems view lists it, and "Resume" chosen from the
// Problems view's quick fixes resumes the link (one PUT) and the problem goes. Screenshots of
// the hover and of the Problems view go to test-results/e2e/editor-*.png (the README's).
//
// The tests of this file depend on each other (one user, one session) and leave the workbench
// as they found it: no editor, no panel, no quick input.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, describe, it } from 'mocha';
import { e2e, RESULTS_DIR } from './env.mjs';
import { runCommand, settle, typeIntoQuickInput, waitUntil } from './workbench.mjs';

const PAUSED = 'lnk_Pp7rVw4Dk2Qa8Hn1Sf'; // "Partner preview" in the demo seed
const FILE = 'SHARE.md';
const CONTENT = `# Talk to us\n\nOur partners can try the agent here: https://app.agenthuman.com/s/${PAUSED}\n`;

/** A screenshot of one part of the page (with a margin), small enough for the README. */
async function clipShot(page, name, box, margin = 8) {
  const viewport = page.viewportSize();
  const x = Math.max(0, box.x - margin);
  const y = Math.max(0, box.y - margin);
  const clip = { x, y, width: Math.min(viewport.width - x, box.width + 2 * margin), height: Math.min(viewport.height - y, box.height + 2 * margin) };
  await settle(page);
  const file = path.join(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, clip });
  return file;
}

/** Where an element is drawn, once it is (the editor draws lines again as it colours them). */
function boxOf(locator, what) {
  return waitUntil(() => locator.boundingBox().catch(() => null), what);
}

/** The smallest box holding all of these. */
function union(...boxes) {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return { x, y, width: Math.max(...boxes.map((b) => b.x + b.width)) - x, height: Math.max(...boxes.map((b) => b.y + b.height)) - y };
}

const problemRows = (page) => page.locator('.markers-panel .monaco-list-row').filter({ hasText: 'is paused' });

describe('Links in files (end to end): hover, Problems, Resume from a quick fix', () => {
  let file;

  after(async () => {
    const { page } = await e2e();
    await page.keyboard.press('Escape');
    await runCommand(page, 'View: Close All Editors');
    await runCommand(page, 'View: Hide Panel').catch(() => undefined);
    if (file) fs.rmSync(file, { force: true });
  });

  it('opens a file that uses a paused link, hovers the link and sees its status', async () => {
    const { page, fake, apiKey, codeServer } = await e2e();
    // The demo key (the same key again changes nothing); the link as seeded: paused. When this
    // file runs first, the extension's commands reach the palette a moment after start-up.
    await page.locator('.activitybar .action-item a[aria-label^="AgentHuman"], .activitybar li.action-item[aria-label^="AgentHuman"]').first().waitFor({ state: 'attached', timeout: 30_000 });
    await runCommand(page, 'AgentHuman: Set API Key');
    const keyBox = page.locator('.quick-input-widget input[type="password"]');
    await keyBox.waitFor({ state: 'visible', timeout: 10_000 });
    await keyBox.fill(apiKey);
    // Enter counts once the box has checked what was typed (until then it holds the empty
    // value's error): press again until the box closes.
    await waitUntil(async () => {
      if (await keyBox.isVisible()) await keyBox.press('Enter').catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 300));
      return !(await keyBox.isVisible());
    }, 'the API key box to accept the key');
    assert.equal(fake.links().find((l) => l.link_id === PAUSED)?.status, 'paused');
    file = path.join(codeServer.workspace, FILE);
    fs.writeFileSync(file, CONTENT);

    await page.keyboard.press('Control+P');
    await typeIntoQuickInput(page, FILE, { submit: false });
    await page.locator('.quick-input-widget .quick-input-list .monaco-list-row').filter({ hasText: FILE }).first().click();
    const editor = page.locator('.editor-instance .monaco-editor').first();
    await editor.waitFor({ state: 'visible', timeout: 15_000 });
    await editor.locator('.squiggly-warning').first().waitFor({ state: 'attached', timeout: 20_000 });

    const box = await boxOf(editor.locator('.view-line span span').filter({ hasText: PAUSED.slice(0, 10) }).first(), 'the link to be drawn');
    await page.mouse.move(box.x + box.width - 20, box.y + box.height / 2);
    // The problem's part of the hover comes first, the link's own part when its provider answers.
    const hover = page.locator('.monaco-hover').filter({ hasText: 'Status: Paused' }).first();
    await hover.waitFor({ state: 'visible', timeout: 15_000 });
    await settle(page);
    const text = await hover.innerText();
    for (const part of ['is paused', 'Status: Paused', 'Uses: 5 of 20', 'Expires: never', 'Resume', 'Reveal in Links View']) assert.ok(text.includes(part), `the hover lacks "${part}":\n${text}`);
    const line = await boxOf(editor.locator('.view-line').filter({ hasText: PAUSED.slice(0, 10) }).first(), 'the line of the link');
    await clipShot(page, 'editor-hover', union(await boxOf(hover, 'the hover'), line));
  });

  it('applies "Resume" from the Problems view; the link is resumed with one PUT and the problem goes', async () => {
    const { page, fake } = await e2e();
    await page.mouse.move(0, 0);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+M');
    const row = problemRows(page).first();
    await row.waitFor({ state: 'visible', timeout: 15_000 });
    assert.match(await row.innerText(), /Share link “Partner preview” is paused/);
    await clipShot(page, 'editor-problems', await boxOf(page.locator('.part.panel').first(), 'the panel'), 0);

    fake.clearRequests();
    await row.click();
    await page.keyboard.press('Control+.');
    // The entry's quick fixes, in a context menu: it takes a click only once it is fully shown.
    const resume = page.locator('.context-view .monaco-menu .action-item').filter({ hasText: 'Resume link “Partner preview”' }).first();
    await resume.waitFor({ state: 'visible', timeout: 10_000 });
    await settle(page);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await resume.hover();
    await resume.click({ delay: 50 });

    await waitUntil(() => fake.links().find((l) => l.link_id === PAUSED)?.status === 'active', 'the link to be resumed on the server');
    await waitUntil(async () => (await problemRows(page).count()) === 0, 'the problem to leave the Problems view');
    await page.locator('.editor-instance .monaco-editor .squiggly-warning').first().waitFor({ state: 'detached', timeout: 10_000 });
    assert.deepEqual(fake.requests.map((r) => `${r.method} ${r.path} ${JSON.stringify(r.body)}`), [`PUT /v1/links/${PAUSED} {"status":"active"}`]);
  });
});
