// What the Delete and Pause confirmations say about where links are used in the workspace.
import * as assert from 'node:assert/strict';
import { deleteConfirmation } from '../../../src/linkActions/deleteConfirmation';
import { pauseConfirmation } from '../../../src/linkActions/pauseConfirmation';
import { fileList, usageNote } from '../../../src/linkUsages/usageNote';
import { makeLink } from '../support/linkFixture';

describe('the confirmation note about where links are used', () => {
  it('lists up to three files, then how many more', () => {
    assert.equal(fileList(['README.md']), 'README.md');
    assert.equal(fileList(['a.md', 'b.md']), 'a.md and b.md');
    assert.equal(fileList(['a.md', 'b.md', 'c.md']), 'a.md, b.md and c.md');
    assert.equal(fileList(['a.md', 'b.md', 'c.md', 'd.md', 'e.md']), 'a.md, b.md, c.md and 2 more');
  });

  it('one link: "It is used in 3 files in this workspace: …"; nothing when it is not used', () => {
    assert.equal(usageNote([{ quotedName: '“A”', files: ['README.md', 'docs/setup.md', 'site/index.html'] }], 1),
      'It is used in 3 files in this workspace: README.md, docs/setup.md and site/index.html.');
    assert.equal(usageNote([{ quotedName: '“A”', files: ['README.md'] }], 1), 'It is used in this workspace, in README.md.');
    assert.equal(usageNote([{ quotedName: '“A”', files: [] }], 1), undefined);
  });

  it('several links: each used one by name', () => {
    assert.equal(
      usageNote([{ quotedName: '“A”', files: ['a.md', 'b.md'] }, { quotedName: '“B”', files: [] }, { quotedName: '“C”', files: ['c.md'] }], 3),
      'Used in this workspace: “A” in 2 files (a.md and b.md); “C” in c.md.',
    );
  });

  it('file names are made inert', () => {
    assert.equal(fileList(['docs/[x](command:evil).md']), 'docs/[x] (command:evil).md');
  });

  it('Delete adds it to its detail; Pause asks with it', () => {
    const link = makeLink({ name: 'Promo' });
    const note = 'It is used in this workspace, in README.md.';
    assert.ok(deleteConfirmation([link], note).detail.endsWith(`This cannot be undone.\n\n${note}`));
    assert.ok(!deleteConfirmation([link]).detail.includes('workspace'));
    assert.deepEqual(pauseConfirmation([link], note), {
      message: 'Pause link “Promo”?',
      detail: `${note} Visitors who follow it from there cannot start a session until it is resumed.`,
      button: 'Pause Link',
    });
    assert.equal(pauseConfirmation([link, makeLink({ link_id: 'lnk_b' })], note).button, 'Pause 2 Links');
  });
});
