import * as assert from 'node:assert/strict';
import { AgentHumanError } from '../../../src/api/errors';
import { DEFAULT_THRESHOLDS } from '../../../src/attention/attention';
import {
  applyFilter,
  findFilter,
  FILTER_STATE_KEY,
  GROUP_BY_STATE_KEY,
  groupLinks,
  isFiltered,
  LINK_FILTERS,
  parseGroupBy,
  parseSortBy,
  sortLinks,
  viewDescription,
} from '../../../src/linksView/viewOptions';
import { computeViewState, showsLinks, viewMessage, type ViewFacts } from '../../../src/linksView/viewState';
import { at, HOUR, makeLink, NOW } from '../support/linkFixture';

const support = makeLink().agent;
const sales = { ...support, agent_id: 'agnt_2', name: 'Sales' };
const links = [
  makeLink({ link_id: 'lnk_a', status: 'active', agent: support }),
  makeLink({ link_id: 'lnk_b', status: 'expired', agent: sales }),
  makeLink({ link_id: 'lnk_c', status: 'active', agent: sales }),
  makeLink({ link_id: 'lnk_d', status: 'paused', agent: support }),
];
const ids = (list: { link_id: string }[]) => list.map((l) => l.link_id);

describe('Links view: filter', () => {
  it('offers All, Active, Paused, Expired, Needs attention in that order, each asking the API for a status', () => {
    assert.deepEqual(LINK_FILTERS.map((f) => [f.label(), f.apiStatus]), [
      ['All', 'all'], ['Active', 'active'], ['Paused', 'paused'], ['Expired', 'expired'], ['Needs attention', 'active'],
    ]);
  });
  it('"Needs attention" keeps the active links that expire soon or are near their limit', () => {
    const mixed = [
      makeLink({ link_id: 'lnk_soon', expires_at: at(5 * HOUR) }),
      makeLink({ link_id: 'lnk_full', uses: 95, use_limit: 100, expires_at: null }),
      makeLink({ link_id: 'lnk_calm', uses: 1, use_limit: 100 }),
      makeLink({ link_id: 'lnk_paused', status: 'paused', expires_at: at(HOUR) }),
    ];
    assert.deepEqual(ids(applyFilter(mixed, findFilter('attention'), NOW, DEFAULT_THRESHOLDS)), ['lnk_soon', 'lnk_full']);
    assert.deepEqual(ids(applyFilter(mixed, findFilter('attention'), NOW, { expiresWithinHours: 1, usageRatio: 1 })), []);
    assert.equal(viewDescription(findFilter('attention')), 'Filter: Needs attention');
  });
  it('shows only the links of the chosen status, in the server order', () => {
    assert.deepEqual(ids(applyFilter(links, findFilter('active'), NOW, DEFAULT_THRESHOLDS)), ['lnk_a', 'lnk_c']);
    assert.deepEqual(ids(applyFilter(links, findFilter('all'), NOW, DEFAULT_THRESHOLDS)), ['lnk_a', 'lnk_b', 'lnk_c', 'lnk_d']);
  });
  it('a stored value that is unknown or corrupt falls back to All (unfiltered)', () => {
    for (const stored of [undefined, null, 'attention-v0', 42, { id: 'paused' }]) {
      assert.equal(findFilter(stored).id, 'all');
      assert.equal(isFiltered(findFilter(stored)), false);
    }
    assert.equal(findFilter('paused').id, 'paused');
  });
  it('the view description names the filter, and is empty when unfiltered', () => {
    assert.equal(viewDescription(findFilter('paused')), 'Filter: Paused');
    assert.equal(viewDescription(findFilter('all')), undefined);
  });
  it('the view description names the current account first, live and test apart', () => {
    const live = { id: 'a', label: 'Production', kind: 'live' as const };
    const test = { id: 'b', label: 'Test …0gA2', kind: 'test' as const };
    assert.equal(viewDescription(findFilter('all'), 'created', live), '● LIVE · Production');
    assert.equal(viewDescription(findFilter('paused'), 'created', test), 'TEST · Test …0gA2 · Filter: Paused');
  });
  it('persists under keys of its own in globalState', () => {
    assert.equal(FILTER_STATE_KEY, 'agenthuman.view.filter');
    assert.equal(GROUP_BY_STATE_KEY, 'agenthuman.view.groupBy');
    assert.notEqual(FILTER_STATE_KEY, GROUP_BY_STATE_KEY);
  });
});

