/**
 * The real client against hostile servers on 127.0.0.1 (the fake AgentHuman server where
 * it can play the part, hand-written ones where it cannot): text from the network never
 * becomes a clickable link or command, and the API key never shows in it.
 */
import * as assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import type { AgentHumanError } from '../../../src/api/errors';
import { MAX_INERT_LENGTH } from '../../../src/text/inertText';
import { DEMO_API_KEY, SEED, startFakeServer, type FakeServer } from '../../fake-api/server';
import { clientFor, rejectsWith, waitFor } from './clientHelpers';
import { makeLink } from '../support/linkFixture';
import { startHostileServer, startRawServer, streamForever, type HostileServer } from './hostileServer';

// VS Code's notification renderer turns this pattern into a link (see parseLinkedText).
const LINKED = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/i;
const COMMAND_LINK = '[Open docs](command:workbench.action.terminal.new)';

/** Every text of an error a user or the log could see. */
function texts(error: AgentHumanError): Record<string, string> {
  const all: Record<string, string | undefined> = {
    message: error.message, serverMessage: error.serverMessage, suggestion: error.suggestion, code: error.code,
    details: JSON.stringify(error.details), string: String(error), stack: error.stack,
  };
  return Object.fromEntries(Object.entries(all).filter((e): e is [string, string] => e[1] !== undefined));
}

