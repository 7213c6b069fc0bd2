/** Where the API key may be sent: src/api/baseUrl.ts. */
import * as assert from 'node:assert/strict';
import { DEFAULT_API_BASE_URL, isLoopbackHost, parseApiBaseUrl } from '../../src/api/baseUrl';
import { AgentHumanError } from '../../src/api/errors';

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

  it('accepts plain http only for a loopback host', () => {
    for (const url of ['http://127.0.0.1:8787', 'http://127.1.2.3', 'http://localhost:3000', 'http://LOCALHOST', 'http://api.localhost', 'http://[::1]:8787']) {
      assert.equal(parseApiBaseUrl(url).protocol, 'http:', url);
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

  it('knows the loopback hosts', () => {
    for (const host of ['localhost', '127.0.0.1', '127.255.255.254', '[::1]', '::1', 'a.localhost']) assert.equal(isLoopbackHost(host), true, host);
    for (const host of ['128.0.0.1', '127.0.0.256', 'localhost.com', '::2', 'example.com', '']) assert.equal(isLoopbackHost(host), false, host);
  });
});
