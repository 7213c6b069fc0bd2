// Every language the extension ships is complete: each message of src/ (the English set, read
// from the t() calls of the source) has a translation in l10n/bundle.l10n.<language>.json with
// the same placeholders, and no translation is left over from a message that is gone; every
// word package.json contributes is a %key% of package.nls.json, and each package.nls.<language>.json
// has every key, with the same command links, setting references and code. A new language is
// checked as soon as its two files exist.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { messagesOf, placeholders, REPO, sourceFiles } from './sourceTexts';

type Strings = Record<string, string>;

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(REPO, file), 'utf8')) as T;
}

/** The translations shipped: language → file, for files named like `pattern` (the language in its group). */
function languageFiles(dir: string, pattern: RegExp): Map<string, string> {
  const found = new Map<string, string>();
  for (const name of fs.readdirSync(path.join(REPO, dir))) {
    const match = pattern.exec(name);
    if (match) found.set(match[1], path.posix.join(dir, name));
  }
  return found;
}

const BUNDLES = languageFiles('l10n', /^bundle\.l10n\.([\w-]+)\.json$/);
const PACKAGE_NLS = languageFiles('.', /^package\.nls\.([\w-]+)\.json$/);

/** The fields of contributions that a user reads (VS Code shows them in its own UI). */
const USER_FACING_FIELDS = new Set([
  'title', 'shortTitle', 'category', 'name', 'contextualTitle', 'contents', 'label', 'description', 'markdownDescription',
  'enumDescriptions', 'markdownEnumDescriptions', 'deprecationMessage', 'markdownDeprecationMessage', 'altText',
]);

/** Every string a user reads in `contributes`, with where it is ("commands[3].title"). */
function userFacingStrings(value: unknown, at: string, field?: string): { at: string; text: string }[] {
  if (typeof value === 'string') return field && USER_FACING_FIELDS.has(field) ? [{ at, text: value }] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => userFacingStrings(item, `${at}[${i}]`, field));
  if (value && typeof value === 'object') {
    // An object under a user-facing field (a walkthrough step's media) is looked at field by field.
    return Object.entries(value).flatMap(([key, item]) => userFacingStrings(item, `${at}.${key}`, key));
  }
  return [];
}

/** What a translation must keep as it is: command and web links, `#setting#` references, `code`. */
function fixedParts(text: string): string[] {
  return [...text.matchAll(/\]\(([^)]+)\)|#[\w.]+#|`[^`]+`/g)].map(([part, target]) => target ?? part).sort();
}

describe('translations', () => {
  const { messages } = messagesOf(sourceFiles());
  const english = [...messages.keys()];

  it('ship English and German', () => {
    assert.ok(english.length > 400, `only ${english.length} messages found in src/: the extraction is broken`);
    assert.deepEqual([...BUNDLES.keys()], ['de']);
    assert.deepEqual([...PACKAGE_NLS.keys()], ['de']);
  });

  for (const [language, file] of BUNDLES) {
    describe(file, () => {
      const bundle = readJson<Strings>(file);

      it('has every message of src/', () => {
        const missing = english.filter((message) => !(message in bundle));
        const skeleton = JSON.stringify(Object.fromEntries(missing.map((message) => [message, ''])), null, 2);
        assert.equal(missing.length, 0, `${missing.length} message(s) of src/ have no ${language} translation in ${file}; add them:\n${skeleton}\n`
          + `(used at ${missing.map((message) => messages.get(message)?.[0]).join(', ')})`);
      });

      it('has no translation of a message that is gone', () => {
        assert.deepEqual(Object.keys(bundle).filter((message) => !messages.has(message)), [], `stale entries of ${file}: remove them`);
      });

      it('translates each message, with the same placeholders', () => {
        for (const [message, translation] of Object.entries(bundle)) {
          assert.ok(typeof translation === 'string' && translation.trim(), `no translation of ${JSON.stringify(message)}`);
          assert.deepEqual(placeholders(translation), placeholders(message), `the placeholders of ${JSON.stringify(message)} → ${JSON.stringify(translation)}`);
        }
      });
    });
  }

  describe('package.json', () => {
    const manifest = readJson<{ description: string; l10n?: string; contributes: unknown }>('package.json');
    const english = readJson<Strings>('package.nls.json');
    const used = new Set([manifest.description, ...userFacingStrings(manifest.contributes, 'contributes').map(({ text }) => text)]
      .map((text) => /^%(.+)%$/.exec(text)?.[1])
      .filter((key): key is string => key !== undefined));

    it('contributes every word as a %key% of package.nls.json, and names the bundles', () => {
      const literal = [{ at: 'description', text: manifest.description }, ...userFacingStrings(manifest.contributes, 'contributes')]
        .filter(({ text }) => !/^%.+%$/.test(text));
      assert.deepEqual(literal.map(({ at, text }) => `${at}: ${text}`), [], 'write these as %key% with the English in package.nls.json');
      assert.equal(manifest.l10n, './l10n');
    });

    it('package.nls.json has each key package.json uses, and no other', () => {
      assert.deepEqual([...used].filter((key) => !(key in english)), [], 'keys package.json uses that package.nls.json lacks');
      assert.deepEqual(Object.keys(english).filter((key) => !used.has(key)), [], 'keys of package.nls.json that package.json no longer uses');
    });

    for (const [language, file] of PACKAGE_NLS) {
      it(`${file} has every key of package.nls.json, translated, keeping links, settings and code`, () => {
        const translated = readJson<Strings>(file);
        assert.deepEqual(Object.keys(english).filter((key) => !(key in translated)), [], `keys without a ${language} translation`);
        assert.deepEqual(Object.keys(translated).filter((key) => !(key in english)), [], `stale keys of ${file}`);
        for (const [key, text] of Object.entries(translated)) {
          assert.ok(text.trim(), `${key} is empty`);
          assert.deepEqual(fixedParts(text), fixedParts(english[key]), `${key}: command links, #settings# and \`code\` stay as they are`);
        }
      });
    }
  });
});
