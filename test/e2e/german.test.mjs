// A German user: VS Code runs in German (code-server with --locale de and a language pack, see
// test/harness/code-server.mjs), so the extension speaks German everywhere it can: the welcome
// view and the command palette (package.nls.de.json), the prompts, the tree and the flows
// (l10n/bundle.l10n.de.json), and its dates and durations are written the German way. VS Code's
// own words stay English: the test language pack translates none of them.
//
// This file starts a code-server of its own (the shared one of env.mjs runs in English).
import * as assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'mocha';
import { startE2E } from './env.mjs';
import {
  clickWelcomeButton, openActivityBarView, openCommandPalette, paletteRows, quickInput, quickInputMessage, readTreeItems, treeItem, viewPane, waitUntil,
} from './workbench.mjs';

/** "Di., 1. Dez. 2026, 12:00": a date and time as German writes it. */
const GERMAN_DATE_TIME = /(Mo|Di|Mi|Do|Fr|Sa|So)\., \d{1,2}\. \S+ \d{4}, \d{2}:\d{2}/;

describe('In German (end to end)', () => {
  let env;

  before(async () => {
    env = await startE2E({ language: 'de' });
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && env) {
      console.log(`      screenshot: ${await env.screenshot(`FAILED-german-${this.currentTest.title.replace(/[^\w.-]+/g, '_').slice(0, 80)}`)}`);
    }
  });

  after(async () => {
    await env?.stop();
  });

  it('welcomes in German, asks for the key in German, and lists the links with German words', async () => {
    const { page, apiKey, screenshot } = env;
    await openActivityBarView(page, 'AgentHuman');
    const welcome = viewPane(page, 'Links').locator('.welcome-view-content');
    await welcome.getByText('Verbinden Sie Ihr AgentHuman-Konto', { exact: false }).first().waitFor({ timeout: 15_000 });
    await clickWelcomeButton(page, 'API-Schlüssel festlegen');
    const input = await quickInput(page);
    assert.match(await quickInputMessage(page), /Fügen Sie einen API-Schlüssel aus dem AgentHuman-Dashboard ein/);
    await input.fill(apiKey);
    await input.press('Enter');
    await treeItem(page, 'Spring campaign');
    const items = await readTreeItems(page);
    const spring = items.find((item) => item.label === 'Spring campaign');
    assert.ok(spring, items.map((item) => item.label).join(', '));
    assert.match(spring.description, /^\d+\/(\d+|∞) Nutzungen · (läuft (in .+|nie) ab|.+ abgelaufen)$/, spring.description);
    assert.match(spring.ariaLabel, /Spring campaign, (Aktiv|Pausiert|Abgelaufen), /, spring.ariaLabel);
    await screenshot('german-links-view');
  });

  it('offers its commands in the palette with their German titles', async () => {
    const { page } = env;
    const rows = await paletteRows(page, 'AgentHuman: Link');
    await page.keyboard.press('Escape');
    for (const title of ['AgentHuman: Link kopieren', 'AgentHuman: Link erstellen…', 'AgentHuman: Link pausieren']) {
      assert.ok(rows.includes(title), `the palette lacks "${title}": ${rows.join(' | ')}`);
    }
  });

  it('writes the dates of the Create Link flow the German way', async () => {
    const { page, screenshot } = env;
    const palette = await openCommandPalette(page);
    await palette.fill('>AgentHuman: Link erstellen');
    await page.locator('.quick-input-widget .quick-input-list .monaco-list-row').filter({ hasText: 'AgentHuman: Link erstellen…' }).first().click();
    // Step 1: the agent (the first one), step 2: no name; step 3 lists the expiry presets with their dates.
    const input = await quickInput(page);
    await page.locator('.quick-input-widget .quick-input-list .monaco-list-row').filter({ hasText: 'agnt_' }).first().waitFor({ timeout: 15_000 });
    await input.press('Enter');
    await waitUntil(async () => (await quickInputMessage(page)).includes('Link erstellen (2/5)'), 'the name step');
    await input.press('Enter');
    await waitUntil(async () => (await quickInputMessage(page)).includes('Link erstellen (3/5)'), 'the expiry step');
    const oneDay = page.locator('.quick-input-widget .quick-input-list .monaco-list-row').filter({ hasText: 'In 1 Tag' }).first();
    await oneDay.waitFor({ timeout: 10_000 });
    const row = await oneDay.innerText();
    assert.match(row, new RegExp(`bis ${GERMAN_DATE_TIME.source}`), row);
    await screenshot('german-create-link-expiry');
    await page.keyboard.press('Escape');
  });
});
