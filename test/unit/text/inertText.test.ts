/** The one neutraliser of text from the network: src/text/inertText.ts. */
import * as assert from 'node:assert/strict';
import { inertText as linkLabelInertText } from '../../../src/links/linkNames';
import { inertText, MAX_INERT_LENGTH } from '../../../src/text/inertText';

const BIDI = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];
const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u180E'];
const OTHER_FORMAT = ['\u00AD', '\u2061', '\u2064', '\u206A', '\u206F', '\uFFF9', '\u{E0041}', '\u{E007F}'];

describe('inertText (src/text/inertText.ts)', () => {
  it('is the same function as linkLabel\'s inertText (one implementation)', () => {
    assert.equal(linkLabelInertText, inertText);
  });

  it('breaks Markdown link syntax: ](', () => {
    assert.equal(inertText('[Open docs](command:workbench.action.terminal.new)'), '[Open docs] (command:workbench.action.terminal.new)');
    assert.equal(inertText('[a]  (command:x) [b]\t(command:y)'), '[a] (command:x) [b] (command:y)');
    assert.equal(inertText('[a]\n(command:x)'), '[a] (command:x)');
    assert.doesNotMatch(inertText('[x](command:evil)'), /\]\(/);
  });

  it('breaks the codicon syntax $( of the status bar and notifications', () => {
    assert.equal(inertText('$(alert) Pay now $(sync~spin)'), '$ (alert) Pay now $ (sync~spin)');
    assert.doesNotMatch(inertText('$\u200B(alert)'), /\$\(/);
  });

  it('removes bidi controls, zero-width and other invisible format characters', () => {
    for (const ch of [...BIDI, ...ZERO_WIDTH, ...OTHER_FORMAT]) {
      const name = `U+${ch.codePointAt(0)?.toString(16).toUpperCase()}`;
      assert.equal(inertText(`safe${ch}text`), 'safetext', name);
    }
    // Hidden characters cannot smuggle a link past the check either.
    assert.doesNotMatch(inertText('[x]\u200B(command:evil)'), /\]\(/);
    assert.doesNotMatch(inertText('[x]\u202E\u2066(command:evil)'), /\]\(/);
  });

  it('turns C0 and C1 control characters and line breaks into a single space', () => {
    assert.equal(inertText('line one\r\nline two\n\n\nthree'), 'line one line two three');
    assert.equal(inertText('a\u0000b\u0007c\u001Bd\u007Fe\u0085f\u009Bg'), 'a b c d e f g');
    assert.equal(inertText('a \u2028 b\u2029c\td'), 'a b c d');
    assert.equal(inertText('\n  padded \r\n'), 'padded');
  });

  it(`caps one string at ${MAX_INERT_LENGTH} characters with an ellipsis`, () => {
    const long = 'x'.repeat(1_000_000);
    const shown = inertText(long);
    assert.equal(shown.length, MAX_INERT_LENGTH);
    assert.ok(shown.endsWith('…'));
    assert.equal(inertText('y'.repeat(MAX_INERT_LENGTH)), 'y'.repeat(MAX_INERT_LENGTH), 'exactly at the cap: unchanged');
    assert.equal(inertText('z'.repeat(50), { maxLength: 10 }), `${'z'.repeat(9)}…`);
    // A surrogate pair is not cut in half.
    const emoji = inertText('😀'.repeat(400));
    assert.ok(emoji.length <= MAX_INERT_LENGTH);
    assert.doesNotMatch(emoji.slice(0, -1), /[\uD800-\uDBFF]$/);
  });

  it('redacts secrets, also when invisible characters were put inside them', () => {
    const key = 'ah_test_dM7qK2vX9pL4nR8sT1wY6zB3cF5hJ0gA';
    assert.equal(inertText(`key ${key} here`, { redact: [key] }), 'key *** here');
    assert.equal(inertText(`key ${key.slice(0, 10)}\u200B${key.slice(10)}`, { redact: [key] }), 'key ***');
    assert.equal(inertText(`${key.slice(0, 10)}\u00AD${key.slice(10)}`, { redact: [key] }), '***');
    // A key that itself holds "](" is redacted before the link syntax is broken.
    assert.equal(inertText('see ah_live_a](b', { redact: ['ah_live_a](b'] }), 'see ***');
    // Redacted before the cap: no prefix of the key survives at the cut.
    const cut = inertText(`${'x'.repeat(MAX_INERT_LENGTH - 20)}${key}`, { redact: [key] });
    assert.ok(!cut.includes(key.slice(0, 12)), cut);
  });

  it('leaves ordinary text alone', () => {
    for (const text of ['Spring promo', 'Link not found', 'Price: $5 (incl. VAT)', '[draft] (v2)', 'Grüße, 日本語, عربى', 'Thumbs 👍 up']) {
      assert.equal(inertText(text), text);
    }
  });
});
