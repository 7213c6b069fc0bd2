import * as assert from 'node:assert/strict';
import { describeExpiry, expiryToIso, parseExpiry, resolveExpiry, sameExpiry } from '../../../../src/flows/inputs/expiryInput';
import { describeDuration, formatLocalDateTime, toLocalInputText } from '../../../../src/text/time';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
// Tuesday 15 January 2030, 12:00 local time.
const NOW = new Date(2030, 0, 15, 12, 0).getTime();

function ok(text: string, options = {}) {
  const result = parseExpiry(text, NOW, 'en', options);
  assert.ok(result.ok, `expected "${text}" to be accepted, got: ${result.ok ? '' : result.message}`);
  return result;
}

function refused(text: string, pattern: RegExp, options = {}) {
  const result = parseExpiry(text, NOW, 'en', options);
  assert.equal(result.ok, false, `expected "${text}" to be refused`);
  if (!result.ok) assert.match(result.message, pattern);
}

describe('expiry input', () => {
  describe('durations from now', () => {
    it('reads 3d, 12h, 90m and 2w, and shows the resolved local date and time', () => {
      const d = ok('3d');
      assert.equal(d.at, NOW + 3 * DAY);
      assert.equal(d.severity, 'info');
      assert.match(d.message, /Expires Fri, 18 Jan 2030, 12:00 \(local time\), 3 days from now/);
      assert.equal(ok('12h').at, NOW + 12 * HOUR);
      assert.equal(ok('90m').at, NOW + 90 * MIN);
      assert.match(ok('90m').message, /Tue, 15 Jan 2030, 13:30/);
      assert.equal(ok('2w').at, NOW + 14 * DAY);
    });

    it('accepts spaces around, a space before the unit, long unit names and any case', () => {
      assert.equal(ok('  3d ').at, NOW + 3 * DAY);
      assert.equal(ok('3 days').at, NOW + 3 * DAY);
      assert.equal(ok('1 hour').at, NOW + HOUR);
      assert.equal(ok('2W').at, NOW + 14 * DAY);
    });

    it('keeps a duration relative, resolved when the request is sent', () => {
      const { choice } = ok('1d');
      assert.equal(choice.kind, 'relative');
      assert.equal(resolveExpiry(choice, NOW + HOUR), NOW + HOUR + DAY);
      assert.equal(expiryToIso(choice, NOW), new Date(NOW + DAY).toISOString());
    });

    it('refuses 0, unknown units, a number without unit, decimals and signs', () => {
      refused('0d', /0 is now/);
      refused('0m', /future/);
      refused('3x', /Unknown unit "x"/);
      refused('3', /Add a unit to 3/);
      refused('1.5d', /Not a date or a duration/);
      refused('-3d', /Not a date or a duration/);
      refused('+3d', /Not a date or a duration/);
      refused('99999999w', /too far/);
    });

    it('accepts the smallest step, 1 minute', () => {
      assert.equal(ok('1m').at, NOW + MIN);
    });
  });

  describe('ISO 8601 dates', () => {
    it('reads a date as local midnight', () => {
      const r = ok('2030-02-01');
      assert.equal(r.at, new Date(2030, 1, 1, 0, 0).getTime());
      assert.match(r.message, /Expires Fri, 1 Feb 2030, 00:00 \(local time\)/);
    });

    it('reads a date-time without zone as local time, with Z or an offset as given', () => {
      assert.equal(ok('2030-02-01T18:30').at, new Date(2030, 1, 1, 18, 30).getTime());
      assert.equal(ok('2030-02-01 18:30').at, new Date(2030, 1, 1, 18, 30).getTime());
      assert.equal(ok('2030-02-01T18:30:15').at, new Date(2030, 1, 1, 18, 30, 15).getTime());
      assert.equal(ok('2030-02-01T18:30:00Z').at, Date.UTC(2030, 1, 1, 18, 30));
      assert.equal(ok('2030-02-01T18:30:00.250Z').at, Date.UTC(2030, 1, 1, 18, 30, 0, 250));
      assert.equal(ok('2030-02-01T18:30+02:00').at, Date.UTC(2030, 1, 1, 16, 30));
      assert.equal(ok('2030-02-01T18:30-0530').at, Date.UTC(2030, 1, 2, 0, 0));
    });

    it('sends an absolute date as an ISO string in UTC', () => {
      assert.equal(expiryToIso(ok('2030-02-01T18:30:00Z').choice, NOW), '2030-02-01T18:30:00.000Z');
    });

    it('refuses impossible dates and times', () => {
      refused('2030-02-30', /no day 30 in Feb 2030/);
      refused('2030-02-29', /no day 29 in Feb 2030/);
      refused('2030-13-01', /no month 13/);
      refused('2030-00-10', /no month 00/);
      refused('2030-01-20T24:00', /hours go up to 23/);
      refused('2030-01-20T10:60', /minutes and seconds up to 59/);
      refused('2030-01-20T10:00+15:00', /offset/);
      assert.ok(ok('2032-02-29').ok, '29 February of a leap year exists');
    });

    it('refuses other formats', () => {
      refused('', /Enter a date/);
      refused('   ', /Enter a date/);
      refused('tomorrow', /Not a date or a duration/);
      refused('31/12/2030', /Not a date or a duration/);
      refused('Dec 31 2030', /Not a date or a duration/);
      refused('2030-1-5', /Not a date or a duration/);
      refused('10000-01-01', /Not a date or a duration/);
    });

    it('refuses the past and now itself, accepts one minute later', () => {
      refused('2030-01-15T11:59', /Tue, 15 Jan 2030, 11:59 \(local time\) is in the past/);
      refused('2030-01-15T12:00', /in the past/);
      refused('2030-01-15', /in the past/);
      refused('2020-06-01', /in the past/);
      assert.ok(ok('2030-01-15T12:01').ok);
    });

    it('allows the past with a warning when editing', () => {
      const r = ok('2030-01-15T11:00', { allowPast: true });
      assert.equal(r.severity, 'warning');
      assert.match(r.message, /in the past: the link will be expired as soon as this is saved/);
    });
  });

  describe('descriptions', () => {
    it('describes choices and durations', () => {
      assert.equal(describeExpiry({ kind: 'never' }, NOW, 'en'), 'Never');
      assert.equal(describeExpiry({ kind: 'relative', ms: 7 * DAY, text: '7d' }, NOW, 'en'), 'In 7 days (Tue, 22 Jan 2030, 12:00)');
      assert.equal(describeDuration(HOUR, 'en'), '1 hour');
      assert.equal(describeDuration(90 * MIN, 'en'), '1 hour 30 minutes');
      assert.equal(describeDuration(30 * DAY, 'en'), '30 days');
      assert.equal(describeDuration(14 * DAY, 'en'), '2 weeks');
      assert.equal(describeDuration(DAY + 2 * HOUR, 'en'), '1 day 2 hours');
      assert.equal(formatLocalDateTime(new Date(2030, 11, 31, 9, 5).getTime(), 'en'), 'Tue, 31 Dec 2030, 09:05');
      assert.equal(toLocalInputText(new Date(2030, 11, 31, 9, 5).getTime()), '2030-12-31T09:05');
    });

    it('compares choices', () => {
      assert.ok(sameExpiry({ kind: 'never' }, { kind: 'never' }));
      assert.ok(sameExpiry({ kind: 'relative', ms: DAY, text: '1d' }, { kind: 'relative', ms: DAY, text: '24h' }));
      assert.ok(!sameExpiry({ kind: 'never' }, { kind: 'absolute', at: NOW, text: '' }));
      assert.ok(sameExpiry(undefined, undefined));
    });
  });
});
