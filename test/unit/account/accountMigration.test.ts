// From the one key of earlier versions to accounts, over fake stores: what an earlier version
// left (the secret `agenthuman.apiKey`, the cached list `agenthuman.linksCache`) becomes one
// account, on the first start, without the user doing anything; interrupted at any step, the
// next start finishes the job with the same single account.
import * as assert from 'node:assert/strict';
import { ACCOUNT_INDEX_KEY, LEGACY_SECRET_KEY, secretKeyOf } from '../../../src/account/accountIndex';
import { decideMigration, MIGRATED_ID, MIGRATION_DONE_KEY } from '../../../src/account/accountMigration';
import { LINKS_CACHE_KEY, linksCacheKey } from '../../../src/links/linkStore';
import { DEMO_API_KEY, OTHER_API_KEY } from '../../fake-api/server';
import { accountWindow, FakeSecrets, FakeState, settled } from '../support/accountStores';

const CACHED = { baseUrl: 'https://api.agenthuman.com', status: 'all', loadedAt: 1, links: [] };

/** What an earlier version leaves behind. */
function earlierVersion() {
  const secrets = new FakeSecrets();
  const state = new FakeState();
  secrets.values.set(LEGACY_SECRET_KEY, DEMO_API_KEY);
  state.values.set(LINKS_CACHE_KEY, CACHED);
  return { secrets, state };
}

/** The stores as a finished migration leaves them. */
function assertMigrated(secrets: FakeSecrets, state: FakeState) {
  assert.deepEqual([...secrets.values.entries()], [[secretKeyOf(MIGRATED_ID), DEMO_API_KEY]], 'one secret, under the account\'s name');
  assert.deepEqual(state.get(ACCOUNT_INDEX_KEY), { current: MIGRATED_ID, accounts: [{ id: MIGRATED_ID, label: 'Test …J0gA', kind: 'test' }] });
  assert.deepEqual(state.get(linksCacheKey(MIGRATED_ID)), CACHED, 'the cached list is the account\'s');
  assert.equal(state.get(LINKS_CACHE_KEY), undefined);
}

describe('accounts: migration from the single key of earlier versions', () => {
  it('decides from the old key, the index and its accounts\' keys', () => {
    assert.deepEqual(decideMigration(undefined, undefined, []), { action: 'none' });
    assert.deepEqual(decideMigration(DEMO_API_KEY, undefined, []), { action: 'migrate', id: MIGRATED_ID });
    const index = { current: MIGRATED_ID, accounts: [{ id: MIGRATED_ID, label: 'x', kind: 'test' as const }] };
    assert.deepEqual(decideMigration(DEMO_API_KEY, index, [DEMO_API_KEY]), { action: 'cleanUp' }, 'migrated, but the old copy was not deleted yet');
    assert.deepEqual(decideMigration(OTHER_API_KEY, index, [DEMO_API_KEY]), { action: 'migrate', id: `${MIGRATED_ID}2` }, 'an earlier version set another key since');
  });

  it('on the first start, the old key becomes the current account, its cached list with it, and the old secret goes last', async () => {
    const { secrets, state } = earlierVersion();
    const window = accountWindow(secrets, state);
    await window.account.ready;
    assertMigrated(secrets, state);
    assert.deepEqual(window.account.current, { id: MIGRATED_ID, label: 'Test …J0gA', kind: 'test' });
    assert.equal(await window.account.key(), DEMO_API_KEY);
    assert.deepEqual(window.changes, ['switch Test …J0gA'], 'one account change: the store shows the cached list, the view loads');
    const order = secrets.log.filter((l) => !l.startsWith('get'));
    assert.deepEqual(order, [`store ${secretKeyOf(MIGRATED_ID)}`, `delete ${LEGACY_SECRET_KEY}`], 'the old secret is deleted only after the new one is stored');
    assert.ok(state.log.indexOf(ACCOUNT_INDEX_KEY) >= 0 && state.log.indexOf(ACCOUNT_INDEX_KEY) < state.log.lastIndexOf(LINKS_CACHE_KEY), 'and after the index is written');
  });

  const STEPS: [string, (secrets: FakeSecrets, state: FakeState) => void][] = [
    ['storing the new secret', (secrets) => secrets.failOnce.add(`store ${secretKeyOf(MIGRATED_ID)}`)],
    ['copying the cached list', (_, state) => state.failOnce.add(linksCacheKey(MIGRATED_ID))],
    ['writing the index', (_, state) => state.failOnce.add(ACCOUNT_INDEX_KEY)],
    ['deleting the old secret', (secrets) => secrets.failOnce.add(`delete ${LEGACY_SECRET_KEY}`)],
    ['dropping the old cached list', (_, state) => state.failOnce.add(LINKS_CACHE_KEY)],
  ];
  for (const [step, fail] of STEPS) {
    it(`interrupted while ${step}, the next start finishes with one account and the key`, async () => {
      const { secrets, state } = earlierVersion();
      fail(secrets, state);
      const warnings: string[] = [];
      await accountWindow(secrets, state, { warn: (m) => warnings.push(m) }).account.ready;
      assert.match(warnings.join('\n'), /Could not move the API key of an earlier version/);
      assert.ok(
        secrets.values.get(LEGACY_SECRET_KEY) === DEMO_API_KEY || secrets.values.get(secretKeyOf(MIGRATED_ID)) === DEMO_API_KEY,
        'at every moment the key is stored somewhere',
      );

      const again = accountWindow(secrets, state);
      await again.account.ready;
      assertMigrated(secrets, state);
      assert.equal(again.account.accounts.length, 1);
      assert.equal(await again.account.key(), DEMO_API_KEY);
    });
  }

  it('runs once: a later start reads no secret for it, and a fresh install has nothing to migrate', async () => {
    const { secrets, state } = earlierVersion();
    await accountWindow(secrets, state).account.ready;
    assert.equal(state.get(MIGRATION_DONE_KEY), true);
    secrets.log.length = 0;
    const later = accountWindow(secrets, state);
    await later.account.ready;
    assert.deepEqual(secrets.log, [], 'nothing read at start');
    assert.deepEqual(later.changes, [], 'no account change at a normal start');

    const fresh = accountWindow(new FakeSecrets(), new FakeState());
    await fresh.account.ready;
    assert.equal(fresh.account.current, undefined);
    assert.equal(await fresh.account.key(), undefined);
    assert.deepEqual(fresh.changes, []);
  });

  it('a key an earlier version sets in another window later becomes an account too, once', async () => {
    const secrets = new FakeSecrets();
    const state = new FakeState();
    const window = accountWindow(secrets, state);
    await window.account.add(OTHER_API_KEY);
    await secrets.store(LEGACY_SECRET_KEY, DEMO_API_KEY); // the other window, still on an earlier version
    await settled();
    assert.deepEqual(window.account.accounts.map((a) => a.label), ['Test …H0jL', 'Test …J0gA']);
    assert.equal(window.account.current?.label, 'Test …H0jL', 'the current account stays');
    assert.equal(secrets.values.has(LEGACY_SECRET_KEY), false);
  });
});
