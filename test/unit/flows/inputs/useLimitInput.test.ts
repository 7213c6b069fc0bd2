import * as assert from 'node:assert/strict';
import { describeUseLimit, parseUseLimit } from '../../../../src/flows/inputs/useLimitInput';

function value(text: string, uses?: number): number | null {
  const result = parseUseLimit(text, { uses });
  assert.ok(result.ok, `expected "${text}" to be accepted, got: ${result.ok ? '' : result.message}`);
  return result.value;
}

function refused(text: string, pattern: RegExp, uses?: number): void {
  const result = parseUseLimit(text, { uses });
  assert.equal(result.ok, false, `expected "${text}" to be refused`);
  if (!result.ok) assert.match(result.message, pattern);
}

describe('use limit input', () => {
  it('empty (or blank) means unlimited', () => {
    assert.equal(value(''), null);
    assert.equal(value('   '), null);
  });

  it('accepts positive whole numbers from 1, trimmed', () => {
    assert.equal(value('1'), 1);
    assert.equal(value('100'), 100);
    assert.equal(value('  25 '), 25);
    assert.equal(value('007'), 7);
    assert.equal(value(String(Number.MAX_SAFE_INTEGER)), Number.MAX_SAFE_INTEGER);
  });

  it('refuses each bad form with a message that says why', () => {
    refused('0', /0 would let nobody in: type 1 or more/);
    refused('000', /0 would let nobody in/);
    refused('-5', /cannot be negative/);
    refused('-0', /cannot be negative/);
    refused('1.5', /whole number of sessions: no decimals/);
    refused('10.', /no decimals/);
    refused('.5', /no decimals/);
    refused('2,5', /no decimals/);
    refused('1e3', /exponent notation such as 1e3 is not accepted \(type 1000\)/);
    refused('1E3', /exponent/);
    refused('1.5e2', /exponent/);
    refused('1 000', /Remove the spaces/);
    refused('10\t0', /Remove the spaces/);
    refused('1,000', /thousands separators: type 1000/);
    refused('+5', /Leave out the "\+"/);
    refused('abc', /whole number in digits/);
    refused('ten', /whole number in digits/);
    refused('0x10', /whole number in digits/);
    refused('99999999999999999999', /too large/);
  });

  it('when editing, requires more than the uses so far and names them', () => {
    refused('37', /used 37 times already: the new limit must be greater than 37 \(at least 38\)/, 37);
    refused('10', /greater than 37/, 37);
    assert.equal(value('38', 37), 38);
    refused('1', /used once already.*at least 2/, 1);
    assert.equal(value('1', 0), 1);
    assert.equal(value('', 37), null, 'unlimited is always allowed');
  });

  it('describes a limit', () => {
    assert.equal(describeUseLimit(null), 'Unlimited');
    assert.equal(describeUseLimit(1), '1 use');
    assert.equal(describeUseLimit(50), '50 uses');
  });
});
