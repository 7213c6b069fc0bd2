/**
 * The fake AgentHuman server's own contract rules, checked over loopback with plain fetch:
 * what a client talking to it would notice.
 */
import * as assert from 'node:assert/strict';
import fetch, { type Headers } from 'node-fetch';
import {
  DEMO_API_KEY, MANY_LINK_COUNT, OTHER_API_KEY, SEED, startFakeServer, type FakeServer, type Link,
} from '../server';

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
}

interface CallOptions {
  key?: string | null;
  body?: unknown;
  rawBody?: string;
  contentType?: string | null;
}

function caller(getServer: () => FakeServer) {
  return async (method: string, path: string, o: CallOptions = {}): Promise<Answer> => {
    const headers: Record<string, string> = {};
    const key = o.key === undefined ? DEMO_API_KEY : o.key;
    if (key !== null) headers['x-api-key'] = key;
    let body: string | undefined;
    if (o.rawBody !== undefined) body = o.rawBody;
    else if (o.body !== undefined) body = JSON.stringify(o.body);
    if (body !== undefined && o.contentType !== null) headers['content-type'] = o.contentType ?? 'application/json';
    const res = await fetch(getServer().url + path, { method, headers, body });
    const text = await res.text();
    let json: unknown;
    try { json = JSON.parse(text); } catch { json = undefined; }
    return { status: res.status, headers: res.headers, text, json };
  };
}

const L = SEED.links;
const A = SEED.agents;
const DAY = 86_400_000;

function assertValidationError(a: Answer, field: string): void {
  assert.equal(a.status, 400, a.text);
  assert.equal(a.json.success, false);
  assert.equal(a.json.error.code, 'validation_error');
  assert.equal(a.json.error.details.field, field);
  assert.equal(typeof a.json.error.message, 'string');
  assert.equal(typeof a.json.error.suggestion, 'string');
}