describe('Links view: grouping', () => {
  it('no grouping gives a flat list', () => {
    assert.equal(groupLinks(links, 'none', NOW), undefined);
  });
  it('by status: active, paused, expired, without empty groups, with counts', () => {
    const groups = groupLinks(links, 'status', NOW)!;
    assert.deepEqual(groups.map((g) => [g.label, g.description, ids(g.links)]), [
      ['Active', '2 links', ['lnk_a', 'lnk_c']],
      ['Paused', '1 link', ['lnk_d']],
      ['Expired', '1 link', ['lnk_b']],
    ]);
    assert.deepEqual(ids(groupLinks(links.filter((l) => l.status === 'active'), 'status', NOW)!.flatMap((g) => g.links)), ['lnk_a', 'lnk_c']);
    assert.equal(groupLinks(links.filter((l) => l.status === 'active'), 'status', NOW)!.length, 1);
  });
  it('by agent: sorted by agent name', () => {
    const groups = groupLinks(links, 'agent', NOW)!;
    assert.deepEqual(groups.map((g) => [g.label, ids(g.links)]), [
      ['Sales', ['lnk_b', 'lnk_c']],
      ['Support', ['lnk_a', 'lnk_d']],
    ]);
  });
  it('two agents with the same name stay two groups', () => {
    const twin = { ...support, agent_id: 'agnt_3' };
    const groups = groupLinks([makeLink({ link_id: 'lnk_x', agent: support }), makeLink({ link_id: 'lnk_y', agent: twin })], 'agent', NOW)!;
    assert.equal(groups.length, 2);
  });
  it('group ids are stable and can never equal a link id', () => {
    const all = [...groupLinks(links, 'status', NOW)!, ...groupLinks(links, 'agent', NOW)!].map((g) => g.id);
    assert.deepEqual(all, ['group:status:active', 'group:status:paused', 'group:status:expired', 'group:agent:agnt_2', 'group:agent:agnt_1']);
    assert.ok(all.every((id) => !id.startsWith('lnk_')));
  });
  it('an empty list has no groups (the welcome content shows)', () => {
    assert.deepEqual(groupLinks([], 'status', NOW), []);
  });
  it('a stored grouping that is unknown falls back to none', () => {
    assert.equal(parseGroupBy('agent'), 'agent');
    assert.equal(parseGroupBy('owner'), 'none');
    assert.equal(parseGroupBy(undefined), 'none');
  });
});

describe('Links view: welcome state', () => {
  const base: ViewFacts = { hasKey: true, keyRejected: false, loaded: true, failed: false, shownCount: 3, filtered: false };
  it('no key → noKey (the "Set API Key" welcome), whatever is cached', () => {
    assert.equal(computeViewState({ ...base, hasKey: false }), 'noKey');
  });
  it('a rejected key → keyRejected, and no links are shown', () => {
    const state = computeViewState({ ...base, keyRejected: true });
    assert.equal(state, 'keyRejected');
    assert.equal(showsLinks(state), false);
  });
  it('links to show → loaded', () => {
    assert.equal(computeViewState(base), 'loaded');
  });
  it('a list that loaded empty → empty ("Create Link"), or filteredEmpty ("Clear Filter") under a filter', () => {
    assert.equal(computeViewState({ ...base, shownCount: 0 }), 'empty');
    assert.equal(computeViewState({ ...base, shownCount: 0, filtered: true }), 'filteredEmpty');
  });
  it('nothing loaded yet → loading; the first load failed with nothing cached → error', () => {
    assert.equal(computeViewState({ ...base, loaded: false, shownCount: 0 }), 'loading');
    assert.equal(computeViewState({ ...base, loaded: false, shownCount: 0, failed: true }), 'error');
  });
  it('a failed refresh with a cached list still shows the list', () => {
    assert.equal(computeViewState({ ...base, failed: true }), 'loaded');
  });
});

