/**
 * The real AgentHuman client against the fake AgentHuman server over loopback: every
 * endpoint, what goes on the wire, every error kind, and the API key never leaking.
 */
import * as assert from 'node:assert/strict';
import { AgentHumanError } from '../../../src/api/errors';
import { DEMO_API_KEY, OTHER_API_KEY, SEED, startFakeServer, type FakeServer } from '../../fake-api/server';
import { clientFor, rejectsWith, requestsTo, USER_AGENT } from './clientHelpers';

const L = SEED.links;
const A = SEED.agents;

describe('AgentHuman client against the fake server', () => {
  let server: FakeServer;

  before(async () => { server = await startFakeServer(); });
  after(async () => { await server.close(); });
  beforeEach(() => { server.reset(); });

  describe('listLinks', () => {
    it('returns every link, newest first, and sends no status filter for "all"', async () => {
      const { client } = clientFor(server);
      const links = await client.listLinks();
      assert.deepEqual(links.map((l) => l.link_id), server.links().map((l) => l.link_id));
      assert.equal(links.length, 8);
      const created = links.map((l) => Date.parse(l.created_at));
      assert.deepEqual(created, [...created].sort((a, b) => b - a), 'newest created_at first');
      const explicit = await client.listLinks('all');
      assert.equal(explicit.length, 8);
      const sent = requestsTo(server, 'GET', '/v1/links');
      assert.equal(sent.length, 2);
      for (const r of sent) assert.deepEqual(r.query, {});
    });

    it('sends a status filter as ?status= and returns only those links', async () => {
      const { client } = clientFor(server);
      const paused = await client.listLinks('paused');
      assert.deepEqual(paused.map((l) => l.link_id), [L.paused]);
      const expired = await client.listLinks('expired');
      assert.deepEqual(new Set(expired.map((l) => l.link_id)), new Set([L.expiredByDate, L.expiredByUses]));
      assert.ok(expired.every((l) => l.status === 'expired'));
      assert.deepEqual(server.requests.map((r) => r.query), [{ status: 'paused' }, { status: 'expired' }]);
    });

    it('returns an empty list for an account without links', async () => {
      server.reset('empty');
      const { client } = clientFor(server);
      assert.deepEqual(await client.listLinks(), []);
    });
  });

  describe('getLink', () => {
    it('returns the link as the server has it', async () => {
      const { client } = clientFor(server);
      const link = await client.getLink(L.activeLimited);
      const expected = server.links().find((l) => l.link_id === L.activeLimited);
      assert.deepEqual(link, expected);
      assert.equal(link.uses, 37);
      assert.equal(link.use_limit, 100);
      assert.equal(requestsTo(server, 'GET', `/v1/links/${L.activeLimited}`).length, 1);
    });

    it('does not see another account\'s link (notFound)', async () => {
      const { client } = clientFor(server);
      const error = await rejectsWith(client.getLink(L.otherActive), 'notFound');
      assert.equal(error.status, 404);
      assert.equal(error.serverMessage, 'Link not found');
    });
  });

  describe('createLink', () => {
    it('creates with server defaults and sends only agent_id', async () => {
      const { client } = clientFor(server);
      const link = await client.createLink({ agent_id: A.sales, name: undefined });
      assert.match(link.link_id, /^lnk_/);
      assert.equal(link.status, 'active');
      assert.equal(link.uses, 0);
      assert.equal(link.use_limit, null);
      assert.equal(link.expires_at, null);
      assert.equal(link.agent.agent_id, A.sales);
      assert.ok(link.name && link.name.length > 0, 'the server gave a default name');
      const [post] = requestsTo(server, 'POST', '/v1/links');
      assert.deepEqual(post.body, { agent_id: A.sales });
      assert.equal(post.status, 201);
      assert.equal(server.links()[0].link_id, link.link_id, 'the new link is listed first');
    });

    it('sends name, expires_at and use_limit when given', async () => {
      const { client } = clientFor(server);
      const expires = new Date(Date.now() + 7 * 86_400_000).toISOString();
      const link = await client.createLink({ agent_id: A.support, name: 'Launch week', expires_at: expires, use_limit: 25 });
      assert.deepEqual(requestsTo(server, 'POST')[0].body, { agent_id: A.support, name: 'Launch week', expires_at: expires, use_limit: 25 });
      assert.equal(link.name, 'Launch week');
      assert.equal(link.expires_at, expires);
      assert.equal(link.use_limit, 25);
    });

    it('accepts a 200 answer as well as 201 (the contract allows both)', async () => {
      const link = { ...server.links()[0], link_id: 'lnk_fromTwoHundred' };
      server.injectFault({ status: 200, body: { success: true, link } }, { method: 'POST' });
      const { client } = clientFor(server);
      assert.equal((await client.createLink({ agent_id: A.support })).link_id, 'lnk_fromTwoHundred');
    });

    it('refuses an invalid body before sending anything', async () => {
      const { client } = clientFor(server);
      await rejectsWith(client.createLink({ agent_id: 'not-an-agent' }), 'invalidInput');
      await rejectsWith(client.createLink({ agent_id: A.support, use_limit: 0 }), 'invalidInput');
      await rejectsWith(client.createLink({ agent_id: A.support, use_limit: 1.5 }), 'invalidInput');
      await rejectsWith(client.createLink({ agent_id: A.support, name: '' }), 'invalidInput');
      await rejectsWith(client.createLink({ agent_id: A.support, expires_at: 'next tuesday' }), 'invalidInput');
      assert.equal(server.requests.length, 0);
    });

    it('reports another account\'s agent with the server message', async () => {
      const { client } = clientFor(server);
      const error = await rejectsWith(client.createLink({ agent_id: A.otherReceptionist }), 'notFound');
      assert.equal(error.serverMessage, 'Agent not found');
      assert.equal(server.links().length, 8, 'nothing was created');
    });
  });

  describe('updateLink', () => {
    it('sends only the fields given and leaves the others unchanged', async () => {
      const { client } = clientFor(server);
      const before = server.links().find((l) => l.link_id === L.activeLimited);
      const link = await client.updateLink(L.activeLimited, { name: 'Renamed', status: undefined });
      const [put] = requestsTo(server, 'PUT', `/v1/links/${L.activeLimited}`);
      assert.deepEqual(put.body, { name: 'Renamed' });
      assert.equal(link.name, 'Renamed');
      assert.equal(link.use_limit, before?.use_limit);
      assert.equal(link.expires_at, before?.expires_at);
      assert.equal(link.status, 'active');
    });

    it('pauses and resumes a link', async () => {
      const { client } = clientFor(server);
      assert.equal((await client.updateLink(L.activeUnlimited, { status: 'paused' })).status, 'paused');
      assert.equal((await client.updateLink(L.activeUnlimited, { status: 'active' })).status, 'active');
      assert.deepEqual(requestsTo(server, 'PUT').map((r) => r.body), [{ status: 'paused' }, { status: 'active' }]);
    });

    it('sends null to clear name, expires_at and use_limit', async () => {
      const { client } = clientFor(server);
      const link = await client.updateLink(L.activeLimited, { name: null, expires_at: null, use_limit: null });
      assert.deepEqual(requestsTo(server, 'PUT')[0].body, { name: null, expires_at: null, use_limit: null });
      assert.equal(link.name, null);
      assert.equal(link.expires_at, null);
      assert.equal(link.use_limit, null);
    });

    it('refuses an update with no fields without sending a request', async () => {
      const { client, log } = clientFor(server);
      await rejectsWith(client.updateLink(L.activeLimited, {}), 'invalidInput');
      await rejectsWith(client.updateLink(L.activeLimited, { name: undefined, use_limit: undefined }), 'invalidInput');
      assert.equal(server.requests.length, 0);
      assert.equal(log.length, 0);
    });

    it('carries the server message and suggestion of a refused update (invalidRequest)', async () => {
      const { client } = clientFor(server);
      // 37 uses: a use limit of 10 is refused by the server, not by the client.
      const error = await rejectsWith(client.updateLink(L.activeLimited, { use_limit: 10 }), 'invalidRequest');
      assert.equal(error.status, 400);
      assert.ok(error.serverMessage && /use_limit/i.test(error.serverMessage), error.serverMessage);
      assert.ok(error.suggestion && error.suggestion.length > 0, 'suggestion carried');
      assert.equal(error.code, 'validation_error');
      assert.deepEqual(error.details, { field: 'use_limit' });
      assert.ok(error.message.includes(error.serverMessage), 'the message shows what the server said');
      assert.equal(server.links().find((l) => l.link_id === L.activeLimited)?.use_limit, 100);
    });
  });

  describe('deleteLink', () => {
    it('deletes a link; getting it afterwards is notFound', async () => {
      const { client } = clientFor(server);
      await client.deleteLink(L.paused);
      assert.equal(server.links().some((l) => l.link_id === L.paused), false);
      await rejectsWith(client.getLink(L.paused), 'notFound');
      await rejectsWith(client.deleteLink(L.paused), 'notFound');
      assert.deepEqual(server.requests.map((r) => `${r.method} ${r.status}`), ['DELETE 200', 'GET 404', 'DELETE 404']);
    });
  });

  it('deleteLink accepts a 204 No Content answer', async () => {
    server.injectFault({ status: 204 }, { method: 'DELETE' });
    const { client } = clientFor(server);
    await client.deleteLink(L.paused);
    assert.equal(server.requests[0].status, 204);
  });

  describe('listAgents', () => {
    it('returns the account\'s agents', async () => {
      const { client } = clientFor(server);
      const result = await client.listAgents();
      assert.equal(result.available, true);
      assert.deepEqual(result.agents, server.agents());
      assert.equal(result.agents.length, 3);
    });

    it('degrades to available:false when the endpoint is missing', async () => {
      const missing = await startFakeServer({ agentsEndpoint: 'missing' });
      try {
        const { client } = clientFor(missing);
        const result = await client.listAgents();
        assert.equal(result.available, false);
        assert.deepEqual(result.agents, []);
        assert.equal(missing.requests.length, 1, 'a missing endpoint is not retried');
      } finally {
        await missing.close();
      }
    });

    it('degrades to available:false on an unexpected shape', async () => {
      server.injectFault({ badSchema: true }, { path: '/v1/agents' });
      const { client } = clientFor(server);
      const result = await client.listAgents();
      assert.equal(result.available, false);
      assert.deepEqual(result.agents, []);
      assert.ok(result.reason && /agent_id/.test(result.reason), result.reason);
    });

    it('still throws an authentication failure', async () => {
      const { client } = clientFor(server, { apiKey: () => 'ah_test_wrongwrongwrongwrongwrongwrong' });
      await rejectsWith(client.listAgents(), 'unauthorized');
    });
  });

  describe('what goes on the wire', () => {
    it('sends x-api-key, the configured user-agent, and content-type only with a body', async () => {
      const { client } = clientFor(server);
      await client.listLinks();
      const created = await client.createLink({ agent_id: A.support });
      await client.updateLink(created.link_id, { name: 'x' });
      await client.deleteLink(created.link_id);
      assert.equal(server.requests.length, 4);
      for (const r of server.requests) {
        assert.equal(r.headers['x-api-key'], DEMO_API_KEY);
        assert.equal(r.headers['user-agent'], USER_AGENT);
        assert.equal(r.account, 'demo');
      }
      const [get, post, put, del] = server.requests;
      assert.equal(get.headers['content-type'], undefined);
      assert.equal(del.headers['content-type'], undefined);
      assert.match(String(post.headers['content-type']), /^application\/json/);
      assert.match(String(put.headers['content-type']), /^application\/json/);
    });

    it('reads the key before every request (a changed key is used at once)', async () => {
      let key = DEMO_API_KEY;
      const { client } = clientFor(server, { apiKey: () => key });
      assert.equal((await client.listLinks()).length, 8);
      key = OTHER_API_KEY;
      assert.equal((await client.listLinks()).length, 2);
      assert.deepEqual(server.requests.map((r) => r.account), ['demo', 'other']);
    });

    it('refuses a malformed link id without sending anything', async () => {
      const { client } = clientFor(server);
      for (const id of ['../agents', 'lnk_../../agents', 'lnk_a/b', 'lnk_a?status=x', 'lnk_a#b', '', 'agnt_x', 'lnk_%2e%2e']) {
        await rejectsWith(client.getLink(id), 'invalidInput');
        await rejectsWith(client.updateLink(id, { name: 'x' }), 'invalidInput');
        await rejectsWith(client.deleteLink(id), 'invalidInput');
      }
      assert.equal(server.requests.length, 0);
    });
  });

  describe('error kinds', () => {
    it('unauthorized: a wrong key (form 1 body) carries the server message', async () => {
      const { client } = clientFor(server, { apiKey: () => 'ah_test_notarealkeynotarealkeynotareal' });
      const error = await rejectsWith(client.listLinks(), 'unauthorized');
      assert.equal(error.status, 401);
      assert.equal(error.serverMessage, 'Invalid API key');
      assert.equal(server.requests.length, 1, '401 is not retried');
    });

    it('unauthorized: a form 3 body ({"error": "..."}) carries the server message', async () => {
      server.injectFault({ status: 401, body: { error: 'API key required' } });
      const { client } = clientFor(server);
      const error = await rejectsWith(client.listLinks(), 'unauthorized');
      assert.equal(error.serverMessage, 'API key required');
    });

    it('a form 2 body ({"success": false, "error": "..."}) carries the server message', async () => {
      server.injectFault({ status: 400, body: { success: false, error: 'Plain refusal' } });
      const { client } = clientFor(server);
      const error = await rejectsWith(client.createLink({ agent_id: A.support }), 'invalidRequest');
      assert.equal(error.serverMessage, 'Plain refusal');
      assert.equal(error.suggestion, undefined);
    });

    it('forbidden: an injected 403', async () => {
      server.injectFault({ status: 403, body: { success: false, error: { message: 'Not your link', suggestion: 'Ask the owner' } } });
      const { client } = clientFor(server);
      const error = await rejectsWith(client.getLink(L.activeUnlimited), 'forbidden');
      assert.equal(error.status, 403);
      assert.equal(error.serverMessage, 'Not your link');
      assert.equal(error.suggestion, 'Ask the owner');
    });

    it('server: 500 and 503', async () => {
      const { client } = clientFor(server, { maxRetries: 0 });
      server.injectFault({ status: 500 });
      const e500 = await rejectsWith(client.listLinks(), 'server');
      assert.equal(e500.status, 500);
      assert.equal(e500.serverMessage, 'Injected fault: HTTP 500');
      server.injectFault({ status: 503, nonJson: true });
      const e503 = await rejectsWith(client.listLinks(), 'server');
      assert.equal(e503.status, 503);
      assert.match(e503.message, /HTML/);
    });

    it('network: connection refused (nothing was sent)', async () => {
      const closed = await startFakeServer();
      const url = closed.url;
      await closed.close();
      const { client, log } = clientFor(url, { maxRetries: 0 });
      const error = await rejectsWith(client.listLinks(), 'network');
      assert.equal(error.code, 'ECONNREFUSED');
      assert.equal(error.mayHaveReachedServer, false);
      assert.deepEqual(log.map((e) => [e.status, e.error]), [[undefined, 'network']]);
    });

    it('network: a dropped connection', async () => {
      server.injectFault({ drop: true });
      const { client } = clientFor(server, { maxRetries: 0 });
      const error = await rejectsWith(client.getLink(L.paused), 'network');
      assert.equal(error.mayHaveReachedServer, true);
      assert.equal(server.requests.length, 1);
    });

    it('timeout: an answer slower than timeoutMs', async () => {
      server.injectFault({ latencyMs: 400 });
      const { client } = clientFor(server, { timeoutMs: 60 });
      const started = Date.now();
      const error = await rejectsWith(client.listLinks(), 'timeout');
      assert.ok(Date.now() - started < 350, 'gave up at the timeout, not at the answer');
      assert.equal(error.method, 'GET');
    });

    it('badResponse: an HTML page instead of JSON', async () => {
      server.injectFault({ nonJson: true });
      const { client } = clientFor(server);
      const error = await rejectsWith(client.listLinks(), 'badResponse');
      assert.equal(error.status, 200);
      assert.match(error.message, /HTML/);
      assert.equal(server.requests.length, 1, 'a bad answer is not retried');
    });

    it('badResponse: a schema violation names the field', async () => {
      const { client } = clientFor(server);
      server.injectFault({ badSchema: true });
      const single = await rejectsWith(client.getLink(L.paused), 'badResponse');
      assert.match(single.message, /link\.link_id/);
      assert.match(single.message, /link\.uses/);
      server.injectFault({ badSchema: true });
      const list = await rejectsWith(client.listLinks(), 'badResponse');
      assert.match(list.message, /links\[0\]\.link_id/);
    });

    it('badResponse: a share URL with a javascript: or command: scheme is refused', async () => {
      const { client } = clientFor(server);
      for (const url of ['javascript:alert(1)', 'command:workbench.action.terminal.new']) {
        const link = { ...server.links()[0], url };
        server.injectFault({ status: 200, body: { success: true, link } });
        const error = await rejectsWith(client.getLink(link.link_id), 'badResponse');
        assert.match(error.message, /link\.url/);
      }
    });

    it('badResponse: a redirect is not followed', async () => {
      server.injectFault({ status: 302, headers: { Location: `${server.url}/v1/agents` } });
      const { client } = clientFor(server);
      const error = await rejectsWith(client.listLinks(), 'badResponse');
      assert.equal(error.status, 302);
      assert.equal(server.requests.length, 1, 'the Location was not requested');
    });

    it('missingApiKey: no key means no request', async () => {
      for (const key of [undefined, '']) {
        const { client, log } = clientFor(server, { apiKey: async () => key });
        await rejectsWith(client.listLinks(), 'missingApiKey');
        await rejectsWith(client.createLink({ agent_id: A.support }), 'missingApiKey');
        assert.equal(log.length, 0);
      }
      assert.equal(server.requests.length, 0);
    });

    it('every error is an AgentHumanError with method and path', async () => {
      const { client } = clientFor(server);
      const error = await rejectsWith(client.getLink('lnk_doesNotExist'), 'notFound');
      assert.ok(error instanceof Error);
      assert.equal(error.method, 'GET');
      assert.equal(error.path, '/v1/links/lnk_doesNotExist');
    });
  });

  describe('the API key never leaks', () => {
    const leaks = (error: AgentHumanError): string[] => {
      const texts = {
        message: error.message, stack: error.stack, serverMessage: error.serverMessage,
        suggestion: error.suggestion, code: error.code, details: JSON.stringify(error.details),
        string: String(error),
      };
      return Object.entries(texts).filter(([, t]) => t?.includes(DEMO_API_KEY)).map(([k]) => k);
    };

    it('is redacted from an error body that echoes it (form 1, every field)', async () => {
      server.injectFault({
        status: 400,
        body: {
          success: false,
          error: {
            message: `The key ${DEMO_API_KEY} is not allowed here`,
            suggestion: `Use a key other than ${DEMO_API_KEY}`,
            code: `bad_key_${DEMO_API_KEY}`,
            details: { key: DEMO_API_KEY, nested: [`x-api-key: ${DEMO_API_KEY}`] },
          },
        },
      });
      const { client, log } = clientFor(server);
      const error = await rejectsWith(client.createLink({ agent_id: A.support }), 'invalidRequest');
      assert.deepEqual(leaks(error), []);
      assert.ok(error.serverMessage?.includes('is not allowed here'), 'the rest of the message is kept');
      assert.ok(!JSON.stringify(log).includes(DEMO_API_KEY));
    });

    it('is redacted from form 2 and form 3 bodies and a 500', async () => {
      const { client, log } = clientFor(server, { maxRetries: 0 });
      server.injectFault({ status: 401, body: { error: `Unknown key ${DEMO_API_KEY}` } });
      assert.deepEqual(leaks(await rejectsWith(client.listLinks(), 'unauthorized')), []);
      server.injectFault({ status: 500, body: { success: false, error: { message: `crash while handling ${DEMO_API_KEY}` } } });
      assert.deepEqual(leaks(await rejectsWith(client.deleteLink(L.paused), 'server')), []);
      // Last: a 429 holds the client back for at least a second.
      server.injectFault({ status: 429, body: { success: false, error: `Slow down, ${DEMO_API_KEY}` }, headers: { 'Retry-After': '0' } });
      assert.deepEqual(leaks(await rejectsWith(client.listLinks(), 'rateLimited')), []);
      assert.ok(!JSON.stringify(log).includes(DEMO_API_KEY));
    });

    it('is redacted from a redirect target and a schema error', async () => {
      const { client, log } = clientFor(server);
      server.injectFault({ status: 302, headers: { Location: `https://elsewhere.example/collect?key=${DEMO_API_KEY}` } });
      assert.deepEqual(leaks(await rejectsWith(client.listLinks(), 'badResponse')), []);
      server.injectFault({ status: 200, body: { success: true, link: { link_id: DEMO_API_KEY } } });
      assert.deepEqual(leaks(await rejectsWith(client.getLink(L.paused), 'badResponse')), []);
      assert.ok(!JSON.stringify(log).includes(DEMO_API_KEY));
    });

    it('is not in network, timeout or rate-limit errors', async () => {
      const { client, log } = clientFor(server, { maxRetries: 0, timeoutMs: 50 });
      server.injectFault({ drop: true });
      assert.deepEqual(leaks(await rejectsWith(client.listLinks(), 'network')), []);
      server.injectFault({ latencyMs: 200 });
      assert.deepEqual(leaks(await rejectsWith(client.listLinks(), 'timeout')), []);
      assert.ok(!JSON.stringify(log).includes(DEMO_API_KEY));
    });
  });

  describe('request log (onRequest)', () => {
    it('gets one entry per attempt with method, path, status and error kind', async () => {
      const { client, log } = clientFor(server);
      await client.getLink(L.paused);
      await rejectsWith(client.getLink('lnk_missing'), 'notFound');
      assert.deepEqual(log.map(({ method, path, status, attempt, error }) => ({ method, path, status, attempt, error })), [
        { method: 'GET', path: `/v1/links/${L.paused}`, status: 200, attempt: 0, error: undefined },
        { method: 'GET', path: '/v1/links/lnk_missing', status: 404, attempt: 0, error: 'notFound' },
      ]);
      assert.ok(log.every((e) => e.durationMs >= 0));
    });
  });
});
