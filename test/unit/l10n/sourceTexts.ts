// The user-facing texts of src/, read from the source with the TypeScript compiler (syntax only,
// no type checking): the messages of every t() call (the English set the bundles translate),
// and the places a string is written. Shared by the l10n tests.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

export const REPO = path.resolve(__dirname, '..', '..', '..', '..');
const SRC = path.join(REPO, 'src');

export interface SourceFile {
  /** Relative to the repository, with forward slashes: "src/linkActions/bulk.ts". */
  file: string;
  source: ts.SourceFile;
}

/**
 * src/ as the compiler sees it (tsconfig.json's options), for the type of an expression: the
 * files (declaration files aside) and the type checker.
 */
export function compiledSources(): { files: SourceFile[]; checker: ts.TypeChecker } {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(REPO, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!config) throw new Error('tsconfig.json could not be read');
  const roots = config.fileNames.filter((name) => path.resolve(name).startsWith(SRC + path.sep));
  const program = ts.createProgram(roots, { ...config.options, noEmit: true });
  const checker = program.getTypeChecker(); // binds the files: every node knows its parent
  const files = program
    .getSourceFiles()
    .filter((source) => path.resolve(source.fileName).startsWith(SRC + path.sep) && !source.isDeclarationFile)
    .map((source) => ({ file: path.relative(REPO, path.resolve(source.fileName)).split(path.sep).join('/'), source }));
  return { files: files.sort((a, b) => a.file.localeCompare(b.file)), checker };
}

/** Every TypeScript file of src/ (declaration files aside), parsed without type information. */
export function sourceFiles(dir = SRC): SourceFile[] {
  const found: SourceFile[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...sourceFiles(full));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
      const text = fs.readFileSync(full, 'utf8');
      found.push({ file: path.relative(REPO, full).split(path.sep).join('/'), source: ts.createSourceFile(full, text, ts.ScriptTarget.Latest, true) });
    }
  }
  return found.sort((a, b) => a.file.localeCompare(b.file));
}

/** "src/x.ts:12": where a node is, for failure messages. */
export function where(file: SourceFile, node: ts.Node): string {
  return `${file.file}:${file.source.getLineAndCharacterOfPosition(node.getStart(file.source)).line + 1}`;
}

/** A call of the translation: our `t(…)` (src/text/translate.ts), or `vscode.l10n.t(…)` / `l10n.t(…)`. */
export function isTranslationCall(node: ts.Node): node is ts.CallExpression {
  if (!ts.isCallExpression(node)) return false;
  const callee = node.expression;
  if (ts.isIdentifier(callee)) return callee.text === 't';
  return ts.isPropertyAccessExpression(callee) && callee.name.text === 't' && /(^|\.)l10n$/.test(callee.expression.getText());
}

/** The text of a string literal or a template without substitutions; undefined for anything else. */
export function literalText(node: ts.Node | undefined): string | undefined {
  return node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
}

export interface Messages {
  /** Each message (the first argument of a translation call), with where it is used. */
  messages: Map<string, string[]>;
  /** Translation calls whose message is not a literal: the extraction cannot see them. */
  notLiteral: string[];
}

/** The messages of every translation call in these files. */
export function messagesOf(files: readonly SourceFile[]): Messages {
  const messages = new Map<string, string[]>();
  const notLiteral: string[] = [];
  for (const file of files) {
    const visit = (node: ts.Node): void => {
      if (isTranslationCall(node)) {
        const message = literalText(node.arguments[0]);
        if (message === undefined) notLiteral.push(`${where(file, node)}: ${node.getText(file.source).slice(0, 80)}`);
        else messages.set(message, [...(messages.get(message) ?? []), where(file, node)]);
      }
      ts.forEachChild(node, visit);
    };
    visit(file.source);
  }
  return { messages, notLiteral };
}

/** The placeholders of a message, sorted: "{0} of {1}" → ["{0}", "{1}"]. */
export function placeholders(message: string): string[] {
  return [...new Set(message.match(/\{\d+\}/g) ?? [])].sort();
}