describe('Links view: stale message', () => {
  const host = 'api.agenthuman.com';
  const loadedAt = Date.parse('2026-11-22T10:42:00Z');
  const facts = { loadedAt, host, now: NOW, language: 'en', timeZone: 'UTC' };
  it('is absent when the last load succeeded', () => {
    assert.equal(viewMessage({ ...facts, error: undefined }), undefined);
  });
  it('offline: says since when the list is shown and which host could not be reached', () => {
    const error = new AgentHumanError('network', 'ECONNREFUSED', { method: 'GET', code: 'ECONNREFUSED' });
    assert.equal(viewMessage({ ...facts, error }), 'Offline — showing links from 10:42. Could not reach api.agenthuman.com.');
  });
  it('a list from another day shows its date', () => {
    const error = new AgentHumanError('timeout', 'slow', { method: 'GET' });
    assert.equal(
      viewMessage({ ...facts, loadedAt: loadedAt - 48 * HOUR, error }),
      'Offline — showing links from 20 Nov 2026, 10:42. api.agenthuman.com did not answer in time.',
    );
  });
  it('server down and rate limit say so', () => {
    assert.equal(
      viewMessage({ ...facts, error: new AgentHumanError('server', 'x', { status: 503 }) }),
      'Server problem — showing links from 10:42. The AgentHuman service answered HTTP 503.',
    );
    const retryAt = new Date(NOW + 42_000);
    assert.equal(
      viewMessage({ ...facts, error: new AgentHumanError('rateLimited', 'x', { status: 429, retryAt }) }),
      'Rate limited — showing links from 10:42. Too many requests; refresh again in 42 sec.',
    );
  });
  it('with nothing loaded at all it says the links could not be loaded', () => {
    const error = new AgentHumanError('network', 'x', { method: 'GET' });
    assert.equal(viewMessage({ ...facts, loadedAt: undefined, error }), 'Could not load the links. Could not reach api.agenthuman.com.');
  });
  it('a rejected or missing key leaves it to the welcome content', () => {
    assert.equal(viewMessage({ ...facts, error: new AgentHumanError('unauthorized', 'x', { status: 401 }) }), undefined);
    assert.equal(viewMessage({ ...facts, error: new AgentHumanError('missingApiKey', 'x') }), undefined);
  });
});

describe('Links view: a link whose expiry passed since the list was loaded', () => {
  const stale = makeLink({ link_id: 'lnk_stale', status: 'active', expires_at: at(-HOUR) });
  const fresh = makeLink({ link_id: 'lnk_fresh', status: 'active', expires_at: at(HOUR) });

  it('is filtered and grouped as expired, and needs no attention', () => {
    const byId = (id: string) => findFilter(id);
    assert.deepEqual(applyFilter([stale, fresh], byId('active'), NOW, DEFAULT_THRESHOLDS).map((l) => l.link_id), ['lnk_fresh']);
    assert.deepEqual(applyFilter([stale, fresh], byId('expired'), NOW, DEFAULT_THRESHOLDS).map((l) => l.link_id), ['lnk_stale']);
    assert.deepEqual(applyFilter([stale, fresh], byId('attention'), NOW, DEFAULT_THRESHOLDS).map((l) => l.link_id), ['lnk_fresh']);
    const groups = groupLinks([stale, fresh], 'status', NOW)!;
    assert.deepEqual(groups.map((g) => [g.label, g.links.map((l) => l.link_id)]), [['Active', ['lnk_fresh']], ['Expired', ['lnk_stale']]]);
  });
});

describe('Links view: sort', () => {
  const links = [
    makeLink({ link_id: 'lnk_new', name: 'beta', uses: 5, created_at: at(-HOUR), expires_at: null }),
    makeLink({ link_id: 'lnk_mid', name: 'Alpha', uses: 50, created_at: at(-2 * HOUR), expires_at: at(2 * HOUR) }),
    makeLink({ link_id: 'lnk_old', name: null, uses: 0, created_at: at(-3 * HOUR), expires_at: at(HOUR) }),
    makeLink({ link_id: 'lnk_10', name: 'item 10', uses: 5, created_at: at(-4 * HOUR), expires_at: null }),
    makeLink({ link_id: 'lnk_9', name: 'item 9', uses: 5, created_at: at(-5 * HOUR), expires_at: null }),
  ];
  const order = (sortBy: Parameters<typeof sortLinks>[1]) => sortLinks(links, sortBy).map((l) => l.link_id);

  it('created keeps the server order (newest first)', () => {
    assert.deepEqual(order('created'), ['lnk_new', 'lnk_mid', 'lnk_old', 'lnk_10', 'lnk_9']);
  });
  it('expiry: soonest first, links that never expire last (in the server order)', () => {
    assert.deepEqual(order('expiry'), ['lnk_old', 'lnk_mid', 'lnk_new', 'lnk_10', 'lnk_9']);
  });
  it('uses: most used first, ties in the server order', () => {
    assert.deepEqual(order('uses'), ['lnk_mid', 'lnk_new', 'lnk_10', 'lnk_9', 'lnk_old']);
  });
  it('name: alphabetical ignoring case, numbers in their order, untitled last', () => {
    assert.deepEqual(order('name'), ['lnk_mid', 'lnk_new', 'lnk_9', 'lnk_10', 'lnk_old']);
  });
  it('an unknown stored order falls back to created; the description names a chosen one', () => {
    assert.equal(parseSortBy('sideways'), 'created');
    assert.equal(viewDescription(findFilter('all'), 'created'), undefined);
    assert.equal(viewDescription(findFilter('all'), 'expiry'), 'Sort: Expiry');
    assert.equal(viewDescription(findFilter('paused'), 'uses'), 'Filter: Paused · Sort: Uses');
  });
});
