/**
 * Retry-After and X-RateLimit-Reset are not taken at face value: a wait after a 429 is at
 * least 1 s and at most an hour, and the client's own block never refuses the retry it
 * waited for. Injected clocks: no real waiting, any date.
 */
import * as assert from 'node:assert/strict';
import { RateLimiter } from '../../../src/api/rateLimit';
import { SEED, startFakeServer, type FakeServer } from '../../fake-api/server';
import { clientFor, rejectsWith, requestsTo } from './clientHelpers';
import { FakeClock } from './fakeClock';

const T0 = Date.parse('2031-03-01T10:00:00.000Z');
const HOUR = 3_600_000;
const TOO_MANY = { success: false, error: 'Too many requests. Please retry after 1 minute.' };

describe('rate-limit waits (class 4)', () => {
  let server: FakeServer;
  before(async () => { server = await startFakeServer(); });
  after(async () => { await server.close(); });
  beforeEach(() => { server.reset(); });

  it('Retry-After: 999999999 blocks for an hour at most, not until 2058', async () => {
    const clock = new FakeClock(T0);
    const { client } = clientFor(server, { now: clock.now, sleep: clock.sleep });
    server.injectFault({ status: 429, body: TOO_MANY, headers: { 'Retry-After': '999999999' } });
    const error = await rejectsWith(client.listLinks(), 'rateLimited');
    assert.equal(error.retryAt?.getTime(), T0 + HOUR);
    await clock.advance(HOUR + 1);
    assert.equal((await client.listLinks()).length, 8);
    assert.equal(server.requests.length, 2);
  });

  it('an implausible X-RateLimit-Reset far in the future is clamped to an hour too', async () => {
    const clock = new FakeClock(T0);
    const { client } = clientFor(server, { now: clock.now, sleep: clock.sleep });
    // Seconds since 1970 for the year 5138: on a 429, and on a 200 that says the budget is spent.
    server.injectFault({ status: 429, body: TOO_MANY, headers: { 'X-RateLimit-Reset': '99999999999', 'X-RateLimit-Remaining': '0' } });
    const limited = await rejectsWith(client.listLinks(), 'rateLimited');
    assert.equal(limited.retryAt?.getTime(), T0 + HOUR);
    await clock.advance(HOUR);
    server.injectFault({ headers: { 'X-RateLimit-Reset': '99999999999', 'X-RateLimit-Remaining': '0' } }, { method: 'GET' });
    await client.listLinks();
    assert.ok((client.rateLimit.resetAt?.getTime() ?? 0) <= clock.now() + HOUR, 'the reset kept is at most an hour ahead');
    await clock.advance(HOUR + 1);
    await client.listLinks();
    assert.equal(server.requests.length, 3);
  });

  for (const [what, headers] of [
    ['Retry-After: -5', { 'Retry-After': '-5' }],
    ['Retry-After: 0', { 'Retry-After': '0' }],
    ['a Retry-After date in the past', { 'Retry-After': 'Thu, 01 Jan 1970 00:00:00 GMT' }],
    ['a past X-RateLimit-Reset', { 'X-RateLimit-Reset': String(T0 / 1000 - 3600), 'X-RateLimit-Remaining': '0' }],
    ['no header at all (and a 1-minute body)', {}],
  ] as const) {
    it(`a POST after a 429 with ${what} is retried only after the minimum wait, and creates one link`, async () => {
      const clock = new FakeClock(T0, { auto: true });
      const answeredAt: number[] = [];
      const { client } = clientFor(server, {
        now: clock.now, sleep: clock.sleep, maxRetryWaitMs: 90_000, onRequest: () => answeredAt.push(clock.now()),
      });
      server.injectFault({ status: 429, body: TOO_MANY, headers: { ...headers } }, { method: 'POST' });
      const link = await client.createLink({ agent_id: SEED.agents.support, name: `After 429 ${what}` });
      assert.deepEqual(requestsTo(server, 'POST').map((r) => r.status), [429, 201]);
      assert.equal(answeredAt.length, 2);
      assert.ok(answeredAt[1] - answeredAt[0] >= 1000, `the retry went ${answeredAt[1] - answeredAt[0]} ms after the 429`);
      assert.equal(server.links().filter((l) => l.link_id === link.link_id).length, 1);
    });
  }

  it('three POSTs against 429s with a negative Retry-After are not sent back to back', async () => {
    const clock = new FakeClock(T0, { auto: true });
    const { client } = clientFor(server, { now: clock.now, sleep: clock.sleep, maxRetryWaitMs: 5000 });
    server.injectFault({ status: 429, body: TOO_MANY, headers: { 'Retry-After': '-1' } }, { method: 'POST', times: Infinity });
    const started = clock.now();
    await rejectsWith(client.createLink({ agent_id: SEED.agents.support }), 'rateLimited');
    assert.equal(requestsTo(server, 'POST').length, 3);
    assert.ok(clock.now() - started >= 2000, `three POSTs within ${clock.now() - started} ms`);
  });

  for (const method of ['GET', 'POST'] as const) {
    it(`a ${method} retried after a 1 s wait whose timer fires a moment early is sent, not refused by the client's own block`, async () => {
      const clock = new FakeClock(T0, { auto: true, earlyMs: 5 });
      const { client } = clientFor(server, { now: clock.now, sleep: clock.sleep, maxRetryWaitMs: 5000 });
      server.injectFault({ status: 429, body: TOO_MANY, headers: { 'Retry-After': '1' } }, { method });
      if (method === 'GET') assert.equal((await client.listLinks()).length, 8);
      else await client.createLink({ agent_id: SEED.agents.support });
      assert.deepEqual(requestsTo(server, method).map((r) => r.status), [429, method === 'GET' ? 200 : 201]);
    });
  }
});

