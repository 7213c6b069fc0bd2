import * as assert from 'node:assert/strict';
import { attentionReasons, DEFAULT_THRESHOLDS, describeReason, needsAttention, summarizeAttention } from '../../../src/attention/attention';
import { at, HOUR, makeLink, NOW } from '../support/linkFixture';

/** A calm active link: no limit, never expires. */
const link = (overrides: Parameters<typeof makeLink>[0] = {}) => makeLink({ uses: 0, use_limit: null, expires_at: null, ...overrides });

describe('links that need attention', () => {
  it('an active link expiring in exactly 24 h needs attention; one second later it does not', () => {
    assert.equal(needsAttention(link({ expires_at: at(24 * HOUR) }), DEFAULT_THRESHOLDS, NOW), true);
    assert.equal(needsAttention(link({ expires_at: at(24 * HOUR + 1000) }), DEFAULT_THRESHOLDS, NOW), false);
  });

  it('says how long is left: "expires in 5 hrs"', () => {
    const [reason] = attentionReasons(link({ expires_at: at(5 * HOUR) }), DEFAULT_THRESHOLDS, NOW);
    assert.equal(describeReason(reason, 'en'), 'expires in 5 hrs');
    const [soon] = attentionReasons(link({ expires_at: at(40 * 60_000) }), DEFAULT_THRESHOLDS, NOW);
    assert.equal(describeReason(soon, 'en'), 'expires in 40 mins');
  });

  it('exactly 90 % of the use limit needs attention; 89 % does not', () => {
    assert.equal(needsAttention(link({ uses: 90, use_limit: 100 }), DEFAULT_THRESHOLDS, NOW), true);
    assert.equal(needsAttention(link({ uses: 89, use_limit: 100 }), DEFAULT_THRESHOLDS, NOW), false);
    const [reason] = attentionReasons(link({ uses: 95, use_limit: 100 }), DEFAULT_THRESHOLDS, NOW);
    assert.equal(describeReason(reason, 'en'), '95/100 uses');
  });

  it('an unlimited, never-expiring link never needs attention, however many uses', () => {
    assert.equal(needsAttention(link({ uses: 1_000_000 }), DEFAULT_THRESHOLDS, NOW), false);
  });

  it('expired and paused links do not need attention', () => {
    assert.equal(needsAttention(link({ status: 'expired', uses: 100, use_limit: 100 }), DEFAULT_THRESHOLDS, NOW), false);
    assert.equal(needsAttention(link({ status: 'expired', expires_at: at(-HOUR) }), DEFAULT_THRESHOLDS, NOW), false);
    assert.equal(needsAttention(link({ status: 'paused', expires_at: at(HOUR) }), DEFAULT_THRESHOLDS, NOW), false);
  });

  it('a link already past its expiry is not "expiring soon" even if the server still says active', () => {
    assert.deepEqual(attentionReasons(link({ expires_at: at(-1000) }), DEFAULT_THRESHOLDS, NOW), []);
  });

  it('follows the thresholds from the settings', () => {
    const strict = { expiresWithinHours: 2, usageRatio: 0.5 };
    assert.equal(needsAttention(link({ expires_at: at(3 * HOUR) }), strict, NOW), false);
    assert.equal(needsAttention(link({ uses: 5, use_limit: 10 }), strict, NOW), true);
  });

  it('summarises the count and the reasons for the view badge', () => {
    const links = [
      link({ link_id: 'lnk_a', expires_at: at(HOUR) }),
      link({ link_id: 'lnk_b', expires_at: at(2 * HOUR), uses: 9, use_limit: 10 }),
      link({ link_id: 'lnk_c', uses: 1, use_limit: 10 }),
    ];
    assert.deepEqual(summarizeAttention(links, DEFAULT_THRESHOLDS, NOW, 'en'), {
      count: 2,
      tooltip: '2 links need attention: 2 expire within 24 hrs, 1 is at 90% or more of the use limit',
    });
    assert.deepEqual(summarizeAttention([links[2]], DEFAULT_THRESHOLDS, NOW, 'en'), { count: 0, tooltip: '' });
  });
});
