import * as assert from 'node:assert/strict';
import { AgentHumanError } from '../../../src/api/errors';
import { briefReason, describeError } from '../../../src/failures/describeError';

const HOST = 'api.agenthuman.com';
const NOW = Date.parse('2026-11-22T12:00:00Z');
const ACTION = 'Could not pause link “Demo”';

const describe_ = (error: unknown) => describeError(error, ACTION, HOST, NOW, 'en');

describe('error messages', () => {
  it('every message starts with what failed', () => {
    for (const kind of ['unauthorized', 'notFound', 'server', 'network', 'timeout', 'badResponse', 'invalidRequest'] as const) {
      assert.ok(describe_(new AgentHumanError(kind, 'x', { method: 'GET' })).message.startsWith(`${ACTION}: `), kind);
    }
  });

  it('401: the key was rejected → Update API Key', () => {
    const { message, actions } = describe_(new AgentHumanError('unauthorized', 'x', { status: 401 }));
    assert.match(message, /API key was rejected/);
    assert.deepEqual(actions, ['updateApiKey']);
  });

  it('no key → Set API Key', () => {
    const { message, actions } = describe_(new AgentHumanError('missingApiKey', 'x'));
    assert.match(message, /no AgentHuman API key is set/);
    assert.deepEqual(actions, ['setApiKey']);
  });

  it('429: says when to retry, and offers no Retry button that would fail again', () => {
    const { message, actions } = describe_(new AgentHumanError('rateLimited', 'x', { status: 429, retryAt: new Date(NOW + 42_000) }));
    assert.match(message, /too many requests \(the AgentHuman API allows 60 a minute\)\. Try again in 42 sec\./);
    assert.deepEqual(actions, []);
    assert.match(describe_(new AgentHumanError('rateLimited', 'x', { status: 429 })).message, /Try again in a minute\./);
  });



  it('network: names the host, says to check the connection, offers Retry and Show Log', () => {
    const { message, actions } = describe_(new AgentHumanError('network', 'x', { method: 'GET', code: 'ENOTFOUND' }));
    assert.match(message, /could not reach the AgentHuman API at api\.agenthuman\.com \(ENOTFOUND\)\. Check your network connection/);
    assert.deepEqual(actions, ['retry', 'showLog']);
  });

  it('a write that may have reached the server says to refresh before retrying, and offers Refresh, not Retry', () => {
    const { message, actions } = describe_(new AgentHumanError('network', 'x', { method: 'PUT', code: 'ECONNRESET', mayHaveReachedServer: true }));
    assert.match(message, /may still have been made: refresh the links to check before trying again/);
    assert.deepEqual(actions, ['refresh', 'showLog']);
    const timeout = describe_(new AgentHumanError('timeout', 'x', { method: 'DELETE' }));
    assert.match(timeout.message, /did not answer in time\. The change may still have been made/);
    assert.deepEqual(timeout.actions, ['refresh', 'showLog']);
  });

  it('a read that timed out can simply be retried', () => {
    const { message, actions } = describe_(new AgentHumanError('timeout', 'x', { method: 'GET' }));
    assert.doesNotMatch(message, /may still have been made/);
    assert.deepEqual(actions, ['retry', 'showLog']);
  });

  it('a cancelled request is just "cancelled"', () => {
    assert.deepEqual(describe_(new AgentHumanError('network', 'x', { code: 'cancelled' })), { message: `${ACTION}: cancelled.`, actions: [] });
  });

  it('404 on an action: it may have been deleted elsewhere → Refresh', () => {
    const { message, actions } = describe_(new AgentHumanError('notFound', 'x', { status: 404 }));
    assert.match(message, /not found on the server; it may have been deleted elsewhere/);
    assert.deepEqual(actions, ['refresh']);
  });

  it('5xx: a problem on the service side, try again, with the server text', () => {
    const { message, actions } = describe_(new AgentHumanError('server', 'x', { status: 503, serverMessage: 'Maintenance' }));
    assert.match(message, /had a problem \(HTTP 503\)\. Try again in a moment\. The server said: Maintenance\./);
    assert.deepEqual(actions, ['retry', 'showLog']);
  });

  it('400: the server text and its suggestion are passed on', () => {
    const { message } = describe_(new AgentHumanError('invalidRequest', 'x', { status: 400, serverMessage: 'use_limit too small', suggestion: 'Use a value above 12' }));
    assert.equal(message, `${ACTION}: the server refused the request. The server said: use_limit too small. Use a value above 12.`);
    assert.match(describe_(new AgentHumanError('invalidRequest', 'x', { status: 422 })).message, /\(HTTP 422\)/);
  });

  it('403: not allowed', () => {
    assert.match(describe_(new AgentHumanError('forbidden', 'x', { status: 403 })).message, /not allowed to do that \(HTTP 403\)/);
  });

  it('an unreadable answer and a bad base URL point to the log and to the setting', () => {
    assert.deepEqual(describe_(new AgentHumanError('badResponse', 'not JSON')).actions, ['showLog']);
    const config = describe_(new AgentHumanError('badConfiguration', 'Plain http is only allowed for loopback'));
    assert.match(config.message, /Check the "agenthuman\.apiBaseUrl" setting\./);
    assert.deepEqual(config.actions, ['openSettings']);
  });

  it('an unexpected error shows its message without a stack trace', () => {
    const error = new Error('boom');
    const { message, actions } = describe_(error);
    assert.equal(message, `${ACTION}: boom.`);
    assert.ok(!message.includes('at '), message);
    assert.deepEqual(actions, ['showLog']);
  });
});

describe('short failure reasons (bulk actions)', () => {
  const brief = (error: unknown) => briefReason(error, HOST, NOW, 'en');
  it('say what happened to each link in a few words', () => {
    assert.equal(brief(new AgentHumanError('notFound', 'x', { status: 404 })), 'it no longer exists (removed from the list)');
    assert.equal(brief(new AgentHumanError('unauthorized', 'x', { status: 401 })), 'the API key was rejected');
    assert.equal(brief(new AgentHumanError('rateLimited', 'x', { retryAt: new Date(NOW + 42_000) })), 'too many requests, try again in 42 sec');
    assert.equal(brief(new AgentHumanError('network', 'x', { method: 'GET' })), 'could not reach api.agenthuman.com');
    assert.equal(brief(new AgentHumanError('server', 'x', { status: 502 })), 'the AgentHuman service had a problem (HTTP 502)');
    assert.equal(brief(new AgentHumanError('invalidRequest', 'x', { status: 400, serverMessage: 'bad status' })), 'the server refused: bad status');
  });
  it('a write that may have gone through says to refresh', () => {
    assert.equal(
      brief(new AgentHumanError('network', 'x', { method: 'PUT', mayHaveReachedServer: true })),
      'could not reach api.agenthuman.com (it may have changed anyway: refresh to check)',
    );
  });
});
