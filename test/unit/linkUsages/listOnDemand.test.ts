// The list loaded on demand for links in files: the real store and client against the fake
// server. However many documents, hovers and completions ask at once: one GET /v1/links; none
// without a key or with a list held; a failure reported once and not retried by itself.
import * as assert from 'node:assert/strict';
import { Emitter } from '../../../src/emitter';
import { ListOnDemand } from '../../../src/linkUsages/listOnDemand';
import { realClient, RecordingStore, requestLines } from '../support/flowHarness';
import { useFakeServer } from '../support/useFakeServer';

describe('the list loaded on demand for links in files', () => {
  const fake = useFakeServer();

  function setup(options: { hasKey?: boolean } = {}) {
    const server = fake();
    const store = new RecordingStore(realClient(server), () => server.now(), []);
    const account = new Emitter<unknown>();
    const failures: unknown[] = [];
    const retries: (() => Promise<void>)[] = [];
    const list = new ListOnDemand({
      store,
      hasKey: async () => options.hasKey ?? true,
      onDidChangeAccount: account.event,
      onFailure: (error, retry) => {
        failures.push(error);
        retries.push(retry);
      },
    });
    return { store, account, list, failures, retries };
  }

  it('many callers at once share one GET /v1/links; once loaded, no more', async () => {
    const { store, list } = setup();
    await Promise.all([list.ensureLoaded(), list.ensureLoaded(), list.ensureLoaded()]);
    assert.ok(store.loaded);
    await list.ensureLoaded();
    assert.deepEqual(requestLines(fake()), ['GET /v1/links']);
  });

  it('without a key: no request', async () => {
    const { store, list } = setup({ hasKey: false });
    await list.ensureLoaded();
    assert.equal(store.loaded, false);
    assert.deepEqual(requestLines(fake()), []);
  });

  it('a failure is reported once and not tried again by itself; Retry loads it', async () => {
    const { store, list, failures, retries } = setup();
    fake().injectFault({ status: 500 }, { path: '/v1/links', times: Infinity });
    await list.ensureLoaded();
    const afterFirst = fake().requests.length;
    await list.ensureLoaded();
    await list.ensureLoaded();
    assert.equal(failures.length, 1);
    assert.equal(fake().requests.length, afterFirst, 'tried again by itself');
    fake().clearFaults();
    await retries[0]();
    assert.ok(store.loaded, 'Retry loaded the list');
  });

  it('after another account, a failed load may be tried again', async () => {
    const { list, account, failures } = setup();
    fake().injectFault({ status: 401 }, { path: '/v1/links', times: 1 });
    await list.ensureLoaded();
    assert.equal(failures.length, 1);
    account.fire({});
    fake().clearRequests();
    await list.ensureLoaded();
    assert.deepEqual(requestLines(fake()), ['GET /v1/links']);
  });
});
