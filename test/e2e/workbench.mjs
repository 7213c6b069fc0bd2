// Helpers that drive the VS Code web workbench like a user, with playwright-core.
// Selectors are VS Code's own DOM classes (stable across 1.7x-1.13x).

const QUICK_INPUT = '.quick-input-widget';

/**
 * Waits until the page's finite CSS animations/transitions (menus and widgets fading in) have
 * finished, at most `timeoutMs`; endless ones (progress bars) are ignored.
 */
export async function settle(page, timeoutMs = 2000) {
  await page.evaluate(
    (ms) =>
      Promise.race([
        Promise.all(
          globalThis.document
            .getAnimations()
            .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
            .map((a) => a.finished.catch(() => undefined)),
        ),
        new Promise((resolve) => setTimeout(resolve, ms)),
      ]),
    timeoutMs,
  );
}

/** Polls `check` until it returns something truthy (and returns that); fails with `what` after `timeoutMs`. */
export async function waitUntil(check, what, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${typeof what === 'function' ? what() : what}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/** Clicks the activity-bar icon whose tooltip/aria-label starts with `title` (default 'AgentHuman'). */
export async function openActivityBarView(page, title = 'AgentHuman') {
  // The <li> itself: a badge on the icon (links needing attention) is its child and would
  // otherwise "intercept" the click on the <a>.
  const item = page.locator(`.activitybar li.action-item:has(> a[aria-label^="${title}"]), .activitybar .action-item[aria-label^="${title}"]`).first();
  await item.waitFor({ state: 'visible', timeout: 30_000 });
  await item.click();
  // The container's pane header appears in the side bar.
  await page.locator(`.sidebar .composite.title`).filter({ hasText: new RegExp(title, 'i') }).first().waitFor({ timeout: 30_000 });
}

/** The side-bar pane (view) with header `name`, e.g. 'Links'. */
export function viewPane(page, name = 'Links') {
  return page.locator('.sidebar .pane').filter({ has: page.locator('.pane-header', { hasText: name }) }).first();
}

/** Opens the command palette, runs the command whose label matches `label` (e.g. 'AgentHuman: Refresh Links'). */
export async function runCommand(page, label) {
  await typeIntoPalette(page, `>${label}`);
  const row = page.locator(`${QUICK_INPUT} .quick-input-list .monaco-list-row`).filter({ hasText: label }).first();
  await row.waitFor({ state: 'visible', timeout: 10_000 });
  await row.click();
}

/** Opens the command palette and returns its text input, once a quick input left from before has closed. */
export async function openCommandPalette(page) {
  const input = page.locator(`${QUICK_INPUT} input`);
  // A quick input that is still closing would look like the palette, then vanish under `fill`.
  await input.waitFor({ state: 'hidden', timeout: 3_000 }).catch(() => undefined);
  // F1 can be swallowed while focus moves (a dialog closing, a view changing): try again,
  // with the other shortcut, then after giving the workbench the focus.
  for (let attempt = 1; ; attempt++) {
    if (attempt === 3) await page.locator('.monaco-workbench .part.editor').first().click({ position: { x: 20, y: 20 } }).catch(() => undefined);
    await page.keyboard.press(attempt === 2 ? 'Control+Shift+P' : 'F1');
    try {
      await input.waitFor({ state: 'visible', timeout: attempt < 3 ? 3_000 : 10_000 });
      return input;
    } catch (err) {
      if (attempt >= 3) throw err;
    }
  }
}

/**
 * Opens the command palette and types `text` into it. A palette that closes under the typing
 * (the focus moving on as an editor or a dialog closes from the step before) is opened again.
 */
async function typeIntoPalette(page, text) {
  for (let attempt = 1; ; attempt++) {
    const input = await openCommandPalette(page);
    try {
      await input.fill(text, { timeout: 3_000 });
      return input;
    } catch (err) {
      if (attempt >= 3) throw err;
    }
  }
}

/** Waits for a quick input (input box or quick pick) and returns its text input locator. */
export async function quickInput(page, { timeoutMs = 10_000 } = {}) {
  const input = page.locator(`${QUICK_INPUT} input`);
  await input.waitFor({ state: 'visible', timeout: timeoutMs });
  return input;
}

/** Types into the open quick input and (by default) presses Enter. */
export async function typeIntoQuickInput(page, text, { submit = true } = {}) {
  const input = await quickInput(page);
  await input.fill(text);
  if (submit) await input.press('Enter');
}

/** The open quick input's title/prompt/validation message texts. */
export async function quickInputMessage(page) {
  return (await page.locator(`${QUICK_INPUT} .quick-input-message, ${QUICK_INPUT} .quick-input-title`).allInnerTexts()).join('\n');
}

/** Labels of the rows of the open quick pick. */
export async function quickPickItems(page) {
  await quickInput(page);
  return page.locator(`${QUICK_INPUT} .quick-input-list .monaco-list-row .label-name`).allInnerTexts();
}

/** Picks the quick-pick row whose text contains `label`. */
export async function pickQuickPickItem(page, label) {
  const row = page.locator(`${QUICK_INPUT} .quick-input-list .monaco-list-row`).filter({ hasText: label }).first();
  await row.waitFor({ state: 'visible', timeout: 10_000 });
  await row.click();
}

/** The Back button of a multi-step quick input. */
export async function quickInputBack(page) {
  await page.locator(`${QUICK_INPUT} .quick-input-titlebar .action-label[aria-label^="Back"], ${QUICK_INPUT} .codicon-quick-input-back`).first().click();
}

/** Tree rows of a view (default the 'Links' view). */
export function treeItems(page, viewName = 'Links') {
  return viewPane(page, viewName).locator('.monaco-list-row');
}

/** The tree row whose label contains `label`, once visible. */
export async function treeItem(page, label, { viewName = 'Links', timeoutMs = 15_000 } = {}) {
  const row = treeItems(page, viewName).filter({ has: page.locator('.label-name', { hasText: label }) }).first();
  await row.waitFor({ state: 'visible', timeout: timeoutMs });
  return row;
}

/** Label, description and tooltip-bearing aria-label of every visible tree row. */
export async function readTreeItems(page, viewName = 'Links') {
  const rows = treeItems(page, viewName);
  const out = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i);
    out.push({
      label: (await row.locator('.label-name').first().innerText().catch(() => '')).trim(),
      description: (await row.locator('.label-description').first().innerText().catch(() => '')).trim(),
      ariaLabel: (await row.getAttribute('aria-label')) ?? '',
      icon: (await row.locator('.custom-view-tree-node-item-icon, .codicon').first().getAttribute('class').catch(() => '')) ?? '',
    });
  }
  return out;
}

