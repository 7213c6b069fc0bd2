import * as assert from 'node:assert/strict';
import {
  accessibilityLabel,
  escapeMarkdown,
  expiryText,
  formatAbsolute,
  formatClock,
  formatRelative,
  linkContextValue,
  linkDescription,
  linkLabel,
  statusPresentation,
  tooltipMarkdown,
} from '../../src/tree/linkPresentation';
import { attentionReasons, DEFAULT_THRESHOLDS } from '../../src/attention/attention';
import { at, DAY, HOUR, makeLink, MINUTE, NOW } from './linkFixture';

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
    it('of a link that needs attention says the hours left: "12/∞ uses · expires in 5 h"', () => {
      const link = makeLink({ use_limit: null, expires_at: at(5 * HOUR) });
      assert.equal(linkDescription(link, NOW, attentionReasons(link, DEFAULT_THRESHOLDS, NOW)), '12/∞ uses · expires in 5 h');
      const full = makeLink({ uses: 95, use_limit: 100, expires_at: null });
      assert.equal(linkDescription(full, NOW, attentionReasons(full, DEFAULT_THRESHOLDS, NOW)), '95/100 uses · never expires');
    });
    it('the tooltip of a link that needs attention says why, first', () => {
      const link = makeLink({ uses: 95, use_limit: 100, expires_at: at(5 * HOUR) });
      const tooltip = tooltipMarkdown(link, NOW, 'UTC', attentionReasons(link, DEFAULT_THRESHOLDS, NOW));
      assert.match(tooltip, /\n\n\*\*Needs attention:\*\* expires in 5 h, 95\/100 uses {2}\nStatus: Active/);
      assert.doesNotMatch(tooltipMarkdown(makeLink(), NOW, 'UTC', []), /Needs attention/);
    });
    it('shows uses against the limit and the time left: "12/100 uses · expires in 3 days"', () => {
      assert.equal(linkDescription(makeLink(), NOW), '12/100 uses · expires in 3 days');
    });
    it('shows ∞ for no use limit and "never expires" without an expiry', () => {
      assert.equal(linkDescription(makeLink({ uses: 0, use_limit: null, expires_at: null }), NOW), '0/∞ uses · never expires');
    });
    it('never overstates the time left: 59 min 59 s is "59 minutes", not an hour', () => {
      assert.equal(expiryText(makeLink({ expires_at: at(59 * MINUTE + 59_000) }), NOW), 'expires in 59 minutes');
      assert.equal(expiryText(makeLink({ expires_at: at(HOUR) }), NOW), 'expires in 1 hour');
      assert.equal(expiryText(makeLink({ expires_at: at(47 * HOUR) }), NOW), 'expires in 1 day');
    });
    it('says "in less than a minute" for the last seconds', () => {
      assert.equal(expiryText(makeLink({ expires_at: at(30_000) }), NOW), 'expires in less than a minute');
    });
    it('says how long ago an expired link expired', () => {
      const link = makeLink({ status: 'expired', expires_at: at(-2 * DAY) });
      assert.equal(linkDescription(link, NOW), '12/100 uses · expired 2 days ago');
      assert.equal(expiryText(makeLink({ status: 'expired', expires_at: at(-1000) }), NOW), 'expired less than a minute ago');
    });
    it('a link whose expiry is exactly now counts as expired', () => {
      assert.equal(expiryText(makeLink({ expires_at: at(0) }), NOW), 'expired less than a minute ago');
    });
    it('an expired link that used up its limit says so rather than a future expiry', () => {
      const link = makeLink({ status: 'expired', uses: 100, use_limit: 100, expires_at: at(5 * DAY) });
      assert.equal(linkDescription(link, NOW), '100/100 uses · use limit reached');
    });
    it('uses singular units and months / years for long spans', () => {
      assert.equal(formatRelative(NOW + DAY, NOW), 'in 1 day');
      assert.equal(formatRelative(NOW + 65 * DAY, NOW), 'in 2 months');
      assert.equal(formatRelative(NOW - 400 * DAY, NOW), '1 year ago');
    });
  });

  describe('status', () => {
    it('each status has its own codicon and theme colour', () => {
      assert.deepEqual(statusPresentation('active'), { label: 'Active', icon: 'pass-filled', color: 'charts.green' });
      assert.deepEqual(statusPresentation('paused'), { label: 'Paused', icon: 'debug-pause', color: 'charts.yellow' });
      assert.deepEqual(statusPresentation('expired'), { label: 'Expired', icon: 'circle-slash', color: 'disabledForeground' });
    });
    it('the context value encodes the status, matching the menus of package.json', () => {
      assert.equal(linkContextValue(makeLink({ status: 'paused' })), 'link.paused');
      assert.equal(linkContextValue(makeLink()), 'link.active');
    });
    it('the screen-reader label says the status in words', () => {
      assert.equal(accessibilityLabel(makeLink({ status: 'paused' }), NOW), 'Spring promo, Paused, 12/100 uses · expires in 3 days');
    });
  });

  describe('dates', () => {
    it('absolute dates are numeric, in the given time zone', () => {
      assert.equal(formatAbsolute(Date.parse('2026-11-01T09:05:00Z'), 'UTC'), '2026-11-01 09:05');
      assert.equal(formatAbsolute(Date.parse('2026-11-01T23:30:00Z'), 'Asia/Tokyo'), '2026-11-02 08:30');
      assert.equal(formatAbsolute(Date.parse('2026-11-01T00:00:00Z'), 'UTC'), '2026-11-01 00:00');
    });
    it('a time today shows as the clock time only, another day with its date', () => {
      assert.equal(formatClock(NOW - 2 * HOUR, NOW, 'UTC'), '10:00');
      assert.equal(formatClock(NOW - DAY, NOW, 'UTC'), '2026-11-21 12:00');
    });
  });

  describe('Markdown escaping', () => {
    it('a <script> tag stays text', () => {
      assert.equal(escapeMarkdown('<script>alert(1)</script>'), '\\<script\\>alert\\(1\\)\\<\\/script\\>');
    });
    it('a Markdown link to javascript: cannot form', () => {
      const escaped = escapeMarkdown('[x](javascript:alert(1))');
      assert.equal(escaped, '\\[x\\]\\(javascript\\:alert\\(1\\)\\)');
      assert.doesNotMatch(escaped, /(^|[^\\])\[/);
    });
    it('emphasis, code spans, entities and images cannot form', () => {
      assert.equal(escapeMarkdown('*bold* _it_ `code` &amp; ![i](x)'), '\\*bold\\* \\_it\\_ \\`code\\` \\&amp\\; \\!\\[i\\]\\(x\\)');
    });
    it('a backslash is itself escaped, so it cannot undo the next escape', () => {
      assert.equal(escapeMarkdown('a\\*b'), 'a\\\\\\*b');
    });
    it('line breaks and indentation collapse to one space (no heading, list or code block)', () => {
      assert.equal(escapeMarkdown('line\n# Heading\r\n    code\u0007'), 'line \\# Heading code');
    });
    it('plain names are unchanged', () => {
      assert.equal(escapeMarkdown('Spring promo 2026'), 'Spring promo 2026');
    });
  });

  describe('tooltip', () => {
    it('has name, URL, agent, status, uses, created and expiry (absolute and relative)', () => {
      const md = tooltipMarkdown(makeLink(), NOW, 'UTC');
      assert.match(md, /^\*\*Spring promo\*\*/);
      assert.ok(md.includes('https\\:\\/\\/app\\.agenthuman\\.com\\/s\\/lnk\\_test1'), md);
      assert.ok(md.includes('Agent: Support'));
      assert.ok(md.includes('Status: Active'));
      assert.ok(md.includes('Uses: 12 of 100'));
      assert.ok(md.includes('Created: 2026-11-01 09:30 (21 days ago)'), md);
      assert.ok(md.includes('Expires: 2026-11-25 12:00 (in 3 days)'), md);
      assert.ok(md.includes('ID: lnk\\_test1'));
    });
    it('says "no limit" and "never" for unlimited, never-expiring links, and names an untitled one', () => {
      const md = tooltipMarkdown(makeLink({ name: null, use_limit: null, expires_at: null }), NOW, 'UTC');
      assert.match(md, /^\*\*Untitled link\*\*/);
      assert.ok(md.includes('Uses: 12 (no limit)'));
      assert.ok(md.includes('Expires: never'));
    });
    it('escapes every text from the API: name and agent name', () => {
      const md = tooltipMarkdown(
        makeLink({ name: '<img src=x onerror=alert(1)> [click](command:evil)', agent: { ...makeLink().agent, name: '**Boss** `x`' } }),
        NOW,
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
