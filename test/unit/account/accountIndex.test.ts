// The account index (what globalState holds: no secret) and the rules for labels.
import * as assert from 'node:assert/strict';
import {
  accountIdOfSecret,
  defaultLabel,
  kindOfKey,
  parseAccountIndex,
  secretKeyOf,
  serializeAccountIndex,
  uniqueLabel,
  validateLabel,
  withNewKey,
  withoutAccount,
} from '../../../src/account/accountIndex';
import { accountDescription, removeConfirmation } from '../../../src/account/accountText';
import { sessionOf, sessionsChange } from '../../../src/account/accountSessions';

const LIVE_KEY = 'ah_live_a1B2c3D4e5F6g7H8i9J0k1L2m3N41a2b';
const TEST_KEY = 'ah_test_a1B2c3D4e5F6g7H8i9J0k1L2m3N49f3k';

describe('accounts: the index and the labels', () => {
  it('a default label says live or test and shows the key\'s last four characters', () => {
    assert.equal(defaultLabel(LIVE_KEY), 'Live …1a2b');
    assert.equal(defaultLabel(TEST_KEY), 'Test …9f3k');
    assert.equal(kindOfKey(LIVE_KEY), 'live');
    assert.equal(kindOfKey(TEST_KEY), 'test');
  });

  it('two keys with the same ending get labels apart', () => {
    const accounts = [{ id: 'a', label: 'Live …1a2b', kind: 'live' as const }];
    assert.equal(uniqueLabel('Live …1a2b', accounts), 'Live …1a2b (2)');
    assert.equal(uniqueLabel('live …1A2B', accounts), 'live …1A2B (2)', 'labels differing only in case are the same to a reader');
    assert.equal(uniqueLabel('Live …1a2b', accounts, 'a'), 'Live …1a2b', 'an account does not collide with itself');
  });

  it('a label is not empty, not too long, not another account\'s', () => {
    const accounts = [{ id: 'a', label: 'Production', kind: 'live' as const }];
    assert.match(validateLabel('   ', accounts) ?? '', /Type a name/);
    assert.match(validateLabel('x'.repeat(61), accounts) ?? '', /at most 60/);
    assert.equal(validateLabel(' production ', accounts), 'Another account is already named “Production”.');
    assert.equal(validateLabel('Production', accounts, 'a'), undefined, 'renaming to its own name (another case) is fine');
    assert.equal(validateLabel('Staging', accounts), undefined);
  });

  it('reads a stored index defensively: bad entries are left out, a lost current falls back to the first account', () => {
    assert.equal(parseAccountIndex(undefined), undefined, 'nothing stored: no index (the migration decides)');
    const index = parseAccountIndex({
      current: 'gone',
      accounts: [
        { id: 'a', label: '  Prod\nmain ', kind: 'live', customLabel: true },
        { id: 'a', label: 'duplicate id', kind: 'test' },
        { id: '../evil', label: 'bad id', kind: 'test' },
        'not an object',
        { id: 'b', label: '', kind: 'weird' },
      ],
    });
    assert.deepEqual(index, {
      current: 'a',
      accounts: [
        { id: 'a', label: 'Prod main', kind: 'live', customLabel: true },
        { id: 'b', label: 'Test', kind: 'test' },
      ],
    });
    assert.deepEqual(parseAccountIndex('garbage'), { current: undefined, accounts: [] });
  });

  it('what is stored holds ids, labels and kinds only: a key smuggled into an entry is not written back', () => {
    const index = parseAccountIndex({ current: 'a', accounts: [{ id: 'a', label: 'Prod', kind: 'live', key: LIVE_KEY, apiKey: LIVE_KEY }] });
    assert.ok(index);
    const stored = JSON.stringify(serializeAccountIndex(index));
    assert.ok(!stored.includes(LIVE_KEY), stored);
    assert.deepEqual(Object.keys(serializeAccountIndex(index).accounts[0]).sort(), ['id', 'kind', 'label']);
  });

  it('each account\'s key has a secret of its own', () => {
    assert.equal(secretKeyOf('k3y'), 'agenthuman.apiKey.k3y');
    assert.equal(accountIdOfSecret('agenthuman.apiKey.k3y'), 'k3y');
    assert.equal(accountIdOfSecret('agenthuman.apiKey'), undefined, 'the old single key is no account\'s');
    assert.equal(accountIdOfSecret('other.secret'), undefined);
  });

  it('removing the current account makes the first other one current, or none', () => {
    const index = { current: 'b', accounts: [{ id: 'a', label: 'A', kind: 'live' as const }, { id: 'b', label: 'B', kind: 'test' as const }] };
    assert.equal(withoutAccount(index, 'b').current, 'a');
    assert.equal(withoutAccount(index, 'a').current, 'b', 'another account removed: the current one stays');
    assert.deepEqual(withoutAccount(withoutAccount(index, 'b'), 'a'), { current: undefined, accounts: [] });
  });

  it('a new key: a default label follows it, a chosen one stays', () => {
    assert.deepEqual(withNewKey({ id: 'a', label: 'Test …9f3k', kind: 'test' }, LIVE_KEY, []), { id: 'a', label: 'Live …1a2b', kind: 'live' });
    assert.deepEqual(withNewKey({ id: 'a', label: 'Mine', kind: 'test', customLabel: true }, LIVE_KEY, []), { id: 'a', label: 'Mine', kind: 'live', customLabel: true });
  });

  it('live and test are told apart in the view\'s description, and a removal names the account', () => {
    assert.equal(accountDescription({ id: 'a', label: 'Production', kind: 'live' }), '● LIVE · Production');
    assert.equal(accountDescription({ id: 'b', label: 'Test …9f3k', kind: 'test' }), 'TEST · Test …9f3k');
    const { message, detail } = removeConfirmation({ id: 'a', label: 'Production', kind: 'live' }, { id: 'b', label: 'Staging', kind: 'test' }, true);
    assert.equal(message, 'Remove the AgentHuman account “Production” from VS Code?');
    assert.match(detail, /secret storage.*“Staging”/s);
    assert.match(removeConfirmation({ id: 'a', label: 'Production', kind: 'live' }, undefined, true).detail, /asks for a key again/);
  });

  it('a session (what VS Code and other extensions see) names the account and carries no key', () => {
    const session = sessionOf({ id: 'a', label: 'Production', kind: 'live' });
    assert.deepEqual(session.account, { id: 'a', label: 'Production' });
    assert.equal(session.id, 'a');
    assert.ok(!session.accessToken.startsWith('ah_'), 'the token must not look like (or be) a key');
    // A rename: the old label removed and the new one changed, so that the Accounts menu drops the old entry.
    const change = sessionsChange({ added: [], removed: [], changed: [{ before: { id: 'a', label: 'Old', kind: 'live' }, after: { id: 'a', label: 'New', kind: 'live' } }] });
    assert.deepEqual(change.removed.map((s) => s.account.label), ['Old']);
    assert.deepEqual(change.changed.map((s) => s.account.label), ['New']);
  });
});
