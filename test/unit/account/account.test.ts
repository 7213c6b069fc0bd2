// The Account over fake stores: add, switch, rename, remove; one account change per change of
// the current account; keys only in secret storage; another window's changes.
import * as assert from 'node:assert/strict';
import { ACCOUNT_INDEX_KEY, secretKeyOf } from '../../../src/account/accountIndex';
import { isUserFacingError } from '../../../src/failures/userFacingError';
import { DEMO_API_KEY, OTHER_API_KEY } from '../../fake-api/server';
import { accountWindow, FakeSecrets, FakeState, settled } from '../support/accountStores';

const LIVE_KEY = 'ah_live_a1B2c3D4e5F6g7H8i9J0k1L2m3N41a2b';

async function twoAccounts() {
  const secrets = new FakeSecrets();
  const state = new FakeState();
  const window = accountWindow(secrets, state);
  const demo = await window.account.add(DEMO_API_KEY);
  const other = await window.account.add(OTHER_API_KEY);
  window.changes.length = 0;
  window.lists.length = 0;
  return { secrets, state, ...window, demo: demo.account, other: other.account };
}

describe('accounts: the Account', () => {
  it('adds accounts with default labels; the one added becomes current, with one change each', async () => {
    const secrets = new FakeSecrets();
    const { account, changes, lists } = accountWindow(secrets, new FakeState());
    const first = await account.add(DEMO_API_KEY);
    assert.equal(first.outcome, 'added');
    assert.deepEqual(account.current, { id: 'id1', label: 'Test …J0gA', kind: 'test' });
    await account.add(LIVE_KEY, 'Production');
    assert.deepEqual(account.current, { id: 'id2', label: 'Production', kind: 'live' });
    assert.deepEqual(changes, ['switch Test …J0gA', 'switch Production']);
    assert.deepEqual(lists, ['+Test …J0gA', '+Production']);
    assert.equal(await account.key(), LIVE_KEY);
    assert.equal(await account.keyOf('id1'), DEMO_API_KEY);
    assert.equal(secrets.values.get(secretKeyOf('id1')), DEMO_API_KEY, 'one secret per account');
  });

  it('keeps keys out of the index: globalState holds ids, labels, kinds and the current id only', async () => {
    const { state } = await twoAccounts();
    const stored = JSON.stringify(state.get(ACCOUNT_INDEX_KEY));
    for (const key of [DEMO_API_KEY, OTHER_API_KEY]) assert.ok(!stored.includes(key) && !stored.includes(key.slice(8)), stored);
    assert.deepEqual(state.get(ACCOUNT_INDEX_KEY), {
      current: 'id2',
      accounts: [{ id: 'id1', label: 'Test …J0gA', kind: 'test' }, { id: 'id2', label: 'Test …H0jL', kind: 'test' }],
    });
  });

  it('switching fires one account change, synchronously, before the switch resolves; to the current one, none', async () => {
    const { account, changes, demo, other } = await twoAccounts();
    let seenInside: string | undefined;
    account.onDidChangeAccount(() => (seenInside = account.current?.id));
    const switching = account.switchTo(demo.id);
    assert.deepEqual(changes, [], 'nothing before the index is written');
    await switching;
    assert.deepEqual(changes, ['switch Test …J0gA']);
    assert.equal(seenInside, demo.id, 'listeners see the new current account');
    await account.switchTo(demo.id);
    assert.deepEqual(changes, ['switch Test …J0gA'], 'no change, no event');
    await account.switchTo(other.id);
    assert.equal(await account.key(), OTHER_API_KEY);
  });

  it('a key already added is not added twice: the outcome names its account', async () => {
    const { account, secrets, demo } = await twoAccounts();
    const again = await account.add(`  ${DEMO_API_KEY}\n`);
    assert.deepEqual(again, { outcome: 'existing', account: demo });
    assert.equal(account.accounts.length, 2);
    assert.equal([...secrets.values.keys()].length, 2);
    assert.equal((await account.setKey(DEMO_API_KEY)).outcome, 'existing', 'not as another account\'s new key either');
    assert.deepEqual((await account.setKey(OTHER_API_KEY)).outcome, 'unchanged');
  });

  it('a new key for the current account: a "key" change, and its default label follows the key', async () => {
    const { account, changes, lists, other } = await twoAccounts();
    const result = await account.setKey(LIVE_KEY);
    assert.equal(result.outcome, 'replaced');
    assert.deepEqual(account.current, { id: other.id, label: 'Live …1a2b', kind: 'live' });
    assert.deepEqual(changes, ['key Live …1a2b']);
    assert.deepEqual(lists, ['Test …H0jL>Live …1a2b']);
  });

  it('with no account, setting a key adds the first (the welcome view\'s Set API Key)', async () => {
    const { account, changes } = accountWindow(new FakeSecrets(), new FakeState());
    assert.equal((await account.setKey(DEMO_API_KEY)).outcome, 'added');
    assert.equal(account.current?.label, 'Test …J0gA');
    assert.deepEqual(changes, ['switch Test …J0gA']);
  });

  it('renames: not to an empty name or another account\'s; a rename is no account change', async () => {
    const { account, changes, lists, demo } = await twoAccounts();
    await assert.rejects(account.rename(demo.id, ' '), (e: unknown) => isUserFacingError(e) && /Type a name/.test((e as Error).message));
    await assert.rejects(account.rename(demo.id, 'test …h0jl'), /already named “Test …H0jL”/);
    assert.deepEqual(await account.rename(demo.id, ' Staging '), { id: demo.id, label: 'Staging', kind: 'test' });
    assert.deepEqual(lists, ['Test …J0gA>Staging']);
    assert.deepEqual(changes, []);
    // A chosen name stays when the key changes.
    await account.switchTo(demo.id);
    await account.setKey(LIVE_KEY);
    assert.equal(account.current?.label, 'Staging');
  });

  it('removing deletes the key from secret storage; the current one removed, the other becomes current; the last, none', async () => {
    const { account, secrets, changes, lists, demo, other } = await twoAccounts();
    await account.remove(other.id);
    assert.equal(secrets.values.has(secretKeyOf(other.id)), false);
    assert.deepEqual(account.current, demo);
    assert.deepEqual(lists, ['-Test …H0jL']);
    assert.deepEqual(changes, ['switch Test …J0gA']);
    await account.remove(demo.id);
    assert.equal(account.current, undefined);
    assert.equal(await account.key(), undefined);
    assert.deepEqual(changes, ['switch Test …J0gA', 'switch -']);
    assert.equal(secrets.values.size, 0);
  });

  it('removing another account than the current one is no account change', async () => {
    const { account, changes, demo } = await twoAccounts();
    await account.remove(demo.id);
    assert.deepEqual(changes, []);
    assert.equal(await account.key(), OTHER_API_KEY);
  });

  it('when the keychain refuses to delete the key, the account stays', async () => {
    const { account, secrets, other } = await twoAccounts();
    secrets.failOnce.add(`delete ${secretKeyOf(other.id)}`);
    await assert.rejects(account.remove(other.id), (e: unknown) => isUserFacingError(e) && /could not remove the API key/.test((e as Error).message));
    assert.deepEqual(account.current, other);
    assert.equal(await account.key(), OTHER_API_KEY);
  });

  it('a rejection marks only the account whose key was refused, until its key changes or a request succeeds', async () => {
    const { account, demo, other } = await twoAccounts();
    account.markRejected(demo.id);
    assert.equal(account.rejected, false, 'the current account (other) was not refused');
    await account.switchTo(demo.id);
    assert.equal(account.rejected, true, 'switching back: still refused');
    await account.setKey(LIVE_KEY);
    assert.equal(account.rejected, false, 'a new key is not refused yet');
    account.markRejected();
    account.markAccepted(demo.id);
    assert.equal(account.isRejected(demo.id), false);
    assert.equal(account.isRejected(other.id), false);
  });

  describe('another window', () => {
    it('sees an account added, switched to and renamed there, when its window gets the focus, with one change', async () => {
      const secrets = new FakeSecrets();
      const state = new FakeState();
      const here = accountWindow(secrets, state);
      const there = accountWindow(secrets, state, { newId: () => 'other-window' });
      await here.account.add(DEMO_API_KEY);
      here.focus();
      await settled();
      assert.deepEqual(here.changes, ['switch Test …J0gA'], 'our own change came back as the same: not fired again');

      there.focus();
      await settled();
      assert.deepEqual(there.account.current?.label, 'Test …J0gA');
      await there.account.add(OTHER_API_KEY);
      await there.account.rename('other-window', 'Other');
      here.focus();
      await settled();
      assert.equal(here.account.current?.label, 'Other');
      assert.equal(await here.account.key(), OTHER_API_KEY);
      assert.deepEqual(here.changes, ['switch Test …J0gA', 'switch Other']);
      here.focus();
      await settled();
      assert.equal(here.changes.length, 2, 'no change, no event');
    });

    it('a new key for the current account set there is a "key" change here', async () => {
      const secrets = new FakeSecrets();
      const state = new FakeState();
      const here = accountWindow(secrets, state);
      const there = accountWindow(secrets, state);
      await here.account.add(DEMO_API_KEY);
      there.focus();
      await settled();
      assert.equal(await here.account.key(), DEMO_API_KEY);
      await there.account.setKey(LIVE_KEY);
      await settled();
      assert.equal(await here.account.key(), LIVE_KEY);
      assert.deepEqual(here.changes, ['switch Test …J0gA', 'key Live …1a2b']);
    });

    it('an account removed there is gone here, its key with it', async () => {
      const secrets = new FakeSecrets();
      const state = new FakeState();
      const here = accountWindow(secrets, state);
      const there = accountWindow(secrets, state);
      const { account: demo } = await here.account.add(DEMO_API_KEY);
      there.focus();
      await settled();
      await there.account.remove(demo.id);
      await settled();
      assert.equal(here.account.current, undefined);
      assert.equal(await here.account.key(), undefined);
      assert.deepEqual(here.changes, ['switch Test …J0gA', 'switch -']);
    });
  });

  it('a base-URL change is an account change that keeps the current account', async () => {
    const { account, changes, changeBaseUrl, other } = await twoAccounts();
    account.markRejected();
    changeBaseUrl();
    assert.deepEqual(changes, ['baseUrl Test …H0jL']);
    assert.deepEqual(account.current, other);
    assert.equal(account.rejected, false, 'another server has not refused the key');
  });
});
