// A key the server rejects (401): every failing call goes through the one shared
// re-authentication path, which asks once ("The AgentHuman API key was rejected. — Update
// API Key") and never retries or loops on its own.
//
// The prompt itself is a notification that this host cannot see or click. What is
// observable here: each command sends its one request, nothing is retried while the prompt
// waits, nothing changes on the server, and a stored good key works again at once. The
// "one notification, not two" part is checked by the end-to-end test
// (test/e2e/journey.test.mjs) in the workbench's DOM.
import * as assert from 'node:assert/strict';
import type { Link } from '../fake-api/server';
import { DEMO_API_KEY, SEED } from '../fake-api/server';
import { calls, run, serverLink, setKey, useDemoAccount } from './demoAccount';

/** Well-formed (ah_test_ + 32 letters and digits) but unknown to the server. */
const REJECTED_KEY = 'ah_test_Zz9Yy8Xx7Ww6Vv5Uu4Tt3Ss2Rr1Qq0Pp';

describe('A rejected API key (401) and the shared re-authentication', () => {
  const api = useDemoAccount();
  afterEach(async () => {
    // Closing the notification answers the pending prompt ("not now"); a new key clears that.
    await run('notifications.clearAll');
    await setKey(DEMO_API_KEY);
  });

  it('three commands failing with 401 at once send one request each and retry nothing', async () => {
    await setKey(REJECTED_KEY);
    const before = serverLink(api(), SEED.links.activeLimited);
    const count = api().links().length;

    const [refreshed, created, edited] = await Promise.all([
      run<boolean>('agenthuman.refresh'),
      run<Link | undefined>('agenthuman.createLink', { agentId: SEED.agents.support, name: 'Never created' }),
      run<Link | undefined>('agenthuman.editLink', SEED.links.activeLimited, { name: 'Never renamed' }),
    ]);
    assert.equal(refreshed, false);
    assert.equal(created, undefined);
    assert.equal(edited, undefined);

    // Give a loop or a blind retry time to show itself.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.deepEqual(
      [...calls(api())].sort(),
      ['GET /v1/links', `GET /v1/links/${SEED.links.activeLimited}`, 'POST /v1/links'].sort(),
      'each command should send its request once and nothing more while the key is rejected',
    );
    assert.ok(api().requests.every((r) => r.status === 401 && r.headers['x-api-key'] === REJECTED_KEY));
    assert.equal(api().links().length, count, 'a link was created with a rejected key');
    assert.equal(serverLink(api(), SEED.links.activeLimited).name, before.name);
  });

  it('works again with a valid key stored after the rejection', async () => {
    await setKey(REJECTED_KEY);
    assert.equal(await run('agenthuman.refresh'), false);
    await run('notifications.clearAll'); // the user closes the prompt
    await setKey(DEMO_API_KEY);
    api().clearRequests();
    assert.equal(await run('agenthuman.refresh'), true);
    assert.deepEqual(calls(api()), ['GET /v1/links']);
    assert.equal(api().requests[0].status, 200);
    const id = SEED.links.activeUnlimited;
    await run('agenthuman.pauseLink', id);
    assert.equal(serverLink(api(), id).status, 'paused');
  });
});
