/** Where the API key may be sent: src/api/baseUrl.ts. */
import * as assert from 'node:assert/strict';
import { DEFAULT_API_BASE_URL, isLoopbackHost, parseApiBaseUrl } from '../../../src/api/baseUrl';
import { AgentHumanError } from '../../../src/api/errors';

function refused(value: string): AgentHumanError {
  try {
    parseApiBaseUrl(value);
  } catch (error) {
    assert.ok(error instanceof AgentHumanError);
    assert.equal(error.kind, 'badConfiguration', value);
    return error;
  }
  assert.fail(`"${value}" was accepted`);
}

describe('API base URL', () => {
  it('accepts the default and any https URL, keeping a path prefix without trailing slash', () => {
    assert.equal(parseApiBaseUrl(DEFAULT_API_BASE_URL).href, 'https://api.agenthuman.com/');
    assert.equal(parseApiBaseUrl('  https://api.agenthuman.com/  ').origin, 'https://api.agenthuman.com');
    assert.equal(parseApiBaseUrl('https://gateway.example.com/agenthuman/').pathname, '/agenthuman');
    assert.equal(parseApiBaseUrl('https://gateway.example.com:8443/a/b//').pathname, '/a/b');
  });

  it('accepts plain http only for a loopback IP address', () => {
    for (const url of ['http://127.0.0.1:8787', 'http://127.1.2.3', 'http://[::1]:8787', 'http://[0:0:0:0:0:0:0:1]', 'http://127.1', 'http://2130706433']) {
      assert.equal(parseApiBaseUrl(url).protocol, 'http:', url);
    }
  });

  it('accepts an IPv4-mapped loopback address, in the dotted and the hex form', () => {
    // Node's URL turns [::ffff:127.0.0.1] into [::ffff:7f00:1].
    for (const url of ['http://[::ffff:127.0.0.1]:8787', 'http://[::ffff:7f00:1]', 'http://[::ffff:7fff:fffe]', 'http://[0:0:0:0:0:ffff:7f00:0001]']) {
      assert.equal(parseApiBaseUrl(url).protocol, 'http:', url);
    }
    for (const url of ['http://[::ffff:10.0.0.1]', 'http://[::ffff:8000:1]', 'http://[::ffff:7f0:1]', 'http://[::127.0.0.1]', 'http://[::ffff:0:7f00:1]']) {
      refused(url);
    }
  });

  it('refuses http to localhost and *.localhost (a name goes through the resolver), saying to use 127.0.0.1', () => {
    for (const [url, port] of [['http://localhost:8787', ':8787'], ['http://LOCALHOST', ''], ['http://localhost.', ''], ['http://api.localhost:3000', ':3000'], ['http://anything.localhost', '']]) {
      const { message } = refused(url);
      assert.ok(message.includes(`http://127.0.0.1${port}`), `${url}: ${message}`);
      assert.match(message, /https:\/\//, message);
    }
  });

  it('refuses http to any other host', () => {
    for (const url of ['http://api.agenthuman.com', 'http://10.0.0.1', 'http://192.168.1.10:8787', 'http://127.0.0.1.nip.io', 'http://localhost.evil.com', 'http://[::2]', 'http://0.0.0.0']) {
      refused(url);
    }
  });

  it('refuses other schemes, credentials, queries, fragments and non-URLs', () => {
    for (const url of ['ftp://127.0.0.1', 'file:///tmp/api', 'ws://localhost', 'javascript:alert(1)', 'https://user:secret@api.agenthuman.com',
      'https://user@api.agenthuman.com', 'https://api.agenthuman.com/?x=1', 'https://api.agenthuman.com/#x', 'api.agenthuman.com', '']) {
      refused(url);
    }
    assert.ok(!refused('https://user:secret@api.agenthuman.com').message.includes('secret'));
  });

  it('knows the loopback hosts: IP literals only, never a name', () => {
    for (const host of ['127.0.0.1', '127.255.255.254', '[::1]', '::1', '::ffff:127.0.0.1', '[::ffff:7f00:1]', '::ffff:7fff:ffff']) assert.equal(isLoopbackHost(host), true, host);
    for (const host of ['localhost', 'a.localhost', 'localhost.', '128.0.0.1', '127.0.0.256', 'localhost.com', '::2', '::ffff:a00:1', 'example.com', '']) {
      assert.equal(isLoopbackHost(host), false, host);
    }
  });
});
