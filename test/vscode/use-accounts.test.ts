// Several accounts (issue 14), on the fake server's two accounts (demo and other): added through
// "AgentHuman: Add Account…" with the key as argument, switched with "Switch Account…", renamed
// and removed, as a keybinding, a task or another extension would. What the extension host can
// observe: the request log (which account each request was for, and the key it carried), the
// links each account's commands find, and the accounts VS Code's Accounts menu lists (the
// authentication provider's sessions, read through `vscode.authentication.getAccounts`).
//
// Signing out through the Accounts menu itself goes through a confirmation dialog of the
// workbench, which this host cannot answer: the end-to-end test (test/e2e/accounts.test.mjs)
// clicks it; here, Remove Account (the same removal) is used. The migration of the single key
// of earlier versions needs our secret storage as an earlier version left it, which no other
// extension (this test runner included) can write: it is tested over fake stores in
// test/unit/account/accountMigration.test.ts.
//
// The tests of this file build on each other, in order. Every account is removed at the end:
// the files after this one start, as before, with no key.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DEMO_API_KEY, OTHER_API_KEY, SEED } from '../fake-api/server';
import { calls, expectRequestCount, hideSideBar, run, startFakeApiHidden } from './demoAccount';
import { openAgentHumanView, waitFor, type FakeApi } from './helpers';

interface AccountInfo {
  id: string;
  label: string;
  kind: 'live' | 'test';
}

const REJECTED_KEY = 'ah_test_Zz9Yy8Xx7Ww6Vv5Uu4Tt3Ss2Rr1Qq0Pp';
const ACCOUNT_OF_KEY: Record<string, string> = { [DEMO_API_KEY]: 'demo', [OTHER_API_KEY]: 'other' };

/** The AgentHuman accounts VS Code knows (what its Accounts menu lists, from the provider's sessions). */
/** `vscode.authentication.getAccounts`: final API since VS Code 1.93; this extension's @types/vscode (1.77) is older. */
const auth = vscode.authentication as unknown as { getAccounts?(providerId: string): Thenable<readonly { id: string; label: string }[]> };

function providerAccounts(): Thenable<readonly { id: string; label: string }[]> {
  assert.ok(auth.getAccounts, 'vscode.authentication.getAccounts is missing');
  return auth.getAccounts('agenthuman');
}

/**
 * These tests read the accounts as VS Code's Accounts menu lists them, which an extension can
 * do only since VS Code 1.93: on the oldest VS Code claimed (1.77) they are skipped. The
 * accounts themselves are tested in plain Node (test/unit/account/) on every version.
 */
function needsAccountsApi(this: Mocha.Context): void {
  if (!auth.getAccounts) this.skip();
}

async function menuAccounts(): Promise<string[]> {
  return (await providerAccounts()).map((a) => a.label).sort();
}

async function removeEveryAccount(): Promise<void> {
  for (const { id } of await providerAccounts()) {
    assert.equal(await run('agenthuman.removeAccount', id, { skipConfirmation: true }), true);
  }
}

/** Every request carried the key of the account the server saw; returns the accounts in order. */
function accountsOfRequests(api: FakeApi): string[] {
  for (const r of api.requests) {
    const key = String(r.headers['x-api-key']);
    assert.equal(r.account, ACCOUNT_OF_KEY[key], `${r.method} ${r.path} carried the key of ${ACCOUNT_OF_KEY[key] ?? 'no account'}`);
  }
  return api.requests.map((r) => r.account ?? '?');
}

function urlOf(api: FakeApi, account: 'demo' | 'other', id: string): string {
  const link = api.links(account).find((l) => l.link_id === id);
  assert.ok(link, `${id} is not a link of ${account}`);
  return link.url;
}

