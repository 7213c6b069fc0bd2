// The one way a failure reaches the user: what report() shows, which buttons it offers, and
// what it runs (the shared re-authentication for a 401, Retry, a fix).
import * as assert from 'node:assert/strict';
import { AgentHumanError } from '../../../src/api/errors';
import { SecretStorageError } from '../../../src/account/secretStorageError';
import { UncertainCreate } from '../../../src/failures/describeError';
import { Reporter } from '../../../src/failures/reporter';
import { FakeUi } from '../support/flowHarness';
import { makeLink, NOW } from '../support/linkFixture';

function setup() {
  const ui = new FakeUi(() => NOW);
  const reporter = new Reporter(ui);
  let retries = 0;
  const retry = () => {
    retries++;
  };
  return { ui, reporter, retry, retries: () => retries };
}

describe('reporting a failure', () => {
  it('shows what failed with the buttons that fix it, and logs it', async () => {
    const { ui, reporter, retry } = setup();
    await reporter.tell(new AgentHumanError('server', 'boom', { status: 503, method: 'GET' }), { action: 'Could not load the links', retry });
    assert.equal(ui.notices.length, 1);
    assert.match(ui.last.message, /^Could not load the links: the AgentHuman service had a problem \(HTTP 503\)/);
    assert.deepEqual(ui.last.labels, ['Retry', 'Show Log']);
    assert.match(ui.logs.join('\n'), /Could not load the links: boom/);
  });

  it('Retry runs the retry; another button runs its fix', async () => {
    const { ui, reporter, retry, retries } = setup();
    ui.respond = () => 'Retry';
    await reporter.tell(new AgentHumanError('network', 'x', { method: 'GET', code: 'ECONNREFUSED' }), { action: 'Could not load', retry });
    assert.equal(retries(), 1);
    ui.respond = () => 'Show Log';
    await reporter.tell(new AgentHumanError('network', 'x', { method: 'GET', code: 'ECONNREFUSED' }), { action: 'Could not load', retry });
    assert.equal(retries(), 1);
    assert.deepEqual(ui.errorActions, ['showLog']);
  });

  it('no Retry without something to retry, nor where it would fail the same way', async () => {
    const { ui, reporter, retry } = setup();
    await reporter.tell(new AgentHumanError('server', 'x', { status: 500 }), { action: 'Could not load' });
    assert.deepEqual(ui.last.labels, ['Show Log']);
    await reporter.tell(new AgentHumanError('rateLimited', 'x', { status: 429, retryAt: new Date(NOW + 30_000) }), { action: 'Could not pause', retry });
    assert.deepEqual(ui.last.labels, [], 'a spent rate limit: Retry would fail again');
    await reporter.tell(new AgentHumanError('notFound', 'x', { status: 404 }), { action: 'Could not pause', retry, alwaysOfferRetry: true, subject: { link: makeLink() } });
    assert.match(ui.last.message, /link “Spring promo” no longer exists \(it may have been deleted elsewhere\) and was removed from the list\./);
    assert.deepEqual(ui.last.labels, [], 'the link is gone: nothing to retry');
  });

  it('offers Retry first for an input the user may change, whatever the error', async () => {
    const { ui, reporter, retry } = setup();
    await reporter.tell(new AgentHumanError('invalidRequest', 'x', { status: 400, serverMessage: 'name is too long' }), { action: 'Could not create the link', retry, alwaysOfferRetry: true });
    assert.deepEqual(ui.last.labels, ['Retry', 'Show Log']);
  });

  it('every 401 goes through the shared re-authentication, then retries once a new key is stored', async () => {
    const { ui, reporter, retry, retries } = setup();
    await reporter.tell(new AgentHumanError('unauthorized', 'x', { status: 401 }), { action: 'Could not pause', retry });
    assert.equal(ui.reauthCalls, 1);
    assert.equal(retries(), 0, 'no new key: nothing is retried');
    assert.equal(ui.notices.length, 0, 'the re-authentication prompt is the only message');
    ui.reauthResult = true;
    let afterNewKey = 0;
    await reporter.tell(new AgentHumanError('unauthorized', 'x', { status: 401 }), { action: 'Could not pause', retry, retryAfterNewKey: () => afterNewKey++ });
    assert.equal(afterNewKey, 1);
    await reporter.tell(new AgentHumanError('unauthorized', 'x', { status: 401 }), { action: 'Could not pause', retry });
    assert.equal(retries(), 1);
  });

  it('a keychain failure says what to do, as it is', async () => {
    const { ui, reporter } = setup();
    await reporter.tell(new SecretStorageError('read', new Error('no keyring')), { action: 'Could not read the key' });
    assert.match(ui.last.message, /^VS Code could not read the API key in its secret storage/);
    assert.deepEqual(ui.last.labels, []);
  });

  it('a create whose outcome is unknown says whether the list was checked', async () => {
    const { ui, reporter, retry } = setup();
    const lost = new AgentHumanError('timeout', 'x', { method: 'POST', mayHaveReachedServer: true });
    await reporter.tell(new UncertainCreate(lost), { action: 'Could not create the link', retry });
    assert.match(ui.last.message, /did not answer in time\. The list of links was checked and no matching link was created, so it is safe to try again\./);
    assert.deepEqual(ui.last.labels, ['Retry']);
    await reporter.tell(new UncertainCreate(lost, new Error('offline')), { action: 'Could not create the link', retry });
    assert.match(ui.last.message, /may have been created anyway, and the list of links could not be checked \(offline\)/);
    assert.deepEqual(ui.last.labels, ['Refresh Links', 'Retry']);
  });

  it('report() returns at once and never throws, even when showing fails', async () => {
    const { ui, reporter } = setup();
    ui.showError = () => Promise.reject(new Error('no window'));
    assert.equal(reporter.report(new Error('x'), { action: 'Could not do it' }), undefined);
    await new Promise((resolve) => setImmediate(resolve));
    assert.match(ui.logs.join('\n'), /While reporting "Could not do it": no window/);
  });
});