/** Right-clicks the tree row `label` and returns the context menu locator. */
export async function rightClickTreeItem(page, label, options) {
  const row = await treeItem(page, label, options);
  await row.click({ button: 'right' });
  const menu = page.locator('.context-view .monaco-menu').first();
  await menu.locator('.action-item').first().waitFor({ state: 'visible', timeout: 10_000 });
  await settle(page);
  return menu;
}

/** Clicks the context-menu entry `label` (after rightClickTreeItem). */
export async function clickContextMenuItem(page, label) {
  const item = page.locator('.context-view .monaco-menu .action-item').filter({ hasText: label }).first();
  await item.waitFor({ state: 'visible', timeout: 10_000 });
  await item.click();
}

/** Clicks a button or link of the view's welcome content (e.g. 'Set API Key'). */
export async function clickWelcomeButton(page, text, viewName = 'Links') {
  const button = viewPane(page, viewName).locator('.welcome-view-content').getByRole('button', { name: text }).first();
  await button.waitFor({ state: 'visible', timeout: 15_000 });
  await button.click();
}

/** Texts of the visible notification toasts. */
export async function notifications(page) {
  return page.locator('.notifications-toasts .notification-list-item-message').allInnerTexts();
}

/** The browser's clipboard (the page has clipboard-read permission). */
export async function readClipboard(page) {
  return page.evaluate(() => globalThis.navigator.clipboard.readText());
}