describe('Accounts: several keys side by side (agenthuman.addAccount, switchAccount, renameAccount, removeAccount)', () => {
  let api: FakeApi;
  let demo: AccountInfo;
  let other: AccountInfo;
  before(async function () {
    needsAccountsApi.call(this);
    api = await startFakeApiHidden();
    await removeEveryAccount();
  });
  beforeEach(() => api.clearRequests());
  after(async () => {
    if (!api) return; // skipped
    await run('notifications.clearAll');
    await removeEveryAccount();
    await hideSideBar();
    await api.stop();
  });

  it('adds both accounts; switching back and forth, each list is right and each request carries its own account\'s key', async () => {
    demo = await run<AccountInfo>('agenthuman.addAccount', DEMO_API_KEY);
    assert.deepEqual({ label: demo.label, kind: demo.kind }, { label: 'Test …J0gA', kind: 'test' }, 'the default label: test key, last four characters');
    assert.equal(await run('agenthuman.refresh'), true);
    assert.equal(await run('agenthuman.copyLink', SEED.links.activeLimited), urlOf(api, 'demo', SEED.links.activeLimited));

    other = await run<AccountInfo>('agenthuman.addAccount', OTHER_API_KEY, 'Other team');
    assert.equal(other.label, 'Other team');
    assert.equal(await run('agenthuman.refresh'), true);
    assert.equal(await run('agenthuman.copyLink', SEED.links.otherActive), urlOf(api, 'other', SEED.links.otherActive));

    for (const [target, link, account] of [[demo, SEED.links.activeLimited, 'demo'], [other, SEED.links.otherActive, 'other'], [demo, SEED.links.paused, 'demo']] as const) {
      assert.equal((await run<AccountInfo>('agenthuman.switchAccount', target.id)).id, target.id);
      assert.equal(await run('agenthuman.refresh'), true);
      assert.equal(await run('agenthuman.copyLink', link), urlOf(api, account, link));
    }
    assert.deepEqual(accountsOfRequests(api), ['demo', 'other', 'demo', 'other', 'demo'], `requests: ${calls(api).join(', ')}`);
    assert.ok(api.requests.every((r) => r.status === 200));
  });

  it('after a switch the account\'s cached list is there at once; showing the view then sends exactly one request', async () => {
    await run('agenthuman.switchAccount', other.id);
    assert.equal(await run('agenthuman.copyLink', SEED.links.otherActive), urlOf(api, 'other', SEED.links.otherActive));
    assert.deepEqual(calls(api), [], 'the list switched to came from its cache, without a request');
    // A link of the previous account is not offered: looking once more for it is one request, with this account's key.
    assert.equal(await run('agenthuman.copyLink', SEED.links.activeLimited), undefined);
    assert.deepEqual(accountsOfRequests(api), ['other']);

    api.clearRequests();
    await run('agenthuman.switchAccount', demo.id);
    await openAgentHumanView();
    await expectRequestCount(api, 1);
    assert.deepEqual(accountsOfRequests(api), ['demo'], 'one refresh, for the account switched to');
    await hideSideBar();
  });

  it('a key already added says which account has it and switches to it, instead of adding it twice', async () => {
    await run('agenthuman.switchAccount', other.id);
    const again = await run<AccountInfo>('agenthuman.addAccount', `  ${DEMO_API_KEY}\n`);
    assert.equal(again.id, demo.id);
    assert.deepEqual(await menuAccounts(), ['Other team', 'Test …J0gA']);
    assert.equal(await run('agenthuman.refresh'), true);
    assert.deepEqual(accountsOfRequests(api), ['demo'], 'the account with that key is current');
  });

  it('the Accounts menu lists every account by its label, and follows a rename; a duplicate or empty label is refused', async () => {
    const sessionChanges: string[] = [];
    const listening = vscode.authentication.onDidChangeSessions((e) => sessionChanges.push(e.provider.id));
    try {
      assert.deepEqual(await menuAccounts(), ['Other team', 'Test …J0gA']);
      const renamed = await run<AccountInfo>('agenthuman.renameAccount', other.id, 'Other (renamed)');
      assert.equal(renamed.label, 'Other (renamed)');
      await waitFor(async () => (await menuAccounts()).includes('Other (renamed)'), 'the Accounts menu to show the new label');
      assert.deepEqual(await menuAccounts(), ['Other (renamed)', 'Test …J0gA']);
      await waitFor(() => sessionChanges.includes('agenthuman'), 'onDidChangeSessions for the AgentHuman provider');

      assert.equal(await run('agenthuman.renameAccount', other.id, 'test …j0ga'), undefined, 'a label another account has');
      assert.equal(await run('agenthuman.renameAccount', other.id, '   '), undefined, 'an empty label');
      assert.deepEqual(await menuAccounts(), ['Other (renamed)', 'Test …J0gA']);
      assert.deepEqual(calls(api), [], 'renaming sends nothing');
    } finally {
      listening.dispose();
    }
  });

  it('a rejected key (401) is its own account\'s: the other account goes on working with its own key', async () => {
    const revoked = await run<AccountInfo>('agenthuman.addAccount', REJECTED_KEY, 'Revoked');
    assert.equal(await run('agenthuman.refresh'), false);
    await run('notifications.clearAll'); // the "key was rejected" prompt: not now
    await run('agenthuman.switchAccount', demo.id);
    assert.equal(await run('agenthuman.refresh'), true);
    await run('agenthuman.switchAccount', revoked.id);
    assert.equal(await run('agenthuman.refresh'), false);
    await run('notifications.clearAll');
    assert.deepEqual(
      api.requests.map((r) => `${r.status} ${r.headers['x-api-key'] === REJECTED_KEY ? 'revoked' : ACCOUNT_OF_KEY[String(r.headers['x-api-key'])]}`),
      ['401 revoked', '200 demo', '401 revoked'],
    );
    assert.equal(await run('agenthuman.removeAccount', revoked.id, { skipConfirmation: true }), true);
  });

  it('removing the current account switches to another; removing the last leaves no key, and nothing is sent', async () => {
    await run('agenthuman.switchAccount', other.id);
    assert.equal(await run('agenthuman.removeAccount', other.id, { skipConfirmation: true }), true);
    assert.deepEqual(await menuAccounts(), ['Test …J0gA']);
    assert.equal(await run('agenthuman.refresh'), true);
    assert.deepEqual(accountsOfRequests(api), ['demo'], 'the remaining account became current');

    assert.equal(await run('agenthuman.removeAccount', demo.id, { skipConfirmation: true }), true);
    assert.deepEqual(await menuAccounts(), []);
    assert.equal(await run('agenthuman.createLink', { agentId: SEED.agents.support, name: 'No account' }), undefined);
    assert.equal(await run('agenthuman.removeAccount', 'Test …J0gA', { skipConfirmation: true }), false, 'no such account any more');
    await run('notifications.clearAll');
    assert.equal(api.requests.length, 1);
  });

  it('Set API Key with no account adds the first; with one, it is that account\'s new key (its default label follows)', async () => {
    assert.equal(await run('agenthuman.setApiKey', DEMO_API_KEY), true);
    assert.deepEqual(await menuAccounts(), ['Test …J0gA']);
    assert.equal(await run('agenthuman.setApiKey', OTHER_API_KEY), true);
    assert.deepEqual(await menuAccounts(), ['Test …H0jL']);
    assert.equal(await run('agenthuman.refresh'), true);
    assert.deepEqual(accountsOfRequests(api), ['other']);
  });
});

