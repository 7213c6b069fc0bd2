// No text a user reads bypasses the translation: every user-facing literal of src/ is the
// message of a t() call, t() is called with a literal (so that the messages can be extracted)
// and never when a file loads (before activation binds it, so in English). The rules are in
// bypassingTexts.ts; the exceptions are below, each with its reason.
import * as assert from 'node:assert/strict';
import * as ts from 'typescript';
import { bypassingTexts, type Finding, translationsAtLoad } from './bypassingTexts';
import { compiledSources, messagesOf, type SourceFile, sourceFiles } from './sourceTexts';

interface Allowed {
  file: string;
  /** The literal's text (`${…}` written "{}"), or a pattern it matches. */
  text: string | RegExp;
  why: string;
}

/** The literals that are text but not for translating. A stale entry fails the test too. */
const ALLOWED: readonly Allowed[] = [
  // The product's name, the same in every language.
  { file: 'src/commandIds.ts', text: 'AgentHuman', why: 'the label of the authentication provider (the Accounts menu): the product name' },
  { file: 'src/core.ts', text: 'AgentHuman', why: 'the output channel: the product name' },
  { file: 'src/linkUsages/problems.ts', text: 'AgentHuman', why: 'the source of the diagnostics: the product name' },
  // Not shown to the user.
  { file: 'src/core.ts', text: 'agenthuman-links-vscode/{} (VS Code {})', why: 'the User-Agent header of requests' },
  { file: 'src/core.ts', text: '{} {} → {} ({} ms{})', why: 'a line of the output channel (log lines stay English), built before it is logged' },
  { file: 'src/core.ts', text: 'no answer', why: 'part of that log line' },
  { file: 'src/core.ts', text: ', retry {}', why: 'part of that log line' },
  { file: 'src/account/secretStorageError.ts', text: 'SecretStorageError', why: 'an error class name (error.name), for logs and stack traces' },
  { file: 'src/api/errors.ts', text: 'AgentHumanError', why: 'an error class name (error.name)' },
  { file: 'src/links/fileListCache.ts', text: 'FileNotFound', why: "the code of VS Code's FileSystemError, compared, never shown" },
  { file: 'src/failures/describeError.ts', text: 'UncertainCreate', why: 'an error class name (error.name)' },
  { file: 'src/linksView/linkPresentation.ts', text: 'link.{}', why: "a tree item's contextValue, which package.json's menus match" },
  { file: 'src/linkUsages/linkCompletion.ts', text: 'lnk_{} {}', why: "a completion item's filterText, matched against what is typed" },
  { file: 'src/linkUsages/hoverText.ts', text: '[{}](command:{}{})', why: 'Markdown syntax of a command link (its label is translated)' },
  { file: 'src/flows/inputs/useLimitInput.ts', text: 'NaN', why: 'how a NaN command argument reads as typed text' },
  { file: 'src/flows/createLink/agentStep.ts', text: 'agnt_…', why: 'the shape of an agent id, the same in every language' },
  { file: 'src/qr/qrFileName.ts', text: '{} QR.{}', why: 'the file name a saved QR code is offered under: "QR" is the same in every language' },
  // Markup: the words in it are t() values.
  { file: 'src/qr/qrPanel.ts', text: /^<\?xml version="1\.0"/, why: 'the XML declaration of a saved SVG' },
  { file: 'src/qr/qrPanelHtml.ts', text: /^(default|img|style|script)-src /, why: "the QR panel's Content-Security-Policy" },
  { file: 'src/qr/qrPanelHtml.ts', text: /^<!DOCTYPE html>/, why: "the QR panel's markup and style; its words are t() values passed in" },
];

function isAllowed(finding: Finding, entry: Allowed): boolean {
  return finding.file === entry.file && (typeof entry.text === 'string' ? finding.text === entry.text : entry.text.test(finding.text));
}

function list(findings: readonly Finding[]): string {
  return findings.map((f) => `  ${f.where} (${f.rule}): ${JSON.stringify(f.text.length > 100 ? `${f.text.slice(0, 100)}…` : f.text)}`).join('\n');
}

describe('no user-facing text bypasses the translation', function () {
  // The type checker reads src/ with its types (a few seconds).
  this.timeout(60_000);
  let findings: Finding[];
  before(() => {
    const { files, checker } = compiledSources();
    findings = bypassingTexts(files, checker);
  });

  it('every literal a user reads is the message of a t() call', () => {
    const bypassing = findings.filter((finding) => !ALLOWED.some((entry) => isAllowed(finding, entry)));
    assert.equal(bypassing.length, 0, `user-facing text that does not go through t() (src/text/translate.ts):\n${list(bypassing)}\n`
      + 'Write it as t(\'…\', …) and add its German to l10n/bundle.l10n.de.json, or, if no user reads it, add it to ALLOWED with why.');
  });

  it('every exception is still needed', () => {
    const stale = ALLOWED.filter((entry) => !findings.some((finding) => isAllowed(finding, entry)));
    assert.deepEqual(stale.map((entry) => `${entry.file}: ${String(entry.text)}`), [], 'entries of ALLOWED that match nothing any more');
  });

  it('t() is called with a literal message, so that the set of messages can be read from the source', () => {
    // The one call with a variable is the binding to vscode.l10n.t (extension.ts), which passes every message through.
    const notLiteral = messagesOf(sourceFiles()).notLiteral.filter((call) => !call.startsWith('src/extension.ts:') || !call.includes('vscode.l10n.t(message, ...args)'));
    assert.deepEqual(notLiteral, []);
  });

  it('t() never runs when a file loads: it would write English before activation binds it', () => {
    assert.deepEqual(translationsAtLoad(sourceFiles()), []);
  });

  it('the detector finds what a regression would write, and leaves codes, logs and t() messages alone', () => {
    const found = bypassingTexts(...snippet(`
      declare const vscode: { window: { showErrorMessage(message: string, ...items: string[]): void } };
      declare function t(message: string, ...args: unknown[]): string;
      declare const log: { warn(line: string): void };
      type ViewState = 'loading' | 'loaded';
      export function sample(name: string, state: ViewState): ViewState {
        vscode.window.showErrorMessage('Could not save the link.', 'Retry');
        vscode.window.showErrorMessage(t('Could not save {0}.', name), t('Retry'));
        const prompt = { validate: (text: string) => (text ? undefined : 'Type a name.'), description: 'current', reason: state };
        log.warn(\`Could not save \${name}: no answer\`);
        if (state === 'loading') throw new Error('sample: no state');
        return prompt.reason === 'loaded' ? 'loading' : state;
      }
    `));
    assert.deepEqual(found.map((f) => [f.text, f.rule]), [['Could not save the link.', 'sink'], ['Retry', 'sink'], ['Type a name.', 'words'], ['current', 'sink']]);
  });
});

/** A source of its own (src/sample.ts), compiled with its types, for testing the detector. */
function snippet(code: string): [SourceFile[], ts.TypeChecker] {
  const name = '/sample/src/sample.ts';
  const options: ts.CompilerOptions = { strict: true, noLib: true, target: ts.ScriptTarget.ES2022 };
  const host = ts.createCompilerHost(options);
  const source = ts.createSourceFile(name, code, ts.ScriptTarget.ES2022, true);
  host.getSourceFile = (file) => (file === name ? source : undefined);
  host.fileExists = (file) => file === name;
  const program = ts.createProgram([name], options, host);
  return [[{ file: 'src/sample.ts', source: program.getSourceFile(name) ?? source }], program.getTypeChecker()];
}
