import * as assert from 'node:assert/strict';
import {
  accessibilityLabel,
  expiryText,
  linkContextValue,
  linkDescription,
  linkLabel,
  statusPresentation,
  tooltipMarkdown,
} from '../../../src/linksView/linkPresentation';
import { statusLabel } from '../../../src/links/statusText';
import { formatRelative } from '../../../src/text/time';
import { attentionReasons, DEFAULT_THRESHOLDS } from '../../../src/attention/attention';
import { at, DAY, HOUR, makeLink, MINUTE, NOW } from '../support/linkFixture';

describe('link item presentation', () => {
  describe('label', () => {
    it('is the link name', () => {
      assert.equal(linkLabel(makeLink()), 'Spring promo');
    });
    it('is "Untitled link" with the id when the name is null or blank', () => {
      assert.equal(linkLabel(makeLink({ name: null })), 'Untitled link (lnk_test1)');
      assert.equal(linkLabel(makeLink({ name: '   ' })), 'Untitled link (lnk_test1)');
    });
  });

  describe('description', () => {
    it('of a link that needs attention says the hours left: "12/∞ uses · expires in 5 hrs"', () => {
      const link = makeLink({ use_limit: null, expires_at: at(5 * HOUR) });
      assert.equal(linkDescription(link, NOW, 'en', attentionReasons(link, DEFAULT_THRESHOLDS, NOW)), '12/∞ uses · expires in 5 hrs');
      const full = makeLink({ uses: 95, use_limit: 100, expires_at: null });
      assert.equal(linkDescription(full, NOW, 'en', attentionReasons(full, DEFAULT_THRESHOLDS, NOW)), '95/100 uses · never expires');
    });
    it('the tooltip of a link that needs attention says why, first', () => {
      const link = makeLink({ uses: 95, use_limit: 100, expires_at: at(5 * HOUR) });
      const tooltip = tooltipMarkdown(link, NOW, 'en', 'UTC', attentionReasons(link, DEFAULT_THRESHOLDS, NOW));
      assert.match(tooltip, /\n\n\*\*Needs attention:\*\* expires in 5 hrs, 95\/100 uses {2}\nStatus: Active/);
      assert.doesNotMatch(tooltipMarkdown(makeLink(), NOW, 'en', 'UTC', []), /Needs attention/);
    });
    it('shows uses against the limit and the time left: "12/100 uses · expires in 3 days"', () => {
      assert.equal(linkDescription(makeLink(), NOW, 'en'), '12/100 uses · expires in 3 days');
    });
    it('shows ∞ for no use limit and "never expires" without an expiry', () => {
      assert.equal(linkDescription(makeLink({ uses: 0, use_limit: null, expires_at: null }), NOW, 'en'), '0/∞ uses · never expires');
    });
    it('never overstates the time left: 59 min 59 s is "59 minutes", not an hour', () => {
      assert.equal(expiryText(makeLink({ expires_at: at(59 * MINUTE + 59_000) }), NOW, 'en'), 'expires in 59 minutes');
      assert.equal(expiryText(makeLink({ expires_at: at(HOUR) }), NOW, 'en'), 'expires in 1 hour');
      assert.equal(expiryText(makeLink({ expires_at: at(47 * HOUR) }), NOW, 'en'), 'expires in 1 day');
    });
    it('says "in less than a minute" for the last seconds', () => {
      assert.equal(expiryText(makeLink({ expires_at: at(30_000) }), NOW, 'en'), 'expires in less than a minute');
    });
    it('says how long ago an expired link expired', () => {
      const link = makeLink({ status: 'expired', expires_at: at(-2 * DAY) });
      assert.equal(linkDescription(link, NOW, 'en'), '12/100 uses · expired 2 days ago');
      assert.equal(expiryText(makeLink({ status: 'expired', expires_at: at(-1000) }), NOW, 'en'), 'expired less than a minute ago');
    });
    it('a link whose expiry is exactly now counts as expired', () => {
      assert.equal(expiryText(makeLink({ expires_at: at(0) }), NOW, 'en'), 'expired less than a minute ago');
    });
    it('an expired link that used up its limit says so rather than a future expiry', () => {
      const link = makeLink({ status: 'expired', uses: 100, use_limit: 100, expires_at: at(5 * DAY) });
      assert.equal(linkDescription(link, NOW, 'en'), '100/100 uses · use limit reached');
    });
    it('uses singular units and months / years for long spans', () => {
      assert.equal(formatRelative(NOW + DAY, NOW, 'en'), 'in 1 day');
      assert.equal(formatRelative(NOW + 65 * DAY, NOW, 'en'), 'in 2 months');
      assert.equal(formatRelative(NOW - 400 * DAY, NOW, 'en'), '1 year ago');
    });
  });

  describe('status', () => {
    it('each status has its own codicon and theme colour', () => {
      assert.deepEqual(statusPresentation('active'), { icon: 'pass-filled', color: 'charts.green' });
      assert.deepEqual(statusPresentation('paused'), { icon: 'debug-pause', color: 'charts.yellow' });
      assert.deepEqual(statusPresentation('expired'), { icon: 'circle-slash', color: 'disabledForeground' });
      assert.deepEqual((['active', 'paused', 'expired'] as const).map(statusLabel), ['Active', 'Paused', 'Expired']);
    });
    it('the context value encodes the status, matching the menus of package.json', () => {
      assert.equal(linkContextValue(makeLink({ status: 'paused' }), NOW), 'link.paused');
      assert.equal(linkContextValue(makeLink(), NOW), 'link.active');
    });
    it('the screen-reader label says the status in words', () => {
      assert.equal(accessibilityLabel(makeLink({ status: 'paused' }), NOW, 'en'), 'Spring promo, Paused, 12/100 uses · expires in 3 days');
    });
    it('the screen-reader label is the same from the label and description the tree item has already', () => {
      const link = makeLink({ status: 'paused' });
      assert.equal(accessibilityLabel(link, NOW, 'en', { label: linkLabel(link), description: linkDescription(link, NOW, 'en') }), accessibilityLabel(link, NOW, 'en'));
    });
  });

  describe('tooltip', () => {
    it('has name, URL, agent, status, uses, created and expiry (absolute and relative)', () => {
      const md = tooltipMarkdown(makeLink(), NOW, 'en', 'UTC');
      assert.match(md, /^\*\*Spring promo\*\*/);
      assert.ok(md.includes('https\\:\\/\\/app\\.agenthuman\\.com\\/s\\/lnk\\_test1'), md);
      assert.ok(md.includes('Agent: Support'));
      assert.ok(md.includes('Status: Active'));
      assert.ok(md.includes('Uses: 12 of 100'));
      assert.ok(md.includes('Created: 1 Nov 2026, 09:30 (21 days ago)'), md);
      assert.ok(md.includes('Expires: 25 Nov 2026, 12:00 (in 3 days)'), md);
      assert.ok(md.includes('ID: lnk\\_test1'));
    });
    it('says "no limit" and "never" for unlimited, never-expiring links, and names an untitled one', () => {
      const md = tooltipMarkdown(makeLink({ name: null, use_limit: null, expires_at: null }), NOW, 'en', 'UTC');
      assert.match(md, /^\*\*Untitled link\*\*/);
      assert.ok(md.includes('Uses: 12 (no limit)'));
      assert.ok(md.includes('Expires: never'));
    });
    it('escapes every text from the API: name and agent name', () => {
      const md = tooltipMarkdown(
        makeLink({ name: '<img src=x onerror=alert(1)> [click](command:evil)', agent: { ...makeLink().agent, name: '**Boss** `x`' } }),
        NOW,
        'en',
        'UTC',
      );
      // Every < [ ] ( ) of the name is preceded by a backslash.
      const [nameLine] = md.split('\n');
      assert.doesNotMatch(nameLine.slice(2, -2), /(^|[^\\])[<>[\]()]/, md);
      assert.ok(md.includes('\\<img src\\=x'), md);
      assert.ok(md.includes('Agent: \\*\\*Boss\\*\\* \\`x\\`'), md);
    });
  });
});

describe('a link whose expiry passed while the list still says active', () => {
  const stale = makeLink({ status: 'active', expires_at: at(-2 * 365 * DAY) });

  it('is shown as expired: no green tick next to "expired 2 years ago"', () => {
    assert.equal(linkContextValue(stale, NOW), 'link.expired', 'menus then offer no Pause');
    assert.match(accessibilityLabel(stale, NOW, 'en'), /^Spring promo, Expired, 12\/100 uses · expired 2 years ago$/);
    assert.match(tooltipMarkdown(stale, NOW, 'en', 'UTC'), /Status: Expired \(the list still said active\)/);
  });

  it('so is one whose uses reached its limit', () => {
    assert.equal(linkContextValue(makeLink({ status: 'active', uses: 100, use_limit: 100 }), NOW), 'link.expired');
  });

  it('one that is still before its expiry keeps its status', () => {
    assert.equal(linkContextValue(makeLink({ status: 'paused', expires_at: at(HOUR) }), NOW), 'link.paused');
  });
});