/** Asserts that no field of the error could form a link, a codicon, or hide text. */
function assertInert(error: AgentHumanError): void {
  for (const [field, text] of Object.entries(texts(error))) {
    assert.doesNotMatch(text, LINKED, `${field} forms a link`);
    assert.ok(!text.includes(']('), `${field} holds "](": ${text.slice(0, 200)}`);
    assert.ok(!/\$\(/.test(text), `${field} holds a codicon "$(": ${text.slice(0, 200)}`);
    // Controls (C0, C1, line breaks) and format characters (bidi, zero-width, soft hyphen).
    if (field !== 'stack') assert.ok(!/[\p{Cc}\p{Cf}]/u.test(text), `${field} holds a control or invisible character: ${JSON.stringify(text.slice(0, 200))}`);
    assert.ok(!text.includes(DEMO_API_KEY), `${field} shows the API key`);
  }
}

describe('hostile servers', () => {
  let fake: FakeServer;
  before(async () => { fake = await startFakeServer(); });
  after(async () => { await fake.close(); });
  beforeEach(() => { fake.reset(); });

  describe('server text never becomes a command link (class 1)', () => {
    it('an error body on a POST: message, suggestion, code and details are inert', async () => {
      fake.injectFault({
        status: 400,
        body: {
          success: false,
          error: {
            message: COMMAND_LINK,
            suggestion: 'Click $(warning) [here](command:agenthuman.setApiKey) now',
            code: '[c](command:x)',
            details: { '[k](command:y)': ['[v](command:z)', { deep: '$(zap)\u202Egnp.exe' }] },
          },
        },
      }, { method: 'POST' });
      const { client } = clientFor(fake);
      const error = await rejectsWith(client.createLink({ agent_id: SEED.agents.support }), 'invalidRequest');
      assertInert(error);
      assert.equal(error.serverMessage, '[Open docs] (command:workbench.action.terminal.new)', 'still readable');
      assert.ok(error.message.includes(error.serverMessage ?? '-'));
    });

    it('form 2 and form 3 bodies with links, control characters and bidi overrides are inert', async () => {
      const { client } = clientFor(fake, { maxRetries: 0 });
      fake.injectFault({ status: 401, body: { error: `${COMMAND_LINK}\r\n\u202Efdp.exe` } });
      assertInert(await rejectsWith(client.listLinks(), 'unauthorized'));
      fake.injectFault({ status: 500, body: { success: false, error: `crash\u0000\u001B[31m${COMMAND_LINK}` } });
      assertInert(await rejectsWith(client.deleteLink(SEED.links.paused), 'server'));
    });

    it('a megabyte-long error message is cut to a notification\'s worth', async () => {
      fake.injectFault({ status: 400, body: { success: false, error: { message: 'A'.repeat(1_000_000), suggestion: 'B'.repeat(50_000) } } }, { method: 'PUT' });
      const { client } = clientFor(fake);
      const error = await rejectsWith(client.updateLink(SEED.links.paused, { name: 'x' }), 'invalidRequest');
      assert.ok((error.serverMessage ?? '').length <= MAX_INERT_LENGTH, `serverMessage is ${error.serverMessage?.length} long`);
      assert.ok((error.suggestion ?? '').length <= MAX_INERT_LENGTH);
      assert.ok(error.message.length < MAX_INERT_LENGTH + 100, `message is ${error.message.length} long`);
    });

    it('a redirect Location header with a command link is inert', async () => {
      fake.injectFault({ status: 302, headers: { Location: '[x](command:evil)' } });
      const { client } = clientFor(fake);
      const error = await rejectsWith(client.listLinks(), 'badResponse');
      assertInert(error);
      assert.match(error.message, /\[x\] \(command:evil\)/);
    });

    it('a weird Content-Type header on a non-JSON answer is inert', async () => {
      fake.injectFault({ status: 200, nonJson: true, body: 'not json', headers: { 'Content-Type': '$(bug) [x](command:evil)' } });
      const { client } = clientFor(fake);
      assertInert(await rejectsWith(client.listLinks(), 'badResponse'));
    });

    it('the key echoed in a header (Location, Content-Type) is redacted', async () => {
      const { client } = clientFor(fake, { maxRetries: 0 });
      fake.injectFault({ status: 302, headers: { Location: `https://elsewhere.example/?k=${DEMO_API_KEY}` } });
      assertInert(await rejectsWith(client.listLinks(), 'badResponse'));
      fake.injectFault({ status: 200, nonJson: true, body: 'plain', headers: { 'Content-Type': `text/x-${DEMO_API_KEY}` } });
      assertInert(await rejectsWith(client.listLinks(), 'badResponse'));
      fake.injectFault({ status: 503, nonJson: true, body: 'down', headers: { 'Content-Type': `text/${DEMO_API_KEY}; charset=utf-8` } });
      assertInert(await rejectsWith(client.listLinks(), 'server'));
    });

    it('the key with invisible characters inside (in the body) is still redacted', async () => {
      const split = `${DEMO_API_KEY.slice(0, 12)}\u200B${DEMO_API_KEY.slice(12)}`;
      fake.injectFault({ status: 400, body: { success: false, error: { message: `bad key ${split}`, details: { key: split } } } });
      const { client } = clientFor(fake);
      const error = await rejectsWith(client.createLink({ agent_id: SEED.agents.support }), 'invalidRequest');
      assertInert(error);
      assert.equal(error.serverMessage, 'bad key ***');
    });

    describe('raw header bytes', () => {
      let raw: HostileServer;
      afterEach(async () => { await raw?.close(); });

      it('C1 controls and a soft hyphen hiding the key in raw header bytes are removed or redacted', async () => {
        // Header bytes are read as Latin-1: 0x9B is the C1 "CSI", 0xAD a soft hyphen (invisible).
        const hiddenKey = Buffer.concat([Buffer.from(DEMO_API_KEY.slice(0, 12), 'latin1'), Buffer.from([0xad]), Buffer.from(DEMO_API_KEY.slice(12), 'latin1')]);
        raw = await startRawServer(() => Buffer.concat([
          Buffer.from('HTTP/1.1 302 Found\r\nLocation: [x](command:evil)', 'latin1'), Buffer.from([0x9b, 0x85]), hiddenKey,
          Buffer.from('\r\nContent-Length: 0\r\nConnection: close\r\n\r\n', 'latin1'),
        ]));
        const { client } = clientFor(raw.url, { maxRetries: 0 });
        const error = await rejectsWith(client.listLinks(), 'badResponse');
        assertInert(error);
        assert.ok(!error.message.includes(DEMO_API_KEY.slice(12)), error.message);
      });
    });
  });

  describe('unbounded responses (class 3)', () => {
    let hostile: HostileServer;
    afterEach(async () => { await hostile?.close(); });

    it('a Content-Length of 50 MB is refused at once, without reading the body, and the socket is closed', async () => {
      hostile = await startHostileServer((_req, res) => {
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(50 * 1024 * 1024) });
        res.write('{"success":true,"links":['); // and then nothing: the rest never comes
      });
      const { client, log } = clientFor(hostile.url, { timeoutMs: 4000 });
      const error = await rejectsWith(client.listLinks(), 'badResponse');
      assert.match(error.message, /larger than 16 MB and was not read/);
      assert.equal(error.status, 200);
      assert.equal(hostile.requests.length, 1, 'not retried');
      assert.deepEqual(log.map((e) => [e.status, e.error]), [[200, 'badResponse']]);
      await waitFor(() => hostile.connections.closed === 1, 3000);
    });

    it('an endless stream is abandoned as soon as it passes the cap, long before the timeout', async () => {
      let written = () => 0;
      hostile = await startHostileServer((_req, res) => {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        written = streamForever(res);
      });
      const cap = 1024 * 1024;
      const { client } = clientFor(hostile.url, { timeoutMs: 8000, maxResponseBytes: cap });
      const started = Date.now();
      const error = await rejectsWith(client.listLinks(), 'badResponse');
      assert.ok(Date.now() - started < 4000, `took ${Date.now() - started} ms: not stopped at the cap`);
      assert.match(error.message, /larger than 1 MB and was not read/);
      await waitFor(() => hostile.connections.closed === 1, 3000);
      // What the server got out before the close: the cap plus what the sockets buffer.
      assert.ok(written() < cap + 16 * 1024 * 1024, `the server wrote ${written()} bytes`);
      assert.equal(hostile.requests.length, 1, 'not retried');
    });

    it('an endless stream stops at the default cap of 16 MB', async () => {
      hostile = await startHostileServer((_req, res) => {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        streamForever(res);
      });
      const { client } = clientFor(hostile.url, { timeoutMs: 8000 });
      const error = await rejectsWith(client.getLink(SEED.links.paused), 'badResponse');
      assert.match(error.message, /larger than 16 MB and was not read/);
      await waitFor(() => hostile.connections.closed === 1, 3000);
    });

    it('a small gzip body that unpacks past the cap is stopped at the cap (the unpacked size counts)', async () => {
      const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, ' '));
      hostile = await startHostileServer((_req, res) => {
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip', 'Content-Length': String(bomb.length) });
        res.end(bomb);
      });
      const { client } = clientFor(hostile.url, { timeoutMs: 8000 });
      assert.ok(bomb.length < 1024 * 1024);
      const error = await rejectsWith(client.listLinks(), 'badResponse');
      assert.match(error.message, /larger than 16 MB and was not read/);
    });

    it('a POST whose answer is too large may have been processed', async () => {
      hostile = await startHostileServer((_req, res) => {
        res.writeHead(201, { 'Content-Type': 'application/json', 'Content-Length': String(100 * 1024 * 1024) });
        res.write('{');
      });
      const { client } = clientFor(hostile.url, { timeoutMs: 4000 });
      const error = await rejectsWith(client.createLink({ agent_id: SEED.agents.support }), 'badResponse');
      assert.equal(error.mayHaveReachedServer, true);
      assert.equal(error.status, 201);
      assert.equal(hostile.requests.length, 1);
    });

    it('a 5,000-link list (the largest expected answer) is read whole', async () => {
      const links = Array.from({ length: 5000 }, (_, i) => makeLink({ link_id: `lnk_big${i}`, url: `https://app.agenthuman.com/s/lnk_big${i}` }));
      const body = JSON.stringify({ success: true, links });
      hostile = await startHostileServer((_req, res) => {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(body);
      });
      const { client } = clientFor(hostile.url, { timeoutMs: 8000 });
      assert.equal((await client.listLinks()).length, 5000);
    });
  });
});
