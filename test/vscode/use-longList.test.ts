// An account of 5,000 links: the Links view shows them a page at a time (a "Show More" row after
// each page), and what needs a link further down still reaches it.
import * as assert from 'node:assert/strict';
import { MANY_LINK_COUNT } from '../fake-api/server';
import { PAGE_SIZE } from '../../src/linksView/viewPages';
import { hideSideBar, run, useDemoAccount } from './demoAccount';

describe('a long list in the Links view (5,000 links, a page at a time)', () => {
  const api = useDemoAccount();

  beforeEach(async () => {
    api().reset('many');
    // The view's choices are remembered across tests: the whole list, ungrouped, newest first.
    await run('agenthuman.clearFilter');
    await run('agenthuman.groupLinks', 'none');
    await run('agenthuman.sortLinks', 'created');
    assert.equal(await run('agenthuman.refresh'), true);
  });

  afterEach(async () => {
    await run('agenthuman.groupLinks', 'none');
    await hideSideBar();
  });

  it('Show More Links from the palette shows one page more each time, until every link shows', async () => {
    let pagesAdded = 0;
    while (pagesAdded <= MANY_LINK_COUNT / PAGE_SIZE && (await run<boolean>('agenthuman.showMoreLinks'))) pagesAdded++;
    assert.equal(pagesAdded, Math.ceil(MANY_LINK_COUNT / PAGE_SIZE) - 1, 'the first page shows at once; each Show More adds one');
    assert.equal(await run('agenthuman.showMoreLinks'), false, 'nothing more to show');
  });

  it('Reveal in Links View on the oldest link (the last of 5,000) shows the pages up to it and selects it', async () => {
    const oldest = api().links().reduce((a, b) => (b.created_at < a.created_at ? b : a));
    assert.equal(await run('agenthuman.revealLink', oldest.link_id, { show: true }), true, 'the link was not selected in the view');
  });

  it('grouped by status, each group is paged on its own, and Reveal reaches the last link of a group', async () => {
    await run('agenthuman.groupLinks', 'status');
    const active = api().links().filter((link) => link.status === 'active');
    assert.ok(active.length > PAGE_SIZE, `the seed has more active links than a page (${active.length})`);
    const oldestActive = active.reduce((a, b) => (b.created_at < a.created_at ? b : a));
    assert.equal(await run('agenthuman.revealLink', oldestActive.link_id, { show: true }), true, 'the link was not selected in its group');
  });
});
