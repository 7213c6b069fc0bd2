// How links are named in messages, and written as Markdown (src/links/linkNames.ts).
import * as assert from 'node:assert/strict';
import { linkAsMarkdown } from '../../../src/links/linkNames';
import { escapeLinkText, linkDestination } from '../../../src/text/markdown';
import { makeLink } from '../support/linkFixture';

describe('Copy Link as Markdown', () => {
  it('gives [name](url)', () => {
    assert.equal(linkAsMarkdown(makeLink()), '[Spring promo](https://app.agenthuman.com/s/lnk_test1)');
  });
  it('escapes the name so it cannot close the link text or add formatting', () => {
    assert.equal(escapeLinkText('Promo [beta] *new*'), 'Promo \\[beta\\] \\*new\\*');
    assert.equal(linkAsMarkdown(makeLink({ name: 'a](javascript:alert(1))' })), '[a\\](javascript:alert(1))](https://app.agenthuman.com/s/lnk_test1)');
    assert.equal(escapeLinkText('<b>`x`</b> _y_ \\'), '\\<b\\>\\`x\\`\\</b\\> \\_y\\_ \\\\');
    assert.equal(escapeLinkText('two\nlines'), 'two lines');
  });
  it('keeps ordinary punctuation readable', () => {
    assert.equal(escapeLinkText('Q3 launch - v2.0 (EU)'), 'Q3 launch - v2.0 (EU)');
  });
  it('an untitled link is named with its id', () => {
    assert.equal(linkAsMarkdown(makeLink({ name: null })), '[Untitled link (lnk\\_test1)](https://app.agenthuman.com/s/lnk_test1)');
  });
  it('parentheses and spaces in the URL cannot end the destination early', () => {
    assert.equal(linkDestination('https://x.test/a(b) c'), 'https://x.test/a%28b%29%20c');
  });
});
