// The link store: one GET for the list, changes put in place from the server's answers in the
// order the actions were issued and only for the account that sent them, and the cached copy.
// The client is one whose answers the test releases, in any order.
import * as assert from 'node:assert/strict';
import { AgentHumanError } from '../../../src/api/errors';
import type { Link, LinkStatusFilter } from '../../../src/api/schemas';
import { Emitter } from '../../../src/emitter';
import { type LinkChange, linksCacheKey, LinkStore } from '../../../src/links/linkStore';
import { DAY, makeLink, NOW } from '../support/linkFixture';
import { memoryListCache } from '../support/memoryListCache';

interface Pending {
  method: string;
  args: unknown[];
  answer(value?: unknown): Promise<void>;
  fail(error: unknown): Promise<void>;
}

/** A client whose every call waits until the test answers it. */
class ControlledClient {
  readonly calls: Pending[] = [];

  private call<T>(method: string, args: unknown[]): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      // Answering resolves the call, then lets the store's continuation run before the test goes on.
      const settle = (run: () => void) => { run(); return new Promise<void>((done) => setImmediate(done)); };
      this.calls.push({
        method, args,
        answer: (value) => settle(() => resolve(value as T)),
        fail: (error) => settle(() => reject(error)),
      });
    });
  }

  listLinks = (status: LinkStatusFilter = 'all') => this.call<Link[]>('listLinks', [status]);
  createLink = (request: unknown) => this.call<Link>('createLink', [request]);
  updateLink = (linkId: string, changes: unknown) => this.call<Link>('updateLink', [linkId, changes]);
  deleteLink = (linkId: string) => this.call<void>('deleteLink', [linkId]);

  last(method: string): Pending {
    const found = [...this.calls].reverse().find((c) => c.method === method);
    assert.ok(found, `no ${method} call`);
    return found;
  }
}

/** The account the store works for (its list is cached under its id). */
const ACCOUNT = 'acc_1';
const LINKS_CACHE_KEY = linksCacheKey(ACCOUNT);

const A = makeLink({ link_id: 'lnk_a', name: 'A', created_at: new Date(NOW - 2 * DAY).toISOString() });
const B = makeLink({ link_id: 'lnk_b', name: 'B', created_at: new Date(NOW - DAY).toISOString() });

function setup(options: { cached?: unknown; baseUrl?: string } = {}) {
  const client = new ControlledClient();
  const cache = new Map<string, unknown>(options.cached ? [[LINKS_CACHE_KEY, options.cached]] : []);
  const account = new Emitter<{ reason: string }>();
  const accountList = new Emitter<{ removed: { id: string }[] }>();
  let current = ACCOUNT;
  const warnings: string[] = [];
  const store = new LinkStore({
    client,
    cache: memoryListCache(cache),
    baseUrl: () => options.baseUrl ?? 'https://api.agenthuman.com',
    accountId: () => current,
    onDidChangeAccount: account.event,
    onDidChangeAccountList: accountList.event,
    warn: (message) => warnings.push(message),
    clock: () => NOW,
  });
  const changes: LinkChange[] = [];
  store.onDidChange((change) => changes.push(change));
  const ids = () => store.links.map((l) => l.link_id);
  /** Another account becomes current, as the Account does it. */
  const switchTo = (id: string) => {
    current = id;
    account.fire({ reason: 'switch' });
  };
  const removeAccount = (id: string) => accountList.fire({ removed: [{ id }] });
  return { client, cache, account, store, changes, warnings, ids, switchTo, removeAccount };
}

async function loaded(links: Link[]) {
  const parts = setup();
  const refresh = parts.store.refresh();
  await parts.client.last('listLinks').answer(links);
  await refresh;
  return parts;
}