/**
 * Opens the page of an installed extension (Extensions view, then its row) and returns the
 * frame that renders its README (a webview). `name` is the display name, e.g. 'AgentHuman Links'.
 */
export async function openExtensionPage(page, name) {
  await page.keyboard.press('Control+Shift+X');
  const row = page.locator('.extensions-viewlet .monaco-list-row, .sidebar .monaco-list-row').filter({ hasText: name }).first();
  await row.waitFor({ state: 'visible', timeout: 30_000 });
  await row.click();
  await page.locator('.extension-editor').first().waitFor({ state: 'visible', timeout: 30_000 });
  let readme;
  for (const deadline = Date.now() + 30_000; !readme; ) {
    for (const frame of page.frames()) {
      const heading = await frame.evaluate(() => globalThis.document.querySelector('h1')?.textContent ?? '').catch(() => '');
      if (heading.includes(name)) readme = frame;
    }
    if (!readme && Date.now() > deadline) throw new Error(`the README of ${name} did not render on its extension page`);
    if (!readme) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return readme;
}

/** The description next to a view's title (e.g. "Filter: Paused · Sort: Expiry"), or ''. */
export async function viewDescription(page, viewName = 'Links') {
  const description = viewPane(page, viewName).locator('.pane-header .description').first();
  return (await description.count()) ? (await description.innerText()).trim() : '';
}

/** Labels of the rows the command palette offers for `text` (it is left open). */
export async function paletteRows(page, text) {
  await typeIntoPalette(page, `>${text}`);
  await settle(page, 800);
  return page.locator('.quick-input-widget .quick-input-list .monaco-list-row .label-name').allInnerTexts();
}

/**
 * Turns a boolean setting on or off in the Settings editor, as a user does (code-server does not
 * notice a settings file changed on disk), then closes the editor.
 */
export async function setBooleanSetting(page, id, value) {
  await page.keyboard.press('Escape'); // no quick input left open
  await page.waitForTimeout(300);
  await runCommand(page, 'Preferences: Open User Settings');
  const editor = page.locator('.settings-editor').first();
  await editor.waitFor({ state: 'visible', timeout: 15_000 });
  await page.waitForTimeout(1000); // the search box takes the focus once the editor is ready
  await page.keyboard.type(id); // the search box has the focus
  // The search shows that one setting: its row, and the checkbox in it.
  await page.locator(`.settings-editor [data-key="${id}"]`).first().waitFor({ state: 'visible', timeout: 15_000 });
  await page.waitForTimeout(1000); // the search results settle
  const box = page.locator('.settings-editor .setting-item-bool .setting-value-checkbox').first();
  if (((await box.getAttribute('aria-checked')) === 'true') !== value) await box.click();
  const wanted = String(value);
  for (const deadline = Date.now() + 10_000; (await box.getAttribute('aria-checked')) !== wanted; ) {
    if (Date.now() > deadline) throw new Error(`the setting ${id} did not turn ${value ? 'on' : 'off'}`);
    await page.waitForTimeout(200);
  }
  await page.waitForTimeout(500); // the settings editor writes the change
  // The settings editor opens over the workbench; Escape closes it (F1 does not get through).
  for (let attempt = 0; attempt < 3 && (await editor.isVisible()); attempt++) {
    await page.keyboard.press('Escape');
    await editor.waitFor({ state: 'hidden', timeout: 3_000 }).catch(() => undefined);
  }
  await editor.waitFor({ state: 'hidden', timeout: 3_000 });
}

/**
 * Clicks an action of a view's title bar by its label (e.g. 'Add Account…'). With one view in
 * the container its actions are in the side bar's title, with several in the view's own header,
 * shown while the pointer is over it.
 */
export async function clickViewTitleAction(page, viewName, label) {
  const header = viewPane(page, viewName).locator('.pane-header');
  const inHeader = (await header.count()) > 0 && (await header.first().isVisible());
  const bar = inHeader ? header.first() : page.locator('.sidebar .composite.title').first();
  await bar.hover();
  const action = bar.locator(`a[aria-label^="${label}"]`).first();
  await action.waitFor({ state: 'visible', timeout: 10_000 });
  await action.click();
}
