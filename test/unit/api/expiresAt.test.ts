/**
 * What the client sends as `expires_at`: only a full instant (a date-time with Z or an
 * offset). A bare date or a zone-less date-time is refused before anything is sent, since
 * the server (and whoever reads it back) could take it in another time zone.
 */
import * as assert from 'node:assert/strict';
import { SEED, startFakeServer, type FakeServer } from '../../fake-api/server';
import { clientFor, rejectsWith, requestsTo } from './clientHelpers';

describe('client input: expires_at', () => {
  let server: FakeServer;
  before(async () => { server = await startFakeServer(); });
  after(async () => { await server.close(); });
  beforeEach(() => { server.reset(); });

  it('refuses a bare date or a zone-less date-time on create and update before sending (invalidInput)', async () => {
    const { client, log } = clientFor(server);
    for (const value of ['2026-12-01', '2030-01-31', '2026-12-01T00:00', '2026-12-01T00:00:00', '2026-12-01T00:00:00.000']) {
      const created = await rejectsWith(client.createLink({ agent_id: SEED.agents.support, expires_at: value }), 'invalidInput');
      assert.match(created.message, /expires_at/, value);
      assert.match(created.message, /time zone|timezone|Z or an offset/i, value);
      await rejectsWith(client.updateLink(SEED.links.activeLimited, { expires_at: value }), 'invalidInput');
    }
    assert.equal(server.requests.length, 0);
    assert.equal(log.length, 0);
  });

  it('sends a full instant with Z or an offset unchanged', async () => {
    const { client } = clientFor(server);
    const instants = ['2031-12-01T00:00:00.000Z', '2031-12-01T09:30:00+02:00', '2031-12-01T09:30Z'];
    for (const expires_at of instants) {
      await client.updateLink(SEED.links.activeLimited, { expires_at });
    }
    assert.deepEqual(requestsTo(server, 'PUT').map((r) => (r.body as { expires_at: string }).expires_at), instants);
  });
});
