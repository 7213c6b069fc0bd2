import * as assert from 'node:assert/strict';
import { maskApiKey, normalizeApiKey, validateApiKeyFormat } from '../../../src/account/apiKeyFormat';

const RANDOM_32 = 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6';

describe('API key format (as typed in the Set API Key box)', () => {
  it('accepts live and test keys with a 32- or 28-character random part', () => {
    assert.equal(validateApiKeyFormat(`ah_live_${RANDOM_32}`), undefined);
    assert.equal(validateApiKeyFormat(`ah_test_${RANDOM_32.slice(0, 28)}`), undefined);
  });

  it('trims pasted whitespace before checking and storing', () => {
    assert.equal(validateApiKeyFormat(`  ah_test_${RANDOM_32}\n`), undefined);
    assert.equal(normalizeApiKey(`  ah_test_${RANDOM_32}\n`), `ah_test_${RANDOM_32}`);
  });

  it('asks for a key when the box is empty', () => {
    assert.match(validateApiKeyFormat('   ') ?? '', /Paste your AgentHuman API key/);
  });

  it('says which prefix is expected', () => {
    assert.match(validateApiKeyFormat(`ah_prod_${RANDOM_32}`) ?? '', /starts with ah_live_ or ah_test_/);
    assert.match(validateApiKeyFormat(`sk-${RANDOM_32}`) ?? '', /does not look like an AgentHuman API key/);
  });

  it('refuses inner spaces, odd characters, and keys cut short or far too long', () => {
    assert.match(validateApiKeyFormat(`ah_live_${RANDOM_32.slice(0, 10)} ${RANDOM_32.slice(10)}`) ?? '', /spaces/);
    assert.match(validateApiKeyFormat(`ah_live_${RANDOM_32.slice(0, 20)}-${RANDOM_32.slice(20)}`) ?? '', /only letters and digits/);
    assert.match(validateApiKeyFormat('ah_live_abc123') ?? '', /cut short: 6 characters/);
    assert.equal(validateApiKeyFormat(`ah_live_${'a'.repeat(16)}`), undefined);
    assert.match(validateApiKeyFormat(`ah_live_${'a'.repeat(129)}`) ?? '', /too long/);
  });

  it('masks a key to its prefix and last four characters', () => {
    assert.equal(maskApiKey(`ah_test_${RANDOM_32}`), 'ah_test_…o5P6');
    assert.ok(!maskApiKey(`ah_test_${RANDOM_32}`).includes(RANDOM_32.slice(0, 8)));
  });
});