describe('the link store', () => {
  describe('the list', () => {
    it('loads with one GET; refreshes asked for meanwhile share it', async () => {
      const { client, store, ids } = setup();
      const first = store.refresh();
      const second = store.refresh();
      assert.equal(client.calls.length, 1);
      assert.equal(store.loading, true);
      await client.calls[0].answer([B, A]);
      await Promise.all([first, second]);
      assert.deepEqual(ids(), ['lnk_b', 'lnk_a']);
      assert.equal(store.loaded, true);
      assert.equal(store.loadedAt, NOW);
      assert.equal(store.loading, false);
    });

    it('a failed refresh keeps the list held and says why', async () => {
      const { client, store, ids } = await loaded([B, A]);
      const error = new AgentHumanError('network', 'down', { code: 'ECONNREFUSED' });
      const refresh = assert.rejects(store.refresh(), (e) => e === error);
      await client.last('listLinks').fail(error);
      await refresh;
      assert.deepEqual(ids(), ['lnk_b', 'lnk_a']);
      assert.equal(store.lastError, error);
    });

    it('a change answered while a list request was under way stays (the list answer may be older)', async () => {
      const { client, store } = await loaded([B, A]);
      const refresh = store.refresh();
      const update = store.update(A, { status: 'paused' });
      await client.last('updateLink').answer({ ...A, status: 'paused' });
      await update;
      await client.last('listLinks').answer([B, A]); // sent before the pause: says active
      await refresh;
      assert.equal(store.find('lnk_a')?.status, 'paused');
    });
    it('a list answer that names a link twice keeps the last of them, in its place, and logs it', async () => {
      const { client, store, ids, warnings } = setup();
      const refresh = store.refresh();
      await client.last('listLinks').answer([{ ...A, name: 'first' }, B, { ...A, name: 'second' }]);
      await refresh;
      assert.deepEqual(ids(), ['lnk_b', 'lnk_a']);
      assert.equal(store.find('lnk_a')?.name, 'second');
      assert.match(warnings.join('\n'), /named lnk_a 2 times; the last one is kept/);
    });
  });

  describe('answers in the order the actions were issued', () => {
    it('pause then resume: the pause answered last does not undo the resume', async () => {
      const { client, store } = await loaded([A]);
      const pause = store.update(A, { status: 'paused' });
      const resume = store.update(A, { status: 'active' });
      const [pauseCall, resumeCall] = client.calls.filter((c) => c.method === 'updateLink');
      await resumeCall.answer({ ...A, status: 'active' });
      await pauseCall.answer({ ...A, status: 'paused' });
      await Promise.all([pause, resume]);
      assert.equal(store.find('lnk_a')?.status, 'active', 'the answer to the later action stands');
    });

    it('in order, each answer is put in place', async () => {
      const { client, store } = await loaded([A]);
      const pause = store.update(A, { status: 'paused' });
      const resume = store.update(A, { status: 'active' });
      const [pauseCall, resumeCall] = client.calls.filter((c) => c.method === 'updateLink');
      await pauseCall.answer({ ...A, status: 'paused' });
      assert.equal(store.find('lnk_a')?.status, 'paused');
      await resumeCall.answer({ ...A, status: 'active' });
      await Promise.all([pause, resume]);
      assert.equal(store.find('lnk_a')?.status, 'active');
    });

    it('a rename answered late after a delete does not bring the link back', async () => {
      const { client, store, ids } = await loaded([B, A]);
      const rename = store.update(A, { name: 'A2' });
      const remove = store.delete(A);
      await client.last('deleteLink').answer();
      await remove;
      await client.last('updateLink').answer({ ...A, name: 'A2' });
      await rename;
      assert.deepEqual(ids(), ['lnk_b']);
    });
  });

  describe('another account', () => {
    it('forgets the list, the cache and any request of the previous account', async () => {
      const { client, cache, account, store, ids } = await loaded([B, A]);
      assert.ok(cache.get(LINKS_CACHE_KEY));
      const refresh = store.refresh();
      account.fire({ reason: 'key' });
      assert.deepEqual(ids(), []);
      assert.equal(store.loaded, false);
      assert.equal(cache.get(LINKS_CACHE_KEY), undefined);
      await client.last('listLinks').answer([B, A]); // the previous account's answer
      await refresh;
      assert.deepEqual(ids(), [], 'an answer for the previous account is dropped');
      assert.equal(store.loaded, false);
    });

    it('a create that finishes after the account changed does not enter the new account\'s list', async () => {
      const { client, account, store, ids, warnings } = await loaded([A]);
      const created = store.create({ agent_id: 'agnt_1', name: 'Late' });
      account.fire({ reason: 'key' });
      const next = store.refresh();
      await client.last('listLinks').answer([B]);
      await next;
      await client.last('createLink').answer(makeLink({ link_id: 'lnk_late', name: 'Late', created_at: new Date(NOW).toISOString() }));
      assert.equal((await created).link_id, 'lnk_late', 'the caller still learns what the server did');
      assert.deepEqual(ids(), ['lnk_b']);
      assert.match(warnings.join('\n'), /lnk_late.*after the account changed/);
    });

    it('a link found after a lost create answer is adopted only for the account that created it', async () => {
      const { account, store, ids } = await loaded([A]);
      const ticket = store.ticket();
      account.fire({ reason: 'baseUrl' });
      store.adopt(makeLink({ link_id: 'lnk_found' }), ticket);
      assert.deepEqual(ids(), []);
      const now = store.ticket();
      store.adopt(makeLink({ link_id: 'lnk_found' }), now);
      assert.deepEqual(ids(), ['lnk_found']);
    });
  });

  describe('changes', () => {
    it('a created link goes in newest first; one the status filter excludes stays out', async () => {
      const { client, store, ids, changes } = await loaded([B, A]);
      const fresh = makeLink({ link_id: 'lnk_new', created_at: new Date(NOW).toISOString() });
      const created = store.create({ agent_id: 'agnt_1' });
      await client.last('createLink').answer(fresh);
      await created;
      assert.deepEqual(ids(), ['lnk_new', 'lnk_b', 'lnk_a']);
      assert.deepEqual(changes.at(-1), { type: 'upsert', link: fresh, created: true });

      const paused = store.refresh('paused');
      await client.last('listLinks').answer([]);
      await paused;
      const another = store.create({ agent_id: 'agnt_1' });
      await client.last('createLink').answer(makeLink({ link_id: 'lnk_other' }));
      await another;
      assert.deepEqual(ids(), [], 'an active link is not in a list of paused links');
    });

    it('a 404 on update or delete drops the link and is thrown on; a delete drops it', async () => {
      const { client, store, ids } = await loaded([B, A]);
      const gone = new AgentHumanError('notFound', 'gone', { status: 404 });
      const update = assert.rejects(store.update(A, { name: 'x' }), (e) => e === gone);
      await client.last('updateLink').fail(gone);
      await update;
      assert.deepEqual(ids(), ['lnk_b']);
      const remove = store.delete(B);
      await client.last('deleteLink').answer();
      await remove;
      assert.deepEqual(ids(), []);
    });

    it('another failure leaves the list as it was', async () => {
      const { client, store, ids } = await loaded([A]);
      const update = assert.rejects(store.update(A, { status: 'paused' }));
      await client.last('updateLink').fail(new AgentHumanError('server', 'boom', { status: 500 }));
      await update;
      assert.deepEqual(ids(), ['lnk_a']);
      assert.equal(store.find('lnk_a')?.status, 'active');
    });
  });

  describe('the cached copy', () => {
    it('shows the last list once read after a restart, without a request, for the same base URL only', async () => {
      const { cache } = await loaded([B, A]);
      const kept = cache.get(LINKS_CACHE_KEY);
      const again = setup({ cached: kept });
      await again.store.cacheRead;
      assert.deepEqual(again.ids(), ['lnk_b', 'lnk_a']);
      assert.equal(again.store.loadedAt, NOW);
      assert.deepEqual(again.changes, [{ type: 'reset' }], 'the view is told');
      assert.equal(again.client.calls.length, 0, 'no request to show it');
      const elsewhere = setup({ cached: kept, baseUrl: 'https://other.example' });
      await elsewhere.store.cacheRead;
      assert.deepEqual(elsewhere.ids(), []);
    });

    it('a list loaded before the cached one was read is not replaced by it', async () => {
      const { cache } = await loaded([B, A]);
      const again = setup({ cached: cache.get(LINKS_CACHE_KEY) });
      const refresh = again.store.refresh();
      await again.client.last('listLinks').answer([A]);
      await refresh;
      await again.store.cacheRead;
      assert.deepEqual(again.ids(), ['lnk_a']);
    });

    it('an unreadable cache shows no list and says why in the log', async () => {
      const parts = setup();
      const store = new LinkStore({
        client: parts.client,
        cache: { read: () => Promise.reject(new Error('disk on fire')), write: async () => undefined },
        baseUrl: () => 'https://api.agenthuman.com',
        accountId: () => ACCOUNT,
        onDidChangeAccount: parts.account.event,
        warn: (message) => parts.warnings.push(message),
        clock: () => NOW,
      });
      await store.cacheRead;
      assert.deepEqual(store.links, []);
      assert.match(parts.warnings.join('\n'), /offline copy.*disk on fire/);
    });
  });

  describe('each account\'s cached list', () => {
    it('a switch shows the list cached for the account switched to without a request, stale by its time, and keeps the previous one\'s', async () => {
      const { client, cache, store, ids, switchTo, changes } = await loaded([B, A]);
      const earlier = NOW - DAY;
      cache.set(linksCacheKey('acc_2'), { baseUrl: 'https://api.agenthuman.com', status: 'all', loadedAt: earlier, links: [A] });
      const requests = client.calls.length;
      switchTo('acc_2');
      await store.cacheRead;
      assert.deepEqual(ids(), ['lnk_a'], 'shown once read, from the cache');
      assert.equal(store.loadedAt, earlier, 'its time says how old it is');
      assert.equal(client.calls.length, requests, 'no request to show it');
      assert.deepEqual(changes.at(-1), { type: 'reset' });
      assert.ok(cache.get(LINKS_CACHE_KEY), 'the previous account\'s list stays cached for a switch back');

      const refresh = store.refresh();
      await client.last('listLinks').answer([B]);
      await refresh;
      assert.deepEqual((cache.get(linksCacheKey('acc_2')) as { links: Link[] }).links.map((l) => l.link_id), ['lnk_b'], 'a refresh updates this account\'s cache');
      switchTo(ACCOUNT);
      await store.cacheRead;
      assert.deepEqual(ids(), ['lnk_b', 'lnk_a'], 'and the first account\'s list is back');
    });

    it('an account without a cached list shows none, until its first load', async () => {
      const { ids, store, switchTo } = await loaded([B, A]);
      switchTo('acc_new');
      assert.deepEqual(ids(), []);
      assert.equal(store.loaded, false);
    });

    it('an answer for the previous account does not enter the cache of the one switched to', async () => {
      const { client, cache, store, switchTo } = setup();
      const refresh = store.refresh();
      switchTo('acc_2');
      await client.last('listLinks').answer([A]);
      await refresh;
      assert.equal(cache.get(linksCacheKey('acc_2')), undefined);
      assert.equal(cache.get(LINKS_CACHE_KEY), undefined);
    });

    it('a removed account\'s cached list goes with it', async () => {
      const { cache, removeAccount } = await loaded([B, A]);
      removeAccount(ACCOUNT);
      assert.equal(cache.get(LINKS_CACHE_KEY), undefined);
    });
  });
});
