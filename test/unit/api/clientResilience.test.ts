/**
 * The client under pressure, against the fake server: the rate-limit budget, bounded
 * retries of reads, the no-blind-retry rule for writes, timeouts, and the base URL rules.
 */
import * as assert from 'node:assert/strict';
import { SEED, startFakeServer, type FakeServer } from '../../fake-api/server';
import { FakeClock } from './fakeClock';
import { clientFor, rejectsWith, requestsTo, sleep, waitFor } from './clientHelpers';

const L = SEED.links;
const A = SEED.agents;

describe('AgentHuman client resilience', () => {
  let server: FakeServer;

  before(async () => { server = await startFakeServer(); });
  after(async () => { await server.close(); });
  beforeEach(() => { server.reset(); server.setNow(undefined); });

  describe('rate limit', () => {
    let limited: FakeServer;
    before(async () => { limited = await startFakeServer({ rateLimitPerMinute: 3 }); });
    after(async () => { await limited.close(); });
    beforeEach(() => { limited.reset(); });

    // maxQueueWaitMs: 0 below: a request that would have to wait for the rate limit is
    // refused at once (by default it waits in the queue: test/unit/api/pacing.test.ts).
    it('stops sending once X-RateLimit-Remaining is 0, until the reset time passes (maxQueueWaitMs 0: refused meanwhile)', async () => {
      const t0 = Date.parse('2031-03-01T10:00:00.000Z');
      let clock = t0;
      limited.setNow(clock);
      const { client } = clientFor(limited, { now: () => clock, maxQueueWaitMs: 0 });
      for (let i = 0; i < 3; i++) await client.listLinks();
      assert.equal(client.rateLimit.remaining, 0);
      assert.equal(client.rateLimit.limit, 3);
      assert.equal(limited.requests.length, 3);

      const error = await rejectsWith(client.listLinks(), 'rateLimited');
      await rejectsWith(client.createLink({ agent_id: A.support }), 'rateLimited');
      assert.equal(limited.requests.length, 3, 'nothing was sent while the budget is spent');
      assert.equal(error.retryAt?.getTime(), t0 + 60_000, 'retryAt is the X-RateLimit-Reset time');
      assert.equal(error.status, undefined);

      clock = t0 + 59_000;
      await rejectsWith(client.listLinks(), 'rateLimited');
      assert.equal(limited.requests.length, 3);

      clock = t0 + 61_000;
      limited.setNow(clock);
      assert.equal((await client.listLinks()).length, 8);
      assert.equal(limited.requests.length, 4);
      assert.equal(client.rateLimit.remaining, 2);
    });

    it('a 429 from the server (budget spent elsewhere) blocks further sends until the reset (maxQueueWaitMs 0)', async () => {
      const t0 = Date.parse('2031-03-01T10:00:00.000Z');
      let clock = t0;
      limited.setNow(clock);
      const other = clientFor(limited, { now: () => clock }).client;
      for (let i = 0; i < 3; i++) await other.listLinks();
      const { client } = clientFor(limited, { now: () => clock, maxQueueWaitMs: 0 });
      const error = await rejectsWith(client.listLinks(), 'rateLimited');
      assert.equal(error.status, 429);
      assert.match(error.serverMessage ?? '', /Too many requests/);
      assert.equal(error.retryAt?.getTime(), t0 + 60_000);
      assert.equal(limited.requests.length, 4, 'the 429 was not retried: its wait is longer than maxRetryWaitMs');
      await rejectsWith(client.getLink(L.paused), 'rateLimited');
      assert.equal(limited.requests.length, 4);
      clock = t0 + 61_000;
      limited.setNow(clock);
      await client.getLink(L.paused);
      assert.equal(limited.requests.length, 5);
    });

    it('a 429 with Retry-After gives retryAt from it and blocks until then (maxQueueWaitMs 0)', async () => {
      let clock = Date.now();
      const t0 = clock;
      const { client } = clientFor(server, { now: () => clock, maxQueueWaitMs: 0 });
      server.injectFault({ status: 429, body: { success: false, error: 'Too many requests. Please retry after 1 minute.' }, headers: { 'Retry-After': '30' } });
      const error = await rejectsWith(client.listLinks(), 'rateLimited');
      assert.equal(error.retryAt?.getTime(), t0 + 30_000);
      assert.equal(error.serverMessage, 'Too many requests. Please retry after 1 minute.');
      assert.equal(server.requests.length, 1);
      clock = t0 + 29_000;
      const blocked = await rejectsWith(client.deleteLink(L.paused), 'rateLimited');
      assert.equal(blocked.retryAt?.getTime(), t0 + 30_000);
      assert.equal(server.requests.length, 1, 'nothing sent before Retry-After');
      clock = t0 + 30_001;
      await client.listLinks();
      assert.equal(server.requests.length, 2);
    });

    it('a 429 with only X-RateLimit-Reset (epoch seconds) gives retryAt from it (maxQueueWaitMs 0)', async () => {
      const reset = Math.ceil(Date.now() / 1000) + 45;
      server.injectFault({ status: 429, headers: { 'X-RateLimit-Reset': String(reset), 'X-RateLimit-Remaining': '0' } });
      const { client } = clientFor(server, { maxQueueWaitMs: 0 });
      const error = await rejectsWith(client.listLinks(), 'rateLimited');
      assert.equal(error.retryAt?.getTime(), reset * 1000);
      await rejectsWith(client.listLinks(), 'rateLimited');
      assert.equal(server.requests.length, 1);
    });
  });

  describe('retries of reads (GET)', () => {
    it('retries a 503 and succeeds once the fault is gone', async () => {
      server.injectFault({ status: 503 }, { times: 2 });
      const { client, log } = clientFor(server);
      assert.equal((await client.listLinks()).length, 8);
      assert.deepEqual(server.requests.map((r) => r.status), [503, 503, 200]);
      assert.deepEqual(log.map((e) => e.attempt), [0, 1, 2]);
    });

    it('gives up after 1 + maxRetries attempts', async () => {
      server.injectFault({ status: 503 }, { times: Infinity });
      const { client } = clientFor(server, { maxRetries: 3 });
      const error = await rejectsWith(client.getLink(L.paused), 'server');
      assert.equal(error.status, 503);
      assert.equal(server.requests.length, 4);
      server.clearRequests();
      const none = clientFor(server, { maxRetries: 0 }).client;
      await rejectsWith(none.getLink(L.paused), 'server');
      assert.equal(server.requests.length, 1);
    });

    it('retries a 429 with a short Retry-After (0 is taken as the 1 s minimum)', async () => {
      server.injectFault({ status: 429, headers: { 'Retry-After': '0' } });
      const clock = new FakeClock(Date.parse('2031-03-01T10:00:00.000Z'), { auto: true });
      const { client } = clientFor(server, { now: clock.now, sleep: clock.sleep, maxRetryWaitMs: 2000 });
      assert.equal((await client.listLinks()).length, 8);
      assert.deepEqual(server.requests.map((r) => r.status), [429, 200]);
      assert.deepEqual(clock.sleeps, [1000]);
    });

    it('waits for the 429 reset before retrying (at least 1 s)', async () => {
      // X-RateLimit-Reset in milliseconds: 150 ms away, so the 1 s minimum applies.
      const t0 = Date.parse('2031-03-01T10:00:00.000Z');
      const clock = new FakeClock(t0, { auto: true });
      server.injectFault({ status: 429, headers: { 'X-RateLimit-Reset': String(t0 + 150), 'X-RateLimit-Remaining': '0' } });
      const answeredAt: number[] = [];
      const { client } = clientFor(server, { now: clock.now, sleep: clock.sleep, maxRetryWaitMs: 2000, onRequest: () => answeredAt.push(clock.now()) });
      await client.getLink(L.paused);
      assert.equal(server.requests.length, 2);
      assert.deepEqual(answeredAt, [t0, t0 + 1000], 'the retry was not sent before the reset, nor before 1 s');
    });

    it('does not wait for a 503 whose Retry-After exceeds maxRetryWaitMs, nor treat it as the rate limit', async () => {
      const { client } = clientFor(server, { maxRetryWaitMs: 100 });
      server.injectFault({ status: 503, headers: { 'Retry-After': '5' } });
      const started = Date.now();
      const error = await rejectsWith(client.listLinks(), 'server');
      assert.equal(error.status, 503);
      assert.ok(Date.now() - started < 1000);
      assert.equal(server.requests.length, 1);
      // The next call is sent: a 503 is not a spent rate-limit budget.
      assert.equal((await client.listLinks()).length, 8);
      assert.equal(server.requests.length, 2);
    });

    it('retries a 503 with an unreadable Retry-After with its own backoff', async () => {
      server.injectFault({ status: 503, headers: { 'Retry-After': 'soon' } });
      const { client } = clientFor(server);
      const started = Date.now();
      assert.equal((await client.listLinks()).length, 8);
      assert.ok(Date.now() - started < 1000);
      assert.deepEqual(server.requests.map((r) => r.status), [503, 200]);
      await client.listLinks();
      assert.equal(server.requests.length, 3, 'not blocked afterwards');
    });

    it('retries a dropped connection, bounded', async () => {
      server.injectFault({ drop: true });
      const { client } = clientFor(server);
      assert.equal((await client.getLink(L.paused)).link_id, L.paused);
      assert.equal(server.requests.length, 2);

      server.clearRequests();
      server.injectFault({ drop: true }, { times: Infinity });
      const error = await rejectsWith(client.listLinks(), 'network');
      assert.equal(server.requests.length, 3);
      assert.equal(error.code, 'ECONNRESET');
    });

    it('does not retry a 500, 4xx or bad answer', async () => {
      const { client } = clientFor(server);
      server.injectFault({ status: 500 });
      await rejectsWith(client.listLinks(), 'server');
      server.injectFault({ status: 400 });
      await rejectsWith(client.listLinks(), 'invalidRequest');
      server.injectFault({ nonJson: true });
      await rejectsWith(client.listLinks(), 'badResponse');
      assert.equal(server.requests.length, 3);
    });
  });

  describe('no blind retry of writes', () => {
    it('POST: a dropped connection is not retried and may have created the link', async () => {
      server.injectFault({ drop: true }, { method: 'POST' });
      const { client } = clientFor(server);
      const error = await rejectsWith(client.createLink({ agent_id: A.support }), 'network');
      assert.equal(error.mayHaveReachedServer, true);
      assert.equal(requestsTo(server, 'POST').length, 1);
      assert.equal(server.links().length, 8);
    });

    it('POST: a timeout is not retried; the server created the link once', async () => {
      // The link is made at once; only its answer is late (later than the client waits).
      server.injectFault({ answerDelayMs: 400 }, { method: 'POST' });
      const { client } = clientFor(server, { timeoutMs: 150 });
      const error = await rejectsWith(client.createLink({ agent_id: A.sales, name: 'Slow one' }), 'timeout');
      assert.equal(error.mayHaveReachedServer, true);
      await waitFor(() => server.requests.length > 0 && server.requests[0].status !== 0, 3000);
      await sleep(50);
      assert.equal(requestsTo(server, 'POST').length, 1);
      assert.equal(server.links().filter((l) => l.name === 'Slow one').length, 1);
    });

    it('PUT: a timeout is not retried', async () => {
      server.injectFault({ answerDelayMs: 400 }, { method: 'PUT' });
      const { client } = clientFor(server, { timeoutMs: 150 });
      const error = await rejectsWith(client.updateLink(L.activeUnlimited, { status: 'paused' }), 'timeout');
      assert.equal(error.mayHaveReachedServer, true);
      await waitFor(() => server.requests.length > 0 && server.requests[0].status !== 0, 3000);
      await sleep(50);
      assert.equal(requestsTo(server, 'PUT').length, 1);
    });

    it('PUT and DELETE: a 500 or 503 is not retried and may have been processed', async () => {
      const { client } = clientFor(server);
      server.injectFault({ status: 500 }, { method: 'PUT' });
      const put = await rejectsWith(client.updateLink(L.paused, { name: 'x' }), 'server');
      assert.equal(put.mayHaveReachedServer, true);
      server.injectFault({ status: 503, headers: { 'Retry-After': '0' } }, { method: 'DELETE' });
      const del = await rejectsWith(client.deleteLink(L.paused), 'server');
      assert.equal(del.mayHaveReachedServer, true);
      server.injectFault({ drop: true }, { method: 'DELETE' });
      const dropped = await rejectsWith(client.deleteLink(L.paused), 'network');
      assert.equal(dropped.mayHaveReachedServer, true);
      assert.deepEqual(server.requests.map((r) => `${r.method} ${r.status}`), ['PUT 500', 'DELETE 503', 'DELETE 0']);
    });

    it('a 4xx answer says the request was not processed', async () => {
      const { client } = clientFor(server);
      const error = await rejectsWith(client.updateLink(L.activeLimited, { use_limit: 1 }), 'invalidRequest');
      assert.equal(error.mayHaveReachedServer, false);
    });

    it('POST: a 429 with a short Retry-After is retried (after the 1 s minimum) and creates exactly one link', async () => {
      server.injectFault({ status: 429, body: { success: false, error: 'Too many requests. Please retry after 1 minute.' }, headers: { 'Retry-After': '0' } }, { method: 'POST' });
      const clock = new FakeClock(Date.parse('2031-03-01T10:00:00.000Z'), { auto: true });
      const { client } = clientFor(server, { now: clock.now, sleep: clock.sleep, maxRetryWaitMs: 2000 });
      const link = await client.createLink({ agent_id: A.onboarding, name: 'After 429' });
      assert.deepEqual(requestsTo(server, 'POST').map((r) => r.status), [429, 201]);
      const created = server.links().filter((l) => l.name === 'After 429');
      assert.equal(created.length, 1);
      assert.equal(created[0].link_id, link.link_id);
      assert.deepEqual(clock.sleeps, [1000]);
    });

    it('POST: a refused connection (nothing sent) may be retried', async () => {
      const closed = await startFakeServer();
      const url = closed.url;
      await closed.close();
      const { client, log } = clientFor(url, { maxRetries: 1 });
      const error = await rejectsWith(client.createLink({ agent_id: A.support }), 'network');
      assert.equal(error.mayHaveReachedServer, false);
      assert.equal(log.length, 2);
    });
  });

  describe('timeouts and cancellation', () => {
    it('times out a stalled read and does not retry it', async () => {
      server.injectFault({ latencyMs: 300 });
      const { client } = clientFor(server, { timeoutMs: 50 });
      await rejectsWith(client.listLinks(), 'timeout');
      assert.equal(server.requests.length, 1);
    });

    it('a caller abort cancels the request', async () => {
      server.injectFault({ latencyMs: 300 });
      const { client } = clientFor(server);
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 30);
      const error = await rejectsWith(client.listLinks('all', { signal: controller.signal }), 'network');
      assert.equal(error.code, 'cancelled');
      assert.equal(server.requests.length, 1);
    });
  });

  describe('base URL', () => {
    it('honours a base path prefix, with or without a trailing slash', async () => {
      for (const suffix of ['/proxy', '/proxy/', '/proxy//']) {
        server.clearRequests();
        const { client } = clientFor(`${server.url}${suffix}`);
        // The fake serves /v1 only, so the prefixed path is a 404: what matters is the path sent.
        await rejectsWith(client.getLink(L.paused), 'notFound');
        assert.deepEqual(server.requests.map((r) => r.path), [`/proxy/v1/links/${L.paused}`]);
      }
      server.clearRequests();
      await clientFor(`${server.url}/`).client.listLinks();
      assert.deepEqual(server.requests.map((r) => r.path), ['/v1/links']);
    });

    it('accepts http for [::1], and refuses localhost by name without sending anything', async () => {
      const port = new URL(server.url).port;
      const byName = await rejectsWith(clientFor(`http://localhost:${port}`).client.listLinks(), 'badConfiguration');
      assert.ok(byName.message.includes(`http://127.0.0.1:${port}`), byName.message);
      assert.equal(server.requests.length, 0);
      const v6 = await startFakeServer({ host: '::1' });
      try {
        assert.match(v6.url, /^http:\/\/\[::1\]:/);
        await clientFor(v6).client.listLinks();
        assert.equal(v6.requests.length, 1);
      } finally {
        await v6.close();
      }
    });

    it('refuses an insecure or unusable base URL before sending anything (badConfiguration)', async () => {
      const port = new URL(server.url).port;
      const bad = [
        `http://example.com:${port}`,
        `http://10.0.0.5:${port}`,
        `http://127.0.0.1.nip.io:${port}`,
        `ftp://127.0.0.1:${port}`,
        `http://user:pass@127.0.0.1:${port}`,
        `https://user@api.agenthuman.com`,
        'not a url',
        '',
      ];
      for (const baseUrl of bad) {
        const { client, log } = clientFor(baseUrl);
        const error = await rejectsWith(client.listLinks(), 'badConfiguration');
        assert.ok(!error.message.includes('pass@'), 'credentials are not echoed');
        assert.equal(log.length, 0);
      }
      assert.equal(server.requests.length, 0);
    });

    it('reads a base URL function before every request', async () => {
      let base = 'http://example.com';
      const { client } = clientFor(server, { baseUrl: () => base });
      await rejectsWith(client.listLinks(), 'badConfiguration');
      base = server.url;
      assert.equal((await client.listLinks()).length, 8);
    });
  });
});
