// The pure modules in German: t() bound to the German bundle (as activation binds it to
// vscode.l10n.t in a German VS Code) and the language "de" passed in, the messages read as
// German sentences with German dates and durations, whole. Also the seam itself (translate.ts).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AgentHumanError } from '../../../src/api/errors';
import { DEFAULT_THRESHOLDS, summarizeAttention } from '../../../src/attention/attention';
import { describeError } from '../../../src/failures/describeError';
import { parseExpiry } from '../../../src/flows/inputs/expiryInput';
import { summarizeBulk } from '../../../src/linkActions/bulkSummary';
import { fixesFor } from '../../../src/linkUsages/fixes';
import { problemMessage } from '../../../src/linkUsages/problems';
import { linkDescription, tooltipMarkdown } from '../../../src/linksView/linkPresentation';
import { renderQrPanelHtml } from '../../../src/qr/qrPanelHtml';
import { fillIn, t, useTranslator } from '../../../src/text/translate';
import { at, DAY, HOUR, makeLink, NOW } from '../support/linkFixture';
import { REPO } from './sourceTexts';

const GERMAN = JSON.parse(fs.readFileSync(path.join(REPO, 'l10n', 'bundle.l10n.de.json'), 'utf8')) as Record<string, string>;

describe('the seam: t()', () => {
  afterEach(() => useTranslator(undefined));

  it('writes English with the placeholders filled in until a translator is bound', () => {
    assert.equal(t('Deleted link {0}', '“Demo”'), 'Deleted link “Demo”');
    assert.equal(fillIn('{1} of {0}, {2}', [3, 'five']), 'five of 3, {2}', 'a placeholder without an argument stays, as in vscode.l10n.t');
  });

  it('uses the bound translator, in every copy of the module (the binding is on globalThis)', () => {
    // A file the bundle loads on first use (dist/client.js…) carries a copy of translate.ts of its own.
    const file = require.resolve('../../../src/text/translate');
    const cached = require.cache[file];
    delete require.cache[file];
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a second copy of a loaded module needs require
    const copy = require(file) as typeof import('../../../src/text/translate');
    if (cached) require.cache[file] = cached;
    assert.notEqual(copy.t, t, 'a second copy of the module');
    useTranslator((message, ...args) => `[${fillIn(message, args)}]`);
    assert.equal(copy.t('Retry'), '[Retry]');
    useTranslator(undefined);
    assert.equal(copy.t('Retry'), 'Retry');
  });
});

describe('in German', () => {
  before(() => useTranslator((message, ...args) => fillIn(GERMAN[message] ?? `MISSING: ${message}`, args)));
  after(() => useTranslator(undefined));

  it('the tree: description and tooltip, with German dates', () => {
    const link = makeLink({ status: 'expired', expires_at: at(-2 * DAY) });
    assert.equal(linkDescription(link, NOW, 'de'), '12/100 Nutzungen · vor 2 Tagen abgelaufen');
    const tooltip = tooltipMarkdown(makeLink(), NOW, 'de', 'UTC');
    assert.ok(tooltip.includes('Erstellt: 01.11.2026, 09:30 (vor 21 Tagen)'), tooltip);
    assert.ok(tooltip.includes('Läuft ab: 25.11.2026, 12:00 (in 3 Tagen)'), tooltip);
    assert.ok(tooltip.includes('Status: Aktiv'), tooltip);
  });

  it('problems and quick fixes of links in files', () => {
    const soon = makeLink({ name: 'Webinar', expires_at: at(6 * HOUR) });
    assert.equal(problemMessage({ kind: 'expiringSoon', link: soon, msLeft: 6 * HOUR }, soon.link_id, NOW, 'de'), 'Der Freigabelink „Webinar“ läuft in 6 Std. ab.');
    const [extend] = fixesFor({ kind: 'expiringSoon', link: soon, msLeft: 6 * HOUR }, NOW, 'de');
    assert.match(extend.title, /^Ablauf von „Webinar“ um 7 Tage verlängern \(bis \w{2}\., \d{1,2}\. \w+\.? 20\d\d, \d\d:\d\d\)$/, extend.title);
  });

  it('a failure, with the time to try again', () => {
    const error = new AgentHumanError('rateLimited', 'x', { status: 429, retryAt: new Date(NOW + 42_000) });
    assert.equal(
      describeError(error, GERMAN['Could not load the links'], 'api.agenthuman.com', NOW, 'de').message,
      'Die Links konnten nicht geladen werden: zu viele Anfragen (die AgentHuman-API erlaubt 60 pro Minute). Versuchen Sie es in 42 Sek. erneut.',
    );
  });

  it('a bulk action, the attention badge, an expiry typed', () => {
    assert.equal(summarizeBulk('pause', 3, [{ name: 'A', reason: 'x' }]), '2 von 3 Links pausiert. Nicht pausiert werden konnten: „A“ (x).');
    const links = [makeLink({ link_id: 'lnk_a', use_limit: null, expires_at: at(HOUR) })];
    assert.equal(summarizeAttention(links, DEFAULT_THRESHOLDS, NOW, 'de').tooltip, '1 Link braucht Aufmerksamkeit: 1 läuft innerhalb von 24 Std. ab');
    const expiry = parseExpiry('3d', NOW, 'de');
    assert.ok(expiry.ok && /^Läuft am \w{2}\., .+ \(Ortszeit\) ab, 3 Tage ab jetzt\.$/.test(expiry.message), expiry.ok ? expiry.message : '');
  });

  it('the QR panel: its words and its language', () => {
    const html = renderQrPanelHtml({ cspSource: 'vscode-resource:', name: 'Demo', url: 'https://app.agenthuman.com/s/lnk_a', svg: '<svg/>', nonce: 'n', language: 'de' });
    assert.ok(html.includes('<html lang="de">'));
    assert.ok(html.includes('>Link kopieren</button>') && html.includes('>Als SVG speichern</button>'), html);
  });
});
