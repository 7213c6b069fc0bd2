// The recogniser: where share URLs and link ids stand in text of every language the issue
// lists, what must not count (ids inside longer tokens), query strings and trailing
// punctuation, the URL shapes of the links' own URLs, and where completion starts.
import * as assert from 'node:assert/strict';
import {
  completionStart,
  DEFAULT_SHARE_URL_PREFIX,
  findLinkUsages,
  type LinkUsage,
  looksGenerated,
  shareUrlPrefixes,
  usageAt,
} from '../../../src/linkUsages/recogniser';

const ID = 'lnk_Pp7rVw4Dk2Qa8Hn1Sf';
const URL = `${DEFAULT_SHARE_URL_PREFIX}${ID}`;

/** Each usage as [form, the text it covers, the id]. */
function found(text: string, prefixes?: readonly string[]): [string, string, string][] {
  return findLinkUsages(text, prefixes).map((u) => [u.form, text.slice(u.start, u.end), text.slice(u.idStart, u.idEnd)]);
}

describe('the recogniser of links in text', () => {
  it('finds a share URL and a bare id, with their offsets', () => {
    const text = `See ${URL} or ${ID}.`;
    const usages = findLinkUsages(text);
    assert.deepEqual(usages, [
      { linkId: ID, form: 'url', start: 4, end: 4 + URL.length, idStart: 4 + DEFAULT_SHARE_URL_PREFIX.length, idEnd: 4 + URL.length, strong: true },
      { linkId: ID, form: 'id', start: 8 + URL.length, end: 8 + URL.length + ID.length, idStart: 8 + URL.length, idEnd: 8 + URL.length + ID.length, strong: true },
    ] satisfies LinkUsage[]);
  });

  const languages: [string, string, [string, string, string][]][] = [
    ['Markdown link', `Try [the demo](${URL}) now.`, [['url', URL, ID]]],
    ['Markdown autolink and code span', `<${URL}> and \`${ID}\``, [['url', URL, ID], ['id', ID, ID]]],
    ['Markdown reference', `[demo]: ${URL} "Demo"`, [['url', URL, ID]]],
    ['HTML', `<a href="${URL}" data-link='${ID}'>Talk</a>`, [['url', URL, ID], ['id', ID, ID]]],
    ['JSX/TSX', `<Share href={"${URL}"} id={'${ID}'} />\nconst x = \`${URL}?ref=\${ref}\`;`, [['url', URL, ID], ['id', ID, ID], ['url', `${URL}?ref=`, ID]]],
    ['JSON', `{"url": "${URL}", "id": "${ID}"}`, [['url', URL, ID], ['id', ID, ID]]],
    ['YAML', `share:\n  url: ${URL}\n  id: ${ID}\n  list: [${ID}]`, [['url', URL, ID], ['id', ID, ID], ['id', ID, ID]]],
    ['.env', `SHARE_URL=${URL}\nLINK_ID=${ID}\nQUOTED="${ID}"`, [['url', URL, ID], ['id', ID, ID], ['id', ID, ID]]],
  ];
  for (const [language, text, expected] of languages) {
    it(`in ${language}`, () => assert.deepEqual(found(text), expected));
  }

  it('keeps a query string and a fragment in the URL, and leaves trailing punctuation out', () => {
    assert.deepEqual(found(`${URL}?utm_source=readme&x=1#top.`), [['url', `${URL}?utm_source=readme&x=1#top`, ID]]);
    assert.deepEqual(found(`Go to ${URL}, then ${URL}; or ${URL}! (${URL}) "${URL}".`).map(([, text]) => text), [URL, URL, URL, URL, URL]);
    assert.deepEqual(found(`${URL}?a=1).`), [['url', `${URL}?a=1`, ID]], 'a closing bracket ends it');
    assert.deepEqual(found(`${URL}/`), [['url', `${URL}/`, ID]]);
    assert.deepEqual(found(`end with ${ID}.`), [['id', ID, ID]]);
  });

  it('does not take an id inside a longer token', () => {
    for (const text of [
      `x${ID}`, // glued to a word
      `my_${ID}`, `my-${ID}`, `$${ID}`, `é${ID}`,
      `${ID}é`,
      `config.${ID}`, // a property
      `${ID}.png`, `${ID}.example.com`, // a file or host name
      `${ID}@example.com`, // an address
      `lnk_`, // no id
    ]) {
      assert.deepEqual(findLinkUsages(text), [], `matched in ${JSON.stringify(text)}`);
    }
    // …but a sentence's full stop, a slash or a path still lets it stand alone
    assert.equal(findLinkUsages(`${ID}. Next`).length, 1);
    assert.equal(findLinkUsages(`/links/${ID}`).length, 1);
  });

  it('calls an id weak unless it looks generated; URLs are always strong', () => {
    assert.equal(looksGenerated(ID), true);
    assert.equal(looksGenerated('lnk_count'), false, 'no digit');
    assert.equal(looksGenerated('lnk_a1'), false, 'too short');
    assert.equal(looksGenerated('lnk_12345678'), false, 'no letter');
    assert.deepEqual(findLinkUsages('lnk_count = 0').map((u) => u.strong), [false]);
    assert.deepEqual(findLinkUsages(`${DEFAULT_SHARE_URL_PREFIX}lnk_a`).map((u) => [u.form, u.strong]), [['url', true]]);
  });

  it('recognises the URL shape of the links own URLs, without case for scheme and host', () => {
    const prefixes = shareUrlPrefixes([
      { link_id: 'lnk_x1', url: 'https://share.example.org/go/lnk_x1' },
      { link_id: 'lnk_y2', url: 'https://app.agenthuman.com/s/lnk_y2' },
      { link_id: 'lnk_z3', url: 'https://odd.example.org/?id=lnk_z3x' }, // the id is not at the end: no shape
    ]);
    assert.deepEqual([...prefixes].sort(), [DEFAULT_SHARE_URL_PREFIX, 'https://share.example.org/go/']);
    assert.deepEqual(found('HTTPS://Share.Example.org/go/lnk_abc123def', prefixes), [['url', 'HTTPS://Share.Example.org/go/lnk_abc123def', 'lnk_abc123def']]);
    // Without that shape, the id in it is still found, as an id.
    assert.deepEqual(found('https://share.example.org/go/lnk_abc123def'), [['id', 'lnk_abc123def', 'lnk_abc123def']]);
  });

  it('finds the usage under a position, its end included', () => {
    const text = `a ${ID} b`;
    const usages = findLinkUsages(text);
    assert.equal(usageAt(usages, 2)?.linkId, ID);
    assert.equal(usageAt(usages, 2 + ID.length)?.linkId, ID);
    assert.equal(usageAt(usages, 1), undefined);
  });

  it('scans many usages and long text in one pass', () => {
    const text = `${'Some prose about links. '.repeat(200)}${URL}\n`.repeat(50);
    assert.equal(findLinkUsages(text).length, 50);
  });

  it('says where a completion starts: after lnk_ standing alone, or after a share-URL prefix', () => {
    assert.equal(completionStart('id: lnk_'), 4);
    assert.equal(completionStart('id: lnk_Sp'), 4);
    assert.equal(completionStart(`see ${DEFAULT_SHARE_URL_PREFIX}`), `see ${DEFAULT_SHARE_URL_PREFIX}`.length);
    assert.equal(completionStart(`see ${DEFAULT_SHARE_URL_PREFIX}lnk_a`), `see ${DEFAULT_SHARE_URL_PREFIX}`.length);
    assert.equal(completionStart('my_lnk_'), undefined);
    assert.equal(completionStart('snake_'), undefined);
    assert.equal(completionStart('https://example.com/'), undefined);
  });
});
