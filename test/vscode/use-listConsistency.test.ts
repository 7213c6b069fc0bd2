// The list held by the extension stays right when the view is filtered or a refresh is
// still under way when a link changes.
import * as assert from 'node:assert/strict';
import type { Link } from '../fake-api/server';
import { DEMO_API_KEY, OTHER_API_KEY, SEED } from '../fake-api/server';
import { calls, run, serverLink, setKey, useDemoAccount } from './demoAccount';
import { readClipboard, waitFor } from './helpers';

describe('the list held stays right (filters, refreshes in flight)', () => {
  const api = useDemoAccount();

  afterEach(async () => {
    await run('agenthuman.clearFilter');
  });

  it('with the view filtered to Paused, an active link can still be copied by id (one GET of that link)', async () => {
    assert.equal(await run('agenthuman.filterLinks', 'paused'), 'paused');
    api().clearRequests();
    const id = SEED.links.activeLimited;
    const copied = await run<string | undefined>('agenthuman.copyLink', id);
    assert.equal(copied, serverLink(api(), id).url);
    assert.equal(await readClipboard(), serverLink(api(), id).url);
    assert.deepEqual(calls(api()), [`GET /v1/links/${id}`]);
  });

  it('a refresh answered after a pause does not flip the paused link back to active', async () => {
    const id = SEED.links.activeUnlimited;
    // The list request is slow: its answer is the list as it was before the pause (the
    // server read it first), and it arrives after the pause has been answered.
    api().injectFault({ status: 200, body: { success: true, links: api().links() }, latencyMs: 700 }, { method: 'GET', path: '/v1/links' });
    const refresh = run<boolean>('agenthuman.refresh');
    await new Promise((resolve) => setTimeout(resolve, 150));
    const paused = await run<Link[] | undefined>('agenthuman.pauseLink', id);
    assert.equal(paused?.[0]?.status, 'paused');
    assert.equal(await refresh, true);
    // The list the server answered was read before the pause; the extension must still
    // hold the link as paused: pausing again sends nothing, resuming is allowed.
    api().clearRequests();
    assert.equal(await run('agenthuman.pauseLink', id), undefined, 'the link is held as active again');
    assert.deepEqual(calls(api()), []);
    const resumed = await run<Link[] | undefined>('agenthuman.resumeLink', id);
    assert.equal(resumed?.[0]?.status, 'active');
  });

  it('two renames whose answers arrive in the other order: the later rename stands, as on the server', async () => {
    const id = SEED.links.activeLimited;
    // The first rename is made at once but its answer comes late, after the second's.
    api().injectFault({ answerDelayMs: 600 }, { method: 'PUT', path: `/v1/links/${id}` });
    const first = run<Link | undefined>('agenthuman.editLink', id, { name: 'First rename' });
    await waitFor(() => api().requests.some((r) => r.method === 'PUT'), 'the first PUT to reach the server');
    const second = run<Link | undefined>('agenthuman.editLink', id, { name: 'Second rename' });
    assert.equal((await second)?.name, 'Second rename');
    assert.equal((await first)?.name, 'First rename', 'the late answer still reaches its command');
    assert.equal(serverLink(api(), id).name, 'Second rename');
    assert.equal(await run<string>('agenthuman.copyLinkAsMarkdown', id), `[Second rename](${serverLink(api(), id).url})`, 'the late answer undid the later rename');
  });

  it('a create answered after the key changed does not join the new account\'s list', async () => {
    api().injectFault({ answerDelayMs: 600 }, { method: 'POST', path: '/v1/links' });
    const created = run<Link | undefined>('agenthuman.createLink', { agentId: SEED.agents.support, name: 'Made for demo' });
    await waitFor(() => api().requests.some((r) => r.method === 'POST'), 'the POST to reach the server');
    await setKey(OTHER_API_KEY);
    assert.equal(await run('agenthuman.refresh'), true);
    assert.equal((await created)?.name, 'Made for demo');
    api().clearRequests();
    const late = api().links('demo').find((l) => l.name === 'Made for demo');
    assert.ok(late, 'the link was made on the demo account');
    // Copying it by id must look it up on the server (it is not held): one GET, with the other key, answered 404.
    assert.equal(await run('agenthuman.copyLink', late.link_id), undefined);
    assert.deepEqual(api().requests.map((r) => `${r.method} ${r.path} ${r.status} ${r.account ?? ''}`), [`GET /v1/links/${late.link_id} 404 other`]);
    await setKey(DEMO_API_KEY);
  });

  it('when the network drops, refresh says it failed and the last list stays usable (copy still works)', async () => {
    // Every list request now loses its connection, as when the network goes away.
    api().injectFault({ drop: true }, { method: 'GET', path: '/v1/links', times: Infinity });
    try {
      assert.equal(await run('agenthuman.refresh'), false, 'refresh claimed success');
      const id = SEED.links.activeLimited;
      assert.equal(await run('agenthuman.copyLink', id), serverLink(api(), id).url);
      assert.equal(await readClipboard(), serverLink(api(), id).url);
      assert.ok(calls(api()).every((c) => c === 'GET /v1/links'), `only the failed list requests were sent: ${calls(api()).join(', ')}`);
    } finally {
      api().clearFaults();
    }
  });
});

