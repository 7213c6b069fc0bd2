// In a VS Code that runs in German (the harness starts code-server with a German language pack
// and --locale de, see test/harness/code-server.mjs; this file runs only there, index.ts):
// the extension's contributions come from package.nls.de.json, and what it writes at run time
// from l10n/bundle.l10n.de.json, with dates and durations written the German way. The workbench
// itself stays English (the test language pack translates none of VS Code's own words).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SEED } from '../fake-api/server';
import { useDemoAccount } from './demoAccount';
import { packageJson, waitFor } from './helpers';
import { closeEditors, hoverText, openFile, quickFixes, shareUrl, SOURCE, workspaceFolder } from './linksInFiles';

const L = SEED.links;

/** A title of a localized manifest: the text, or `{ value, original }` where VS Code keeps the English too. */
function textOf(title: string | { value: string } | undefined): string | undefined {
  return typeof title === 'object' ? title.value : title;
}

/** "Mo., 30. Nov. 2026, 12:00": a date and time as German writes it. */
const GERMAN_DATE_TIME = /(Mo|Di|Mi|Do|Fr|Sa|So)\., \d{1,2}\. \S+ \d{4}, \d{2}:\d{2}/;

describe('AgentHuman Links in German', () => {
  const api = useDemoAccount();
  const folder = workspaceFolder('german');
  after(async () => {
    await closeEditors();
    folder.remove();
  });

  it('VS Code runs in German', () => {
    assert.equal(vscode.env.language, 'de');
  });

  it('contributes its commands and views with the words of package.nls.de.json', () => {
    const manifest = packageJson() as unknown as {
      contributes: { commands: { command: string; title: string | { value: string } }[]; views: Record<string, { id: string; name: string | { value: string } }[]> };
    };
    const title = (command: string) => textOf(manifest.contributes.commands.find((c) => c.command === command)?.title);
    assert.equal(title('agenthuman.copyLink'), 'Link kopieren');
    assert.equal(title('agenthuman.setApiKey'), 'API-Schlüssel festlegen');
    assert.equal(textOf(manifest.contributes.views.agenthuman.find((v) => v.id === 'agenthuman.accounts')?.name), 'Konten');
  });

  it('says what is wrong with a link in a file, in German, with German durations', async () => {
    const uri = folder.write('README.md', `Vorschau: ${shareUrl(L.paused)}\nWebinar: ${L.expiringSoon}\nStart: ${L.expiredByDate}\n`);
    await openFile(uri);
    const messages = await waitForMessages(uri, 3);
    assert.ok(messages.includes('Der Freigabelink „Partner preview“ ist pausiert: Seine URL startet keine Sitzung, bis er fortgesetzt wird.'), messages.join('\n'));
    assert.ok(messages.some((m) => /^Der Freigabelink „Webinar follow-up“ läuft in \d+ (Std\.|Min\.) ab\.$/.test(m)), messages.join('\n'));
    assert.ok(messages.some((m) => /^Der Freigabelink „Launch week“ ist vor \d+ (Tagen|Tag|Stunden|Monaten) abgelaufen: Seine URL startet keine Sitzung mehr\.$/.test(m)), messages.join('\n'));
    assert.deepEqual(api().requests.map((r) => r.path), [], 'from the list already loaded');
  });

  it('hovers a link in German: its details, German dates, and the actions', async () => {
    const uri = folder.write('hover.md', `Vorschau: ${shareUrl(L.paused)}\n`);
    const { document } = await openFile(uri);
    const { text } = await hoverText(document, L.paused);
    for (const part of ['Status: Pausiert', 'Nutzungen: 5 von 20', 'Läuft ab: nie', '[Fortsetzen](command:agenthuman.resumeLink', '[QR\\-Code anzeigen](command:agenthuman.showQrCode']) {
      assert.ok(text.includes(part), `the hover lacks "${part}":\n${text}`);
    }
    assert.match(text, /Erstellt: \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} \(vor \d+ \S+\)/, text);
  });

  it('offers quick fixes in German, with the new expiry written the German way', async () => {
    const uri = folder.write('fixes.md', `Webinar: ${L.expiringSoon}\n`);
    const { document } = await openFile(uri);
    await waitForMessages(uri, 1);
    const titles = (await quickFixes(document, L.expiringSoon)).map((action) => action.title);
    const extend = titles.find((title) => title.startsWith('Ablauf von „Webinar follow-up“ um 7 Tage verlängern (bis '));
    assert.ok(extend, titles.join('\n'));
    assert.match(extend, GERMAN_DATE_TIME, extend);
    assert.ok(titles.includes('Durch einen neuen Link ersetzen…'), titles.join('\n'));
  });
});

/** Waits for this extension's entries of a file and returns their messages. */
function waitForMessages(uri: vscode.Uri, count: number): Promise<string[]> {
  return waitFor<string[] | undefined>(() => {
    const messages = vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE).map((d) => d.message);
    return messages.length >= count ? messages : undefined;
  }, `${count} entries of ${uri.fsPath}`) as Promise<string[]>;
}
