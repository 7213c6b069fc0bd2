// The client of the accounts against the fake server's two accounts: each request carries the
// key of the account it was made for, each account has its own rate-limit budget, and a 401
// marks only the account whose key was refused.
import * as assert from 'node:assert/strict';
import { createAccountClient } from '../../../src/account/accountClient';
import { isAgentHumanError } from '../../../src/api/errors';
import { DEMO_API_KEY, OTHER_API_KEY, SEED, startFakeServer, type FakeServer } from '../../fake-api/server';
import { FakeClock } from '../api/fakeClock';
import { accountWindow, FakeSecrets, FakeState } from '../support/accountStores';

const UNKNOWN_KEY = 'ah_test_Zz9Yy8Xx7Ww6Vv5Uu4Tt3Ss2Rr1Qq0Pp';

describe('accounts: the client of each account', () => {
  let server: FakeServer;
  afterEach(() => server.close());

  async function setup(rateLimitPerMinute = 60) {
    server = await startFakeServer({ port: 0, seed: 'demo', rateLimitPerMinute });
    const window = accountWindow(new FakeSecrets(), new FakeState(), { baseUrl: () => server.url });
    const demo = (await window.account.add(DEMO_API_KEY)).account;
    const other = (await window.account.add(OTHER_API_KEY)).account;
    // A request beyond a spent budget is refused at once (instead of waiting in the queue for the window).
    const client = createAccountClient(window.account, { userAgent: 'test', maxRetryWaitMs: 0, maxQueueWaitMs: 0, now: () => server.now() });
    return { ...window, client, demo, other };
  }

  const sent = () => server.requests.map((r) => `${r.account ?? '?'} ${r.headers['x-api-key'] === DEMO_API_KEY ? 'demo-key' : r.headers['x-api-key'] === OTHER_API_KEY ? 'other-key' : 'other'}`);

  it('each request carries the key of the account current when it was made, back and forth', async () => {
    const { account, client, demo, other } = await setup();
    assert.deepEqual((await client.listLinks()).map((l) => l.link_id).sort(), server.links('other').map((l) => l.link_id).sort());
    await account.switchTo(demo.id);
    assert.equal((await client.listLinks()).length, server.links('demo').length);
    await account.switchTo(other.id);
    await client.listLinks();
    assert.deepEqual(sent(), ['other other-key', 'demo demo-key', 'other other-key']);
  });

  it('a request made before a switch still goes with its own account\'s key', async () => {
    const { account, client, demo } = await setup();
    server.injectFault({ latencyMs: 200 });
    const before = client.getLink(SEED.links.otherActive);
    await account.switchTo(demo.id);
    assert.equal((await before).link_id, SEED.links.otherActive);
    assert.deepEqual(sent(), ['other other-key']);
  });

  it('the rate-limit budget is per account, and kept while another account is current', async () => {
    const { account, client, demo, other } = await setup(2);
    await client.listLinks();
    await client.listLinks(); // the last of the other account's budget: it stops sending
    await assert.rejects(client.listLinks(), (e: unknown) => isAgentHumanError(e, 'rateLimited'));
    assert.equal(server.requests.length, 2, 'the spent budget holds the request back');

    await account.switchTo(demo.id);
    assert.ok((await client.listLinks()).length > 0, 'the demo account has a budget of its own');
    await account.switchTo(other.id);
    await assert.rejects(client.listLinks(), (e: unknown) => isAgentHumanError(e, 'rateLimited'));
    assert.deepEqual(sent(), ['other other-key', 'other other-key', 'demo demo-key'], 'switching back does not reset the spent budget');
  });

  it('a 401 marks only the account whose key was refused; an answer clears its mark', async () => {
    const { account, client, demo, other } = await setup();
    await account.setKey(UNKNOWN_KEY); // the current (other) account now has a key the server does not know
    await assert.rejects(client.listLinks(), (e: unknown) => isAgentHumanError(e, 'unauthorized'));
    assert.equal(account.isRejected(other.id), true);
    assert.equal(account.isRejected(demo.id), false);
    await account.switchTo(demo.id);
    assert.equal(account.rejected, false);
    await client.listLinks();
    await account.switchTo(other.id);
    assert.equal(account.rejected, true, 'still refused when switched back to');
    await account.setKey(OTHER_API_KEY);
    await client.listLinks();
    assert.equal(account.rejected, false);
  });

  it('a 401 that comes back after a switch marks the account that sent the request, not the one switched to', async () => {
    const { account, client, demo, other } = await setup();
    await account.setKey(UNKNOWN_KEY); // other's key, refused by the server
    server.injectFault({ latencyMs: 200 });
    const late = client.listLinks();
    await account.switchTo(demo.id);
    await assert.rejects(late, (e: unknown) => isAgentHumanError(e, 'unauthorized'));
    assert.equal(account.rejected, false, 'the current (demo) account was not refused');
    assert.equal(account.isRejected(other.id), true);
  });

  it('with no account, nothing is sent', async () => {
    const { account, client, demo, other } = await setup();
    await account.remove(demo.id);
    await account.remove(other.id);
    await assert.rejects(client.listLinks(), (e: unknown) => isAgentHumanError(e, 'missingApiKey'));
    assert.equal(server.requests.length, 0);
  });
});

describe('accounts: the queue of requests waiting for the rate limit', () => {
  let server: FakeServer;
  afterEach(() => server.close());

  it('is told for the current account only, and a switch tells the new account\'s', async () => {
    server = await startFakeServer({ port: 0, seed: 'demo', rateLimitPerMinute: 1 });
    const clock = new FakeClock(Date.parse('2031-03-01T10:00:00Z'), { onMove: (now) => server.setNow(now) });
    const window = accountWindow(new FakeSecrets(), new FakeState(), { baseUrl: () => server.url });
    const demo = (await window.account.add(DEMO_API_KEY)).account;
    const other = (await window.account.add(OTHER_API_KEY)).account;
    const told: number[] = [];
    const client = createAccountClient(window.account, {
      userAgent: 'test', now: clock.now, sleep: clock.sleep, onQueueChange: (state) => told.push(state.queued),
    });
    await client.listLinks(); // the other account's one request of the minute
    const waiting = client.listLinks(); // waits for the next minute
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(told.at(-1), 1, 'the current account has one request waiting');
    await window.account.switchTo(demo.id);
    assert.equal(told.at(-1), 0, 'the demo account has none waiting');
    await client.listLinks();
    await window.account.switchTo(other.id);
    assert.equal(told.at(-1), 1, 'back on the other account: its request still waits');
    await clock.advance(61_000);
    await waiting;
    assert.equal(told.at(-1), 0);
    client.dispose();
  });
});
