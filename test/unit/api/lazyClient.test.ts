import * as assert from 'node:assert/strict';
import { isAgentHumanError } from '../../../src/api/errors';
import { createLazyClient } from '../../../src/api/lazyClient';
import { DEMO_API_KEY, SEED, startFakeServer, type FakeServer } from '../../fake-api/server';

describe('the client loaded on first request (what the extension uses)', () => {
  let server: FakeServer;
  beforeEach(async () => {
    server = await startFakeServer({ port: 0, seed: 'demo' });
  });
  afterEach(() => server.close());

  const client = () => createLazyClient({ baseUrl: server.url, apiKey: () => DEMO_API_KEY, userAgent: 'test', maxRetryWaitMs: 0 });

  it('sends nothing until the first call, then answers like the client itself', async () => {
    const api = client();
    assert.equal(server.requests.length, 0);
    const links = await api.listLinks('paused');
    assert.deepEqual(links.map((l) => l.link_id), [SEED.links.paused]);
    const updated = await api.updateLink(SEED.links.paused, { status: 'active' });
    assert.equal(updated.status, 'active');
    assert.deepEqual(server.requests.map((r) => `${r.method} ${r.path}`), ['GET /v1/links', `PUT /v1/links/${SEED.links.paused}`]);
  });

  it('is one client: a 429 on one call holds back the next call, which sends nothing', async () => {
    const api = client();
    server.injectFault({ status: 429, body: { success: false, error: 'Too many requests. Please retry after 1 minute.' }, headers: { 'Retry-After': '120' } });
    await assert.rejects(api.listLinks(), (e: unknown) => isAgentHumanError(e, 'rateLimited'));
    await assert.rejects(api.getLink(SEED.links.paused), (e: unknown) => isAgentHumanError(e, 'rateLimited'));
    assert.equal(server.requests.length, 1, 'the second call was refused before sending');
  });

  it('reset() (another key or server) starts a fresh rate-limit budget', async () => {
    const api = client();
    server.injectFault({ status: 429, body: { success: false, error: 'Too many requests. Please retry after 1 minute.' }, headers: { 'Retry-After': '120' } });
    await assert.rejects(api.listLinks(), (e: unknown) => isAgentHumanError(e, 'rateLimited'));
    api.reset();
    assert.equal((await api.listLinks('paused')).length, 1);
    assert.equal(server.requests.length, 2, 'the call after reset() was sent');
  });
});