describe('Accounts: the rate-limit budget of each account', () => {
  let api: FakeApi;
  let demo: AccountInfo;
  let other: AccountInfo;
  before(async function () {
    needsAccountsApi.call(this);
    api = await startFakeApiHidden({ rateLimitPerMinute: 2 });
    await removeEveryAccount();
    demo = await run<AccountInfo>('agenthuman.addAccount', DEMO_API_KEY);
    other = await run<AccountInfo>('agenthuman.addAccount', OTHER_API_KEY);
    api.clearRequests();
  });
  after(async () => {
    if (!api) return; // skipped
    await run('notifications.clearAll');
    await removeEveryAccount();
    await api.stop();
  });

  it('is each account\'s own, and kept while the other one is current', async () => {
    await run('agenthuman.switchAccount', demo.id);
    assert.equal(await run('agenthuman.refresh'), true);
    assert.equal(await run('agenthuman.refresh'), true); // the last of demo's budget for this minute
    // Beyond the budget a request waits in the queue for the next minute (the status bar says so)
    // instead of failing; it is not awaited here. Removing the accounts at the end leaves it no
    // key: it is then never sent.
    void run('agenthuman.copyLink', 'lnk_notInTheList1');
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(api.requests.length, 2, 'the spent budget holds the request back');

    await run('agenthuman.switchAccount', other.id);
    assert.equal(await run('agenthuman.refresh'), true, 'the other account has a budget of its own');
    assert.deepEqual(accountsOfRequests(api), ['demo', 'demo', 'other'], 'sent at once, while demo\'s request waits');
    await run('agenthuman.switchAccount', demo.id);
    void run('agenthuman.copyLink', 'lnk_notInTheList2');
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(accountsOfRequests(api), ['demo', 'demo', 'other'], 'switching back does not reset the spent budget');
  });
});