describe('fake AgentHuman server', () => {
  let server: FakeServer;
  const call = caller(() => server);

  before(async () => { server = await startFakeServer(); });
  after(async () => { await server.close(); });
  beforeEach(() => {
    server.setNow(undefined);
    server.reset();
  });

  describe('auth and accounts', () => {
    it('answers a missing key with 401 in form 3, without rate-limit headers', async () => {
      const a = await call('GET', '/v1/links', { key: null });
      assert.equal(a.status, 401);
      assert.deepEqual(a.json, { error: 'API key required' });
      assert.equal(a.headers.get('x-ratelimit-limit'), null);
    });

    it('answers an unknown key with 401 in form 1', async () => {
      const a = await call('GET', '/v1/links', { key: 'ah_test_' + 'x'.repeat(32) });
      assert.equal(a.status, 401);
      assert.equal(a.json.success, false);
      assert.equal(a.json.error.message, 'Invalid API key');
      assert.equal(a.headers.get('x-ratelimit-limit'), null);
    });

    it('keys look like ah_test_ + 32 letters/digits and differ', () => {
      assert.match(DEMO_API_KEY, /^ah_test_[A-Za-z0-9]{32}$/);
      assert.match(OTHER_API_KEY, /^ah_test_[A-Za-z0-9]{32}$/);
      assert.notEqual(DEMO_API_KEY, OTHER_API_KEY);
    });

    it("hides another account's link: GET, PUT and DELETE answer 404 and change nothing", async () => {
      for (const [method, body] of [['GET', undefined], ['PUT', { name: 'hijack' }], ['DELETE', undefined]] as const) {
        const a = await call(method, `/v1/links/${L.otherActive}`, { body });
        assert.equal(a.status, 404, method);
        assert.equal(a.json.error.message, 'Link not found');
      }
      const mine = await call('GET', `/v1/links/${L.otherActive}`, { key: OTHER_API_KEY });
      assert.equal(mine.status, 200);
      assert.equal(mine.json.link.name, 'Lobby kiosk');
    });

    it("refuses to create a link on another account's agent with 404 Agent not found", async () => {
      const a = await call('POST', '/v1/links', { body: { agent_id: A.otherReceptionist } });
      assert.equal(a.status, 404);
      assert.equal(a.json.error.message, 'Agent not found');
      assert.equal(server.links().length, 8);
    });

    it('lists only the caller\'s links and agents', async () => {
      const other = await call('GET', '/v1/links', { key: OTHER_API_KEY });
      assert.deepEqual(other.json.links.map((l: Link) => l.link_id).sort(), [L.otherActive, L.otherPaused].sort());
      const agents = await call('GET', '/v1/agents', { key: OTHER_API_KEY });
      assert.deepEqual(agents.json.agents.map((x: { agent_id: string }) => x.agent_id), [A.otherReceptionist]);
    });
  });

  describe('list, get and unknown routes', () => {
    it('lists every demo link, newest created_at first, each with the full nested agent', async () => {
      const a = await call('GET', '/v1/links');
      assert.equal(a.status, 200);
      assert.equal(a.json.success, true);
      const links: Link[] = a.json.links;
      assert.equal(links.length, 8);
      const times = links.map((l) => Date.parse(l.created_at));
      assert.deepEqual(times, [...times].sort((x, y) => y - x));
      for (const l of links) {
        assert.match(l.link_id, /^lnk_/);
        assert.equal(l.url, `https://app.agenthuman.com/s/${l.link_id}`);
        assert.match(l.agent.agent_id, /^agnt_/);
        assert.ok(['public', 'api_key', 'token'].includes(l.agent.voice_agent.auth_method));
      }
      assert.equal(links.find((l) => l.link_id === L.unnamed)?.name, null);
    });

    it('seed "many": 5,000 links in the demo account, distinct, every status, the same shape', async () => {
      const s = await startFakeServer({ seed: 'many' });
      try {
        const c = caller(() => s);
        const links: Link[] = (await c('GET', '/v1/links')).json.links;
        assert.equal(links.length, MANY_LINK_COUNT);
        assert.equal(new Set(links.map((l) => l.link_id)).size, MANY_LINK_COUNT);
        assert.deepEqual([...new Set(links.map((l) => l.status))].sort(), ['active', 'expired', 'paused']);
        for (const l of links) {
          assert.match(l.link_id, /^lnk_[A-Za-z0-9]{16,}$/);
          assert.equal(l.url, `https://app.agenthuman.com/s/${l.link_id}`);
          assert.ok(l.use_limit === null || (Number.isInteger(l.use_limit) && l.use_limit >= 1));
        }
        assert.ok(links.some((l) => l.link_id === L.unnamed), 'the demo links are among them');
        assert.equal((await c('GET', '/v1/links', { key: OTHER_API_KEY })).json.links.length, 2, 'the other account keeps its own');
      } finally {
        await s.close();
      }
    });

    it('filters by derived status and covers every status in the seed', async () => {
      const ids = async (status: string) =>
        (await call('GET', `/v1/links?status=${status}`)).json.links.map((l: Link) => l.link_id).sort();
      assert.deepEqual(await ids('expired'), [L.expiredByDate, L.expiredByUses].sort());
      assert.deepEqual(await ids('paused'), [L.paused]);
      assert.deepEqual(await ids('active'),
        [L.activeUnlimited, L.activeLimited, L.nearLimit, L.expiringSoon, L.unnamed].sort());
      assert.equal((await ids('all')).length, 8);
    });

    it('refuses an unknown status filter with 400', async () => {
      assertValidationError(await call('GET', '/v1/links?status=archived'), 'status');
    });

    it('gets one link', async () => {
      const a = await call('GET', `/v1/links/${L.nearLimit}`);
      assert.equal(a.status, 200);
      assert.equal(a.json.link.uses, 46);
      assert.equal(a.json.link.use_limit, 50);
      assert.equal(a.json.link.agent.name, 'Onboarding Guide');
    });

    it('answers unknown routes and methods with 404 in form 1', async () => {
      for (const [m, p] of [['GET', '/v1/nope'], ['PATCH', `/v1/links/${L.paused}`], ['GET', '/'], ['GET', '/v1/links/x/y']]) {
        const a = await call(m, p);
        assert.equal(a.status, 404, `${m} ${p}`);
        assert.equal(a.json.success, false);
        assert.equal(typeof a.json.error.message, 'string');
      }
    });

    it("answers GET /v1/agents with the caller's agents", async () => {
      const a = await call('GET', '/v1/agents');
      assert.equal(a.status, 200);
      assert.deepEqual(a.json.agents.map((x: { name: string }) => x.name),
        ['Support Concierge', 'Sales Assistant', 'Onboarding Guide']);
      assert.deepEqual(a.json.agents, server.agents());
    });
  });

  describe('create', () => {
    it('creates an active link with defaults: uses 0, fresh id, share url, nested agent, name from the date', async () => {
      const t = Date.parse('2026-11-22T10:00:00Z');
      server.setNow(t);
      server.reset(); // the seed dated relative to the pinned clock, as a server running on that day would hold it
      const a = await call('POST', '/v1/links', { body: { agent_id: A.sales } });
      assert.equal(a.status, 201);
      assert.equal(a.json.success, true);
      const link: Link = a.json.link;
      assert.match(link.link_id, /^lnk_[A-Za-z0-9]{16,}$/);
      assert.equal(link.url, `https://app.agenthuman.com/s/${link.link_id}`);
      assert.equal(link.status, 'active');
      assert.equal(link.uses, 0);
      assert.equal(link.use_limit, null);
      assert.equal(link.expires_at, null);
      assert.equal(link.name, 'Link Nov 22, 2026');
      assert.equal(link.created_at, '2026-11-22T10:00:00.000Z');
      assert.deepEqual(link.agent, server.agents().find((x) => x.agent_id === A.sales));
      assert.equal(server.links()[0].link_id, link.link_id, 'newest first');
      const again = await call('POST', '/v1/links', { body: { agent_id: A.sales, name: '' } });
      assert.equal(again.json.link.name, 'Link Nov 22, 2026', 'empty name = default');
      assert.notEqual(again.json.link.link_id, link.link_id);
    });

    it('stores name, expires_at and use_limit as given and ignores unknown fields', async () => {
      const a = await call('POST', '/v1/links', {
        body: { agent_id: A.support, name: '  Trade fair ', expires_at: '2099-01-02T03:04:05+01:00', use_limit: 1, color: 'red' },
      });
      assert.equal(a.status, 201, a.text);
      assert.equal(a.json.link.name, '  Trade fair ');
      assert.equal(a.json.link.expires_at, '2099-01-02T02:04:05.000Z');
      assert.equal(a.json.link.use_limit, 1);
      assert.equal('color' in a.json.link, false);
      const dateOnly = await call('POST', '/v1/links', { body: { agent_id: A.support, expires_at: '2099-12-31' } });
      assert.equal(dateOnly.json.link.expires_at, '2099-12-31T00:00:00.000Z');
    });

    const invalid: [string, Record<string, unknown>][] = [
      ['agent_id', {}],
      ['agent_id', { agent_id: 42 }],
      ['agent_id', { agent_id: 'sales' }],
      ['name', { agent_id: A.sales, name: 42 }],
      ['name', { agent_id: A.sales, name: null }],
      ['expires_at', { agent_id: A.sales, expires_at: 'next tuesday' }],
      ['expires_at', { agent_id: A.sales, expires_at: '2026-02-30' }],
      ['expires_at', { agent_id: A.sales, expires_at: '2026-12-01T10:00:00' }],
      ['expires_at', { agent_id: A.sales, expires_at: 1_800_000_000_000 }],
      ['use_limit', { agent_id: A.sales, use_limit: 0 }],
      ['use_limit', { agent_id: A.sales, use_limit: -3 }],
      ['use_limit', { agent_id: A.sales, use_limit: 1.5 }],
      ['use_limit', { agent_id: A.sales, use_limit: '3' }],
      ['use_limit', { agent_id: A.sales, use_limit: null }],
    ];
    for (const [field, body] of invalid) {
      it(`refuses ${JSON.stringify(body)} with 400 on ${field}`, async () => {
        assertValidationError(await call('POST', '/v1/links', { body }), field);
        assert.equal(server.links().length, 8);
      });
    }

    it('refuses a body that is not a JSON object or not sent as application/json', async () => {
      const cases: CallOptions[] = [
        { body: { agent_id: A.sales }, contentType: 'text/plain' },
        { body: { agent_id: A.sales }, contentType: null },
        { rawBody: '{"agent_id":', contentType: 'application/json' },
        { body: [{ agent_id: A.sales }] },
        { body: null },
      ];
      for (const c of cases) {
        const a = await call('POST', '/v1/links', c);
        assert.equal(a.status, 400, JSON.stringify(c));
        assert.equal(a.json.success, false);
      }
      const ok = await call('POST', '/v1/links', { body: { agent_id: A.sales }, contentType: 'application/json; charset=utf-8' });
      assert.equal(ok.status, 201);
    });
  });

  describe('update', () => {
    it('changes only the fields sent', async () => {
      const before = server.links().find((l) => l.link_id === L.activeLimited)!;
      const a = await call('PUT', `/v1/links/${L.activeLimited}`, { body: { name: 'Summer campaign' } });
      assert.equal(a.status, 200);
      assert.equal(a.json.success, true);
      assert.deepEqual(a.json.link, { ...before, name: 'Summer campaign' });
    });

    it('clears name, expires_at and use_limit with null', async () => {
      const a = await call('PUT', `/v1/links/${L.activeLimited}`, { body: { name: null, expires_at: null, use_limit: null } });
      assert.equal(a.status, 200);
      assert.equal(a.json.link.name, null);
      assert.equal(a.json.link.expires_at, null);
      assert.equal(a.json.link.use_limit, null);
      assert.equal(a.json.link.uses, 37);
    });

    it('pauses and resumes', async () => {
      assert.equal((await call('PUT', `/v1/links/${L.activeUnlimited}`, { body: { status: 'paused' } })).json.link.status, 'paused');
      assert.equal((await call('PUT', `/v1/links/${L.activeUnlimited}`, { body: { status: 'active' } })).json.link.status, 'active');
    });

    it('requires use_limit to exceed the current uses', async () => {
      assertValidationError(await call('PUT', `/v1/links/${L.activeLimited}`, { body: { use_limit: 37 } }), 'use_limit');
      assertValidationError(await call('PUT', `/v1/links/${L.activeLimited}`, { body: { use_limit: 2.5 } }), 'use_limit');
      const a = await call('PUT', `/v1/links/${L.activeLimited}`, { body: { use_limit: 38 } });
      assert.equal(a.status, 200);
      assert.equal(a.json.link.use_limit, 38);
    });

    it('refuses an empty update, or one with only unknown fields', async () => {
      assertValidationError(await call('PUT', `/v1/links/${L.activeLimited}`, { body: {} }), 'body');
      assertValidationError(await call('PUT', `/v1/links/${L.activeLimited}`, { body: { colour: 'red' } }), 'body');
    });

    it('refuses bad values for status, name and expires_at', async () => {
      assertValidationError(await call('PUT', `/v1/links/${L.paused}`, { body: { status: 'archived' } }), 'status');
      assertValidationError(await call('PUT', `/v1/links/${L.paused}`, { body: { name: 7 } }), 'name');
      assertValidationError(await call('PUT', `/v1/links/${L.paused}`, { body: { expires_at: '31/12/2026' } }), 'expires_at');
      assert.equal((await call('PUT', '/v1/links/lnk_doesnotexist', { body: { name: 'x' } })).status, 404);
    });

    it('keeps a link past its expiry expired when re-activated; status expired can be set explicitly', async () => {
      const a = await call('PUT', `/v1/links/${L.expiredByDate}`, { body: { status: 'active' } });
      assert.equal(a.status, 200);
      assert.equal(a.json.link.status, 'expired');
      const b = await call('PUT', `/v1/links/${L.activeUnlimited}`, { body: { status: 'expired' } });
      assert.equal(b.json.link.status, 'expired');
      const c = await call('PUT', `/v1/links/${L.expiredByUses}`, { body: { use_limit: 30 } });
      assert.equal(c.json.link.status, 'active', 'raising the limit revives a link expired by uses');
    });
  });

  describe('derived expiry and visits', () => {
    it('derives expired once the server clock passes expires_at', async () => {
      const link = server.links().find((l) => l.link_id === L.expiringSoon)!;
      server.setNow(Date.parse(link.expires_at!) - 1);
      assert.equal((await call('GET', `/v1/links/${L.expiringSoon}`)).json.link.status, 'active');
      server.setNow(Date.parse(link.expires_at!));
      assert.equal((await call('GET', `/v1/links/${L.expiringSoon}`)).json.link.status, 'expired');
      const expired = (await call('GET', '/v1/links?status=expired')).json.links.map((l: Link) => l.link_id);
      assert.ok(expired.includes(L.expiringSoon));
    });

    it('derives expired when visits reach the use limit, and refuses visits past it', async () => {
      server.visit(L.nearLimit, 3);
      assert.equal((await call('GET', `/v1/links/${L.nearLimit}`)).json.link.status, 'active');
      assert.throws(() => server.visit(L.nearLimit, 2), /uses left/);
      server.visit(L.nearLimit);
      const a = await call('GET', `/v1/links/${L.nearLimit}`);
      assert.equal(a.json.link.uses, 50);
      assert.equal(a.json.link.status, 'expired');
      assert.throws(() => server.visit(L.nearLimit), /expired/);
    });

    it('refuses visits to paused, expired and unknown links', () => {
      assert.throws(() => server.visit(L.paused), /paused/);
      assert.throws(() => server.visit(L.expiredByDate), /expired/);
      assert.throws(() => server.visit('lnk_nope'), /no link/);
      server.visit(L.activeUnlimited, 8);
      assert.equal(server.links().find((l) => l.link_id === L.activeUnlimited)?.uses, 50);
    });
  });

  describe('delete and reset', () => {
    it('deletes permanently; reset brings the seed back', async () => {
      const a = await call('DELETE', `/v1/links/${L.paused}`);
      assert.equal(a.status, 200);
      assert.deepEqual(a.json, { success: true, message: 'Link deleted successfully' });
      assert.equal((await call('GET', `/v1/links/${L.paused}`)).status, 404);
      assert.equal((await call('DELETE', `/v1/links/${L.paused}`)).status, 404);
      assert.equal(server.links().length, 7);
      server.reset();
      assert.equal(server.links().length, 8);
      server.reset('empty');
      assert.equal(server.links().length, 0);
      assert.equal(server.agents().length, 3);
    });
  });

  describe('rate limit', () => {
    it('allows 60 requests a minute per key with headers, then 429 with the exact body until the window resets', async () => {
      const t0 = Date.parse('2026-11-22T12:00:00.500Z');
      server.setNow(t0);
      const resetSec = String(Math.ceil((t0 + 60_000) / 1000));
      for (let i = 1; i <= 60; i++) {
        const a = await call('GET', i % 2 ? '/v1/links' : '/v1/nope');
        assert.notEqual(a.status, 429, `request ${i}`);
        assert.equal(a.headers.get('x-ratelimit-limit'), '60');
        assert.equal(a.headers.get('x-ratelimit-remaining'), String(60 - i));
        assert.equal(a.headers.get('x-ratelimit-reset'), resetSec);
      }
      server.setNow(t0 + 59_999);
      const limited = await call('GET', '/v1/links');
      assert.equal(limited.status, 429);
      assert.equal(limited.text, '{"success":false,"error":"Too many requests. Please retry after 1 minute."}');
      assert.equal(limited.headers.get('x-ratelimit-remaining'), '0');
      assert.equal(limited.headers.get('x-ratelimit-reset'), resetSec);

      const other = await call('GET', '/v1/links', { key: OTHER_API_KEY });
      assert.equal(other.status, 200, 'each key has its own budget');

      server.setNow(t0 + 60_000);
      const after = await call('GET', '/v1/links');
      assert.equal(after.status, 200);
      assert.equal(after.headers.get('x-ratelimit-remaining'), '59');
      assert.equal(after.headers.get('x-ratelimit-reset'), String(Math.ceil((t0 + 120_000) / 1000)));
    });

    it('honours rateLimitPerMinute and resetRateLimit()', async () => {
      const small = await startFakeServer({ rateLimitPerMinute: 2 });
      try {
        const c = caller(() => small);
        assert.equal((await c('GET', '/v1/links')).status, 200);
        assert.equal((await c('GET', '/v1/links')).status, 200);
        assert.equal((await c('GET', '/v1/links')).status, 429);
        small.resetRateLimit();
        assert.equal((await c('GET', '/v1/links')).status, 200);
      } finally {
        await small.close();
      }
    });
  });

  describe('fault injection', () => {
    it('answers a given status, body and headers once, then normally', async () => {
      server.injectFault({ status: 503, body: { success: false, error: 'Service unavailable' }, headers: { 'Retry-After': '7' } });
      const a = await call('GET', '/v1/links');
      assert.equal(a.status, 503);
      assert.deepEqual(a.json, { success: false, error: 'Service unavailable' });
      assert.equal(a.headers.get('retry-after'), '7');
      assert.equal((await call('GET', '/v1/links')).status, 200);
    });

    it('matches by method and path (string or RegExp) and consumes `times`', async () => {
      server.injectFault({ status: 500 }, { method: 'post', path: '/v1/links', times: 2 });
      server.injectFault({ status: 502 }, { path: /^\/v1\/links\/lnk_/ });
      assert.equal((await call('GET', '/v1/links')).status, 200, 'GET not matched');
      const p1 = await call('POST', '/v1/links', { body: { agent_id: A.sales } });
      assert.equal(p1.status, 500);
      assert.equal(p1.json.success, false);
      assert.equal((await call('POST', '/v1/links', { body: { agent_id: A.sales } })).status, 500);
      assert.equal((await call('POST', '/v1/links', { body: { agent_id: A.sales } })).status, 201);
      assert.equal((await call('GET', `/v1/links/${L.paused}`)).status, 502);
      assert.equal((await call('GET', `/v1/links/${L.paused}`)).status, 200);
      assert.equal(server.links().length, 9, 'faulted creates did not create');
    });

    it('keeps an Infinity fault until cleared', async () => {
      server.injectFault({ status: 500 }, { times: Infinity });
      for (let i = 0; i < 3; i++) assert.equal((await call('GET', '/v1/agents')).status, 500);
      server.clearFaults();
      assert.equal((await call('GET', '/v1/agents')).status, 200);
    });

    it('delays the normal answer with latencyMs alone', async () => {
      server.injectFault({ latencyMs: 80 });
      const t = Date.now();
      const a = await call('GET', `/v1/links/${L.paused}`);
      assert.ok(Date.now() - t >= 75, `took ${Date.now() - t} ms`);
      assert.equal(a.status, 200);
      assert.equal(a.json.link.link_id, L.paused);
    });

    it('answers an HTML page with nonJson', async () => {
      server.injectFault({ nonJson: true });
      const a = await call('GET', '/v1/links');
      assert.equal(a.status, 200);
      assert.match(a.headers.get('content-type') ?? '', /^text\/html/);
      assert.equal(a.json, undefined);
      assert.match(a.text, /<html/);
    });

    it('answers a schema-violating body with badSchema', async () => {
      server.injectFault({ badSchema: true }, { path: '/v1/links' });
      server.injectFault({ badSchema: true }, { path: `/v1/links/${L.paused}` });
      const list = await call('GET', '/v1/links');
      assert.equal(list.status, 200);
      assert.equal(list.json.success, true);
      assert.equal(list.json.links[0].link_id, undefined);
      assert.equal(typeof list.json.links[0].uses, 'string');
      const one = await call('GET', `/v1/links/${L.paused}`);
      assert.equal(one.json.link.link_id, undefined);
    });

    it('drops the connection with drop, recorded as status 0', async () => {
      server.injectFault({ drop: true });
      await assert.rejects(call('GET', '/v1/links'));
      assert.equal(server.requests.length, 1);
      assert.equal(server.requests[0].status, 0);
      assert.equal((await call('GET', '/v1/links')).status, 200);
    });

    it('answerDelayMs makes the change at once and sends its answer late', async () => {
      server.injectFault({ answerDelayMs: 300 }, { method: 'PUT' });
      const slow = call('PUT', `/v1/links/${L.paused}`, { body: { name: 'First' } });
      await new Promise((resolve) => setTimeout(resolve, 50));
      assert.equal(server.links().find((l) => l.link_id === L.paused)?.name, 'First', 'made before the answer');
      const fast = await call('PUT', `/v1/links/${L.paused}`, { body: { name: 'Second' } });
      assert.equal(fast.json.link.name, 'Second');
      assert.equal((await slow).json.link.name, 'First', 'the late answer is the one of its own request');
      assert.equal(server.links().find((l) => l.link_id === L.paused)?.name, 'Second');
    });

    it('unreadableAnswer makes the change, then answers its status with an HTML page', async () => {
      server.injectFault({ unreadableAnswer: true }, { method: 'POST' });
      const a = await call('POST', '/v1/links', { body: { agent_id: A.sales, name: 'Made anyway' } });
      assert.equal(a.status, 201);
      assert.match(a.headers.get('content-type') ?? '', /text\/html/);
      assert.ok(server.links().some((l) => l.name === 'Made anyway'));
    });
  });

  describe('request log', () => {
    it('records every request in order with path, query, parsed body, status and account', async () => {
      server.injectFault({ status: 500 }, { path: '/v1/agents' });
      await call('GET', '/v1/links?status=paused');
      await call('POST', '/v1/links', { body: { agent_id: A.sales, name: 'Log me' } });
      await call('GET', '/v1/agents');
      await call('PUT', `/v1/links/${L.paused}`, { rawBody: 'not json' });
      await call('GET', '/v1/links', { key: 'wrong' });
      const r = server.requests;
      assert.deepEqual(r.map((x) => `${x.method} ${x.path} ${x.status} ${x.account}`), [
        'GET /v1/links 200 demo',
        'POST /v1/links 201 demo',
        'GET /v1/agents 500 demo',
        'PUT /v1/links/' + L.paused + ' 400 demo',
        'GET /v1/links 401 undefined',
      ]);
      assert.deepEqual(r[0].query, { status: 'paused' });
      assert.equal(r[0].body, undefined);
      assert.deepEqual(r[1].body, { agent_id: A.sales, name: 'Log me' });
      assert.equal(r[3].body, 'not json');
      assert.equal(r[1].headers['x-api-key'], DEMO_API_KEY);
      server.clearRequests();
      assert.equal(server.requests.length, 0);
    });

    it('never writes the API key to its log', async () => {
      const lines: string[] = [];
      const logged = await startFakeServer({ log: (l) => lines.push(l) });
      try {
        const c = caller(() => logged);
        await c('GET', '/v1/links');
        await c('GET', '/v1/links', { key: 'ah_test_wrongwrongwrongwrongwrongwrong' });
        await c('GET', '/v1/links', { key: null });
        assert.equal(lines.length, 3);
        assert.ok(lines.every((l) => !l.includes('ah_test_')), lines.join('\n'));
      } finally {
        await logged.close();
      }
    });
  });

  describe('options', () => {
    it("agentsEndpoint 'missing' answers GET /v1/agents with 404", async () => {
      const s = await startFakeServer({ agentsEndpoint: 'missing', seed: 'empty' });
      try {
        const c = caller(() => s);
        const a = await c('GET', '/v1/agents');
        assert.equal(a.status, 404);
        assert.equal(a.json.success, false);
        assert.deepEqual((await c('GET', '/v1/links')).json, { success: true, links: [] });
      } finally {
        await s.close();
      }
    });

    it('serves a fresh seed relative to the server clock', async () => {
      const links = server.links();
      const now = server.now();
      for (const l of links) assert.ok(Date.parse(l.created_at) > now - 30 * DAY && Date.parse(l.created_at) <= now);
      const soon = links.find((l) => l.link_id === L.expiringSoon)!;
      const left = Date.parse(soon.expires_at!) - now;
      assert.ok(left > 0 && left < DAY);
      const near = links.find((l) => l.link_id === L.nearLimit)!;
      assert.ok(near.uses / near.use_limit! >= 0.9 && near.status === 'active');
    });
  });
});
