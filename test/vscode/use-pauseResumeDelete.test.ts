// Pause / Resume send one PUT with only `status`; Delete removes the link with one DELETE.
import * as assert from 'node:assert/strict';
import type { Link } from '../fake-api/server';
import { SEED } from '../fake-api/server';
import { calls, run, serverLink, useDemoAccount } from './demoAccount';

describe('Pause, Resume and Delete (agenthuman.pauseLink, resumeLink, deleteLink)', () => {
  const api = useDemoAccount();

  it('pauses an active link with one PUT of only the status', async () => {
    const id = SEED.links.activeUnlimited;
    const result = await run<Link[] | undefined>('agenthuman.pauseLink', id);
    assert.deepEqual(calls(api()), [`PUT /v1/links/${id}`]);
    assert.deepEqual(api().requests[0].body, { status: 'paused' });
    assert.equal(serverLink(api(), id).status, 'paused');
    assert.deepEqual(result?.map((l) => [l.link_id, l.status]), [[id, 'paused']]);
  });

  it('resumes a paused link with one PUT of only the status', async () => {
    const id = SEED.links.paused;
    const result = await run<Link[] | undefined>('agenthuman.resumeLink', id);
    assert.deepEqual(calls(api()), [`PUT /v1/links/${id}`]);
    assert.deepEqual(api().requests[0].body, { status: 'active' });
    assert.equal(serverLink(api(), id).status, 'active');
    assert.equal(result?.[0]?.status, 'active');
  });

  it('does not send a pause for a link that is already paused', async () => {
    assert.equal(await run('agenthuman.pauseLink', SEED.links.paused), undefined);
    assert.deepEqual(calls(api()), []);
    assert.equal(serverLink(api(), SEED.links.paused).status, 'paused');
  });

  it('deletes a link with one DELETE; it is gone from the server and from the tree', async () => {
    const id = SEED.links.expiredByDate;
    const before = api().links().length;
    assert.equal(await run('agenthuman.deleteLink', id, { skipConfirmation: true }), true);
    assert.deepEqual(calls(api()), [`DELETE /v1/links/${id}`]);
    assert.equal(api().links().length, before - 1);
    assert.equal(api().links().some((l) => l.link_id === id), false, 'the link is still on the server');
    // Gone from the tree: a command naming it finds nothing (after looking once more).
    assert.equal(await run('agenthuman.copyLink', id), undefined);
  });
});