describe('the rate-limit budget (RateLimiter, pure)', () => {
  const headers = (values: Record<string, string>) => ({ get: (name: string) => values[name.toLowerCase()] ?? null });
  const window = (remaining: number, resetSec: number) => headers({ 'x-ratelimit-limit': '5', 'x-ratelimit-remaining': String(remaining), 'x-ratelimit-reset': String(resetSec) });

  it('sends one request at a time until an answer tells the budget', () => {
    const limiter = new RateLimiter(() => T0);
    assert.equal(limiter.nextSendTime(), T0);
    limiter.sent();
    assert.equal(limiter.nextSendTime(), undefined, 'waits for the first answer');
    limiter.settled(window(4, T0 / 1000 + 60));
    assert.equal(limiter.nextSendTime(), T0);
  });

  it('counts the requests in flight against what is left, and waits for the reset when none is', () => {
    const limiter = new RateLimiter(() => T0);
    limiter.sent();
    limiter.settled(window(2, T0 / 1000 + 60));
    limiter.sent();
    limiter.sent();
    assert.equal(limiter.nextSendTime(), T0 + 60_000, '2 left, 2 in flight');
  });

  it('keeps the lowest count of a window when answers come out of order, and ignores a late one of an earlier window', () => {
    const limiter = new RateLimiter(() => T0 + 61_000);
    limiter.observe(window(1, T0 / 1000 + 120));
    limiter.observe(window(3, T0 / 1000 + 120));
    assert.equal(limiter.state.remaining, 1);
    limiter.observe(window(4, T0 / 1000 + 60));
    assert.equal(limiter.state.remaining, 1);
    assert.equal(limiter.state.resetAt?.getTime(), T0 + 120_000);
  });

  it('without the headers, at most 60 sends in any minute (the local floor)', () => {
    let now = T0;
    const limiter = new RateLimiter(() => now);
    for (let i = 0; i < 60; i++) {
      assert.equal(limiter.nextSendTime(), now, `send ${i}`);
      limiter.sent();
      limiter.settled(headers({}));
      now += 100;
    }
    assert.equal(limiter.nextSendTime(), T0 + 60_000);
  });
});
