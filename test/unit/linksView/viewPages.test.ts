import * as assert from 'node:assert/strict';
import { PAGE_SIZE, pageOf, TOP_LEVEL, ViewPages } from '../../../src/linksView/viewPages';

const numbers = (count: number) => Array.from({ length: count }, (_, i) => i);

describe('Links view: a long list a page at a time', () => {
  it('shows a short list whole, with nothing left out', () => {
    const page = pageOf(numbers(PAGE_SIZE), PAGE_SIZE);
    assert.equal(page.shown.length, PAGE_SIZE);
    assert.equal(page.hidden, 0);
  });

  it('shows the first page of 5,000 links and counts the rest', () => {
    const page = pageOf(numbers(5000), PAGE_SIZE);
    assert.deepEqual(page.shown, numbers(PAGE_SIZE));
    assert.equal(page.hidden, 5000 - PAGE_SIZE);
  });

  it('Show More adds one page to that list only', () => {
    const pages = new ViewPages();
    pages.showMore('group:status:active');
    assert.equal(pages.limit('group:status:active'), 2 * PAGE_SIZE);
    assert.equal(pages.limit(TOP_LEVEL), PAGE_SIZE);
    assert.equal(pageOf(numbers(5000), pages.limit('group:status:active')).hidden, 5000 - 2 * PAGE_SIZE);
  });

  it('revealing a link far down shows the pages up to its own, and tells when it had to', () => {
    const pages = new ViewPages();
    assert.equal(pages.include(TOP_LEVEL, PAGE_SIZE - 1), false, 'on the first page already');
    const before = pages.version;
    // Whole pages, up to the one the link is on: it shows, and at most a page of links follows it.
    const onLastPage = (index: number) => {
      const limit = pages.limit(TOP_LEVEL);
      assert.ok(index < limit && limit - PAGE_SIZE <= index && limit % PAGE_SIZE === 0, `index ${index} with ${limit} links shown`);
    };
    assert.equal(pages.include(TOP_LEVEL, 3999), true);
    onLastPage(3999);
    assert.notEqual(pages.version, before, 'the view must send its items again');
    const shown = pages.limit(TOP_LEVEL);
    assert.equal(pages.include(TOP_LEVEL, shown), true, 'the first link after the pages shown');
    assert.equal(pages.limit(TOP_LEVEL), shown + PAGE_SIZE);
  });

  it('another account starts again from one page of each list', () => {
    const pages = new ViewPages();
    pages.showMore(TOP_LEVEL);
    const before = pages.version;
    pages.reset();
    assert.equal(pages.limit(TOP_LEVEL), PAGE_SIZE);
    assert.notEqual(pages.version, before);
  });
});
