// Setting the API key through "AgentHuman: Set API Key" (with the key as argument, as a
// keybinding, a task or another extension would) and the links it loads.
import * as assert from 'node:assert/strict';
import { DEMO_API_KEY, OTHER_API_KEY, SEED } from '../fake-api/server';
import { calls, expectRequestCount, hideSideBar, run, serverLink, setKey, startFakeApiHidden } from './demoAccount';
import { openAgentHumanView, type FakeApi } from './helpers';

describe('Set API Key (agenthuman.setApiKey)', () => {
  let api: FakeApi;
  before(async () => {
    api = await startFakeApiHidden();
  });
  beforeEach(() => api.reset());
  after(async () => {
    await hideSideBar();
    await api.stop();
  });

  it('stores the key: the next refresh loads the links with one GET carrying that key', async () => {
    await setKey(DEMO_API_KEY);
    assert.deepEqual(calls(api), [], 'setting the key while the view is hidden should not send anything yet');

    assert.equal(await run('agenthuman.refresh'), true, 'agenthuman.refresh did not succeed with the stored key');
    assert.deepEqual(calls(api), ['GET /v1/links']);
    assert.equal(api.requests[0].headers['x-api-key'], DEMO_API_KEY);
    assert.equal(api.requests[0].status, 200);

    // The tree holds the seeded links now: copying one needs no further request.
    const expected = serverLink(api, SEED.links.activeLimited).url;
    assert.equal(await run('agenthuman.copyLink', SEED.links.activeLimited), expected);
    assert.equal(api.requests.length, 1, `copying a loaded link sent: ${calls(api).slice(1).join(', ')}`);
  });

  it('loads the links of a new key by itself when the view is shown, and forgets the previous account', async () => {
    await setKey(OTHER_API_KEY);
    assert.deepEqual(calls(api), [], 'nothing should load while the view is hidden');
    await openAgentHumanView();
    await expectRequestCount(api, 1);
    assert.equal(calls(api)[0], 'GET /v1/links');
    assert.equal(api.requests[0].headers['x-api-key'], OTHER_API_KEY);

    await hideSideBar();
    const otherUrl = api.links('other').find((l) => l.link_id === SEED.links.otherActive)?.url;
    assert.ok(otherUrl);
    assert.equal(await run('agenthuman.copyLink', SEED.links.otherActive), otherUrl);
    assert.equal(api.requests.length, 1, 'the new account\'s links were not loaded by showing the view');
    // A link of the previous (demo) account is no longer in the tree: the command looks once more and finds nothing.
    assert.equal(await run('agenthuman.copyLink', SEED.links.activeLimited), undefined, 'a link of the previous key is still offered');
  });

  it('refuses a malformed key and keeps using the stored one', async () => {
    await setKey(DEMO_API_KEY);
    assert.equal(await run('agenthuman.setApiKey', 'not-an-agenthuman-key'), false);
    assert.equal(await run('agenthuman.setApiKey', 'ah_live_'), false);
    assert.equal(await run('agenthuman.refresh'), true);
    assert.deepEqual(calls(api), ['GET /v1/links']);
    assert.equal(api.requests[0].headers['x-api-key'], DEMO_API_KEY);
  });

  it('trims white space around a pasted key', async () => {
    await setKey(`  ${DEMO_API_KEY}\n`);
    assert.equal(await run('agenthuman.refresh'), true);
    assert.equal(api.requests.at(-1)?.headers['x-api-key'], DEMO_API_KEY);
    assert.equal(api.requests.at(-1)?.status, 200);
  });
});
