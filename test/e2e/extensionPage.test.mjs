// The extension's page in VS Code's Extensions view, as a user who installed the .vsix sees it:
// the README renders as written (vsce must not rewrite a code span into a GitHub URL) and no
// image is broken (the screenshots are left out of the packaged README on purpose: that page
// loads images only from https URLs, and the project has no public web home).
import * as assert from 'node:assert/strict';
import { after, describe, it } from 'mocha';
import { e2e } from './env.mjs';
import { openExtensionPage, runCommand } from './workbench.mjs';

describe("The extension's page in the Extensions view (end to end)", () => {
  after(async () => {
    const { page } = await e2e();
    await runCommand(page, 'View: Close All Editors');
    await runCommand(page, 'View: Close Primary Side Bar');
  });

  it('shows the README as written, with no rewritten link and no broken image', async () => {
    const { page, screenshot } = await e2e();
    const readme = await openExtensionPage(page, 'AgentHuman Links');
    const content = await readme.evaluate(() => {
      const doc = globalThis.document;
      return {
        text: doc.body.innerText,
        codeSpans: [...doc.querySelectorAll('code')].map((c) => c.textContent),
        headings: [...doc.querySelectorAll('h2')].map((h) => h.textContent.trim()),
        images: [...doc.querySelectorAll('img')].map((i) => ({ src: i.getAttribute('src'), loaded: i.complete && i.naturalWidth > 0 })),
        links: [...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
      };
    });
    await screenshot('extension-page');
    assert.ok(content.codeSpans.includes('[name](url)'), `the code span [name](url) was changed: ${JSON.stringify(content.codeSpans.slice(0, 8))}`);
    assert.doesNotMatch(content.text, /github\.com/, 'the README points at a repository');
    assert.ok(content.links.every((href) => !/github\.com/.test(href)), `a link points at a repository: ${content.links.join(', ')}`);
    assert.deepEqual(content.images.filter((i) => !i.loaded), [], 'an image on the page is broken');
    assert.ok(content.headings.includes('Features') && content.headings.includes('Settings'), `headings: ${content.headings.join(', ')}`);
    assert.ok(!content.headings.includes('Screenshots') && !content.headings.includes('Development'), 'the screenshots and the sections for contributors are left out');
  });
});
