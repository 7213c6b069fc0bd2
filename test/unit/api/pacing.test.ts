/**
 * Pacing: the client queues requests so that it never sends more than the rate-limit
 * budget allows within the window, instead of spending the account's limit on 429s. The
 * fake server and the client share an injected clock: a minute takes no real time.
 */
import * as assert from 'node:assert/strict';
import type { QueueState } from '../../../src/api/client';
import { createLazyClient } from '../../../src/api/lazyClient';
import { DEMO_API_KEY, SEED, startFakeServer, type FakeServer } from '../../fake-api/server';
import { clientFor, rejectsWith, sleep, waitFor } from './clientHelpers';
import { FakeClock } from './fakeClock';

const T0 = Date.parse('2031-03-01T10:00:00.000Z');
const MINUTE = 60_000;
const TOO_MANY = { success: false, error: 'Too many requests. Please retry after 1 minute.' };

describe('pacing: requests wait for the rate-limit budget (class 6)', () => {
  let server: FakeServer;
  before(async () => { server = await startFakeServer({ rateLimitPerMinute: 5 }); });
  after(async () => { await server.close(); });
  beforeEach(() => { server.reset(); server.setNow(undefined); });

  it('12 requests at once against 5 a minute: no 429, the 7 beyond the budget go only after the window resets, and the queue says so', async () => {
    const clock = new FakeClock(T0, { onMove: (t) => server.setNow(t) });
    const states: QueueState[] = [];
    const answeredAt: number[] = [];
    const { client } = clientFor(server, {
      now: clock.now, sleep: clock.sleep, onQueueChange: (state) => states.push(state), onRequest: () => answeredAt.push(clock.now()),
    });
    const calls = Array.from({ length: 12 }, () => client.listLinks());

    await waitFor(() => server.requests.length === 5 && answeredAt.length === 5, 5000);
    await sleep(50); // nothing else goes out meanwhile
    assert.equal(server.requests.length, 5);
    assert.deepEqual(client.queue, { queued: 7, nextSendAt: new Date(T0 + MINUTE) });
    assert.deepEqual(states.at(-1), client.queue, 'onQueueChange told the same');
    assert.ok(states.some((s) => s.queued === 11), 'all but the first were queued at first');

    await clock.advance(MINUTE - 1);
    await sleep(20);
    assert.equal(server.requests.length, 5, 'not one request before the window resets');

    await clock.advance(1);
    await waitFor(() => answeredAt.length === 10 && client.queue.queued === 2, 5000);
    assert.deepEqual(client.queue, { queued: 2, nextSendAt: new Date(T0 + 2 * MINUTE) });

    await clock.advance(MINUTE);
    const lists = await Promise.all(calls);
    assert.deepEqual(lists.map((l) => l.length), Array(12).fill(8));
    assert.deepEqual(server.requests.map((r) => r.status), Array(12).fill(200), 'no 429 was ever received');
    assert.deepEqual(answeredAt, [...Array(5).fill(T0), ...Array(5).fill(T0 + MINUTE), ...Array(2).fill(T0 + 2 * MINUTE)]);
    assert.deepEqual(client.queue, { queued: 0 });
    assert.deepEqual(states.at(-1), { queued: 0 });
  });

  it('writes are paced the same way, each created once', async () => {
    const clock = new FakeClock(T0, { onMove: (t) => server.setNow(t) });
    const { client } = clientFor(server, { now: clock.now, sleep: clock.sleep });
    const calls = Array.from({ length: 7 }, (_, i) => client.createLink({ agent_id: SEED.agents.support, name: `Paced ${i}` }));
    await waitFor(() => server.requests.length === 5 && client.queue.queued === 2, 5000);
    await clock.advance(MINUTE);
    await Promise.all(calls);
    assert.deepEqual(server.requests.map((r) => r.status), Array(7).fill(201));
    assert.equal(server.links().filter((l) => l.name?.startsWith('Paced ')).length, 7);
  });

  it('without rate-limit headers, a local sliding window of 60 a minute is the floor', async () => {
    const open = await startFakeServer({ rateLimitPerMinute: 1000 });
    try {
      // Faulted answers carry no X-RateLimit-* headers.
      open.injectFault({ status: 200, body: { success: true, links: [] } }, { times: Infinity });
      const clock = new FakeClock(T0);
      const { client } = clientFor(open, { now: clock.now, sleep: clock.sleep });
      const calls = Array.from({ length: 70 }, () => client.listLinks());
      await waitFor(() => open.requests.length === 60 && client.queue.queued === 10, 5000);
      await sleep(50);
      assert.equal(open.requests.length, 60);
      assert.deepEqual(client.queue, { queued: 10, nextSendAt: new Date(T0 + MINUTE) });
      await clock.advance(MINUTE);
      await Promise.all(calls);
      assert.equal(open.requests.length, 70);
    } finally {
      await open.close();
    }
  });

  it('a queued request is cancelled by its AbortSignal (network, code cancelled) and never sent', async () => {
    const clock = new FakeClock(T0, { onMove: (t) => server.setNow(t) });
    const { client } = clientFor(server, { now: clock.now, sleep: clock.sleep });
    const first = Array.from({ length: 5 }, () => client.listLinks());
    await Promise.all(first);
    const controller = new AbortController();
    const queued = client.getLink(SEED.links.paused, { signal: controller.signal });
    await waitFor(() => client.queue.queued === 1, 5000);
    controller.abort();
    const error = await rejectsWith(queued, 'network');
    assert.equal(error.code, 'cancelled');
    assert.deepEqual(client.queue, { queued: 0 });
    await clock.advance(MINUTE);
    await sleep(20);
    assert.equal(server.requests.length, 5, 'the cancelled request was not sent');
  });

  it('the per-attempt timeout starts when the request is sent, not while it waits in the queue', async () => {
    const clock = new FakeClock(T0, { onMove: (t) => server.setNow(t) });
    const { client } = clientFor(server, { now: clock.now, sleep: clock.sleep, timeoutMs: 1000 });
    await Promise.all(Array.from({ length: 5 }, () => client.listLinks()));
    const queued = client.listLinks();
    await sleep(1500); // real time, longer than the timeout, spent in the queue
    await clock.advance(MINUTE);
    assert.equal((await queued).length, 8);
  });

  it('a request that would wait longer than maxQueueWaitMs is refused at once, with when to retry', async () => {
    const clock = new FakeClock(T0, { onMove: (t) => server.setNow(t) });
    const { client } = clientFor(server, { now: clock.now, sleep: clock.sleep });
    server.injectFault({ status: 429, body: TOO_MANY, headers: { 'Retry-After': '600' } });
    await rejectsWith(client.listLinks(), 'rateLimited');
    const refused = await rejectsWith(client.listLinks(), 'rateLimited');
    assert.equal(refused.retryAt?.getTime(), T0 + 600_000);
    assert.equal(server.requests.length, 1);
    assert.deepEqual(client.queue, { queued: 0 });
  });

  it('after a 429 (budget spent elsewhere), other requests wait for the reset in the queue instead of failing', async () => {
    const clock = new FakeClock(T0, { onMove: (t) => server.setNow(t) });
    const { client } = clientFor(server, { now: clock.now, sleep: clock.sleep });
    server.injectFault({ status: 429, body: TOO_MANY, headers: { 'Retry-After': '30' } });
    await rejectsWith(client.listLinks(), 'rateLimited'); // 30 s is longer than its own maxRetryWaitMs
    const waiting = client.getLink(SEED.links.paused);
    await waitFor(() => client.queue.queued === 1, 5000);
    assert.equal(client.queue.nextSendAt?.getTime(), T0 + 30_000);
    await clock.advance(30_000);
    assert.equal((await waiting).link_id, SEED.links.paused);
    assert.deepEqual(server.requests.map((r) => r.status), [429, 200]);
  });

  it('the lazily loaded client forwards the queue state and onQueueChange', async () => {
    const clock = new FakeClock(T0, { onMove: (t) => server.setNow(t) });
    const states: QueueState[] = [];
    const api = createLazyClient({
      baseUrl: server.url, apiKey: () => DEMO_API_KEY, userAgent: 'test', now: clock.now, sleep: clock.sleep,
      onQueueChange: (state) => states.push(state),
    });
    assert.deepEqual(api.queue, { queued: 0 });
    const calls = Array.from({ length: 7 }, () => api.listLinks());
    await waitFor(() => server.requests.length === 5 && api.queue.queued === 2, 5000);
    assert.equal(states.at(-1)?.queued, 2);
    // reset() (another key or server): a fresh client, whose queue is empty; what the old
    // one does with its queue is no longer reported.
    api.reset();
    assert.deepEqual(api.queue, { queued: 0 });
    assert.deepEqual(states.at(-1), { queued: 0 });
    const told = states.length;
    await clock.advance(MINUTE);
    await Promise.all(calls);
    assert.equal(states.length, told);
  });
});
