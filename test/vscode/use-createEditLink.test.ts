// Create Link and Edit Link through their commands with arguments (no prompts): one request
// each, and the fake server's state changes as asked.
import * as assert from 'node:assert/strict';
import type { Link } from '../fake-api/server';
import { SEED } from '../fake-api/server';
import { calls, run, serverLink, useDemoAccount } from './demoAccount';

const DAY = 86_400_000;

describe('Create Link and Edit Link (agenthuman.createLink, agenthuman.editLink)', () => {
  const api = useDemoAccount();

  it('creates a link with exactly one POST, and it is on the server and in the tree', async () => {
    const before = api().links().length;
    const created = await run<Link | undefined>('agenthuman.createLink', {
      agentId: SEED.agents.sales,
      name: 'Autumn webinar',
      expiresAt: '7d',
      useLimit: 25,
    });
    assert.ok(created, 'agenthuman.createLink returned no link');
    assert.deepEqual(calls(api()), ['POST /v1/links']);
    const body = api().requests[0].body as Record<string, unknown>;
    assert.equal(body.agent_id, SEED.agents.sales);
    assert.equal(body.name, 'Autumn webinar');
    assert.equal(body.use_limit, 25);
    const expires = Date.parse(String(body.expires_at));
    assert.ok(Math.abs(expires - (Date.now() + 7 * DAY)) < 5 * 60_000, `expires_at ${String(body.expires_at)} is not in 7 days`);

    assert.equal(api().links().length, before + 1);
    const onServer = serverLink(api(), created.link_id);
    assert.equal(onServer.name, 'Autumn webinar');
    assert.equal(onServer.agent.agent_id, SEED.agents.sales);
    assert.equal(onServer.use_limit, 25);
    assert.equal(onServer.status, 'active');

    // In the tree without a reload: copying it needs no request.
    assert.equal(await run('agenthuman.copyLink', created.link_id), onServer.url);
    assert.equal(api().requests.length, 1, `after the POST: ${calls(api()).slice(1).join(', ')}`);
  });

  it('refuses a create with an invalid use limit before sending anything', async () => {
    const before = api().links().length;
    assert.equal(await run('agenthuman.createLink', { agentId: SEED.agents.sales, name: 'Bad limit', useLimit: 0 }), undefined);
    assert.deepEqual(calls(api()), []);
    assert.equal(api().links().length, before);
  });

  it('renames a link with exactly one PUT whose body is only the name', async () => {
    const id = SEED.links.activeLimited;
    const updated = await run<Link | undefined>('agenthuman.editLink', id, { name: 'Spring campaign (EU)' });
    assert.equal(updated?.name, 'Spring campaign (EU)');
    assert.deepEqual(calls(api()), [`PUT /v1/links/${id}`]);
    assert.deepEqual(api().requests[0].body, { name: 'Spring campaign (EU)' });
    const onServer = serverLink(api(), id);
    assert.equal(onServer.name, 'Spring campaign (EU)');
    assert.equal(onServer.use_limit, 100, 'a field that was not edited changed');
  });

  it('sends only the fields that differ from the link (an unchanged name is left out)', async () => {
    const id = SEED.links.activeLimited;
    await run('agenthuman.editLink', id, { name: 'Spring campaign', useLimit: 200, expiresAt: null });
    assert.deepEqual(calls(api()), [`PUT /v1/links/${id}`]);
    assert.deepEqual(api().requests[0].body, { use_limit: 200, expires_at: null });
    const onServer = serverLink(api(), id);
    assert.equal(onServer.use_limit, 200);
    assert.equal(onServer.expires_at, null);
  });

  it('refuses a use limit not above the current uses, without a request', async () => {
    const id = SEED.links.activeLimited; // 37 uses
    assert.equal(await run('agenthuman.editLink', id, { useLimit: 37 }), undefined);
    assert.deepEqual(calls(api()), []);
    assert.equal(serverLink(api(), id).use_limit, 100);
  });
});
