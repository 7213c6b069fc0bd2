// Finds user-facing text in src/ that does not go through the translation (t(), see
// src/text/translate.ts), from the syntax of the source (the TypeScript compiler, no type
// checking). Two rules, and one list of exceptions (ALLOWED, in the test that uses this):
//
//  1. Words anywhere: a string or template literal that reads as words (a space and a word of
//     two letters or more, or one capitalised word such as "Retry") must be the message of a
//     t() call. Not counted: text in types, module names, property names, the arguments of log
//     calls (the output channel's lines stay English), and the messages of built-in errors
//     (`new Error(…)`, and `super(…)` in a class that extends Error): they report a bug in the
//     extension, not something the user did, and are logged rather than shown.
//  2. Words at a sink, however short ("current", "cancelled"): a literal with two letters or more
//     (codicons such as `$(check)` aside) given to a user-facing API or property (notifications,
//     status bar, quick picks and input boxes, tree items, Markdown, diagnostics, code actions,
//     progress, the properties our own prompts and reports take), or returned by a function of a
//     file that makes messages.
// A literal whose type (from where it goes) is a union of string literals is a code, not words:
// `reason: 'switch'`, `return 'loading'` (a ViewState). The type checker says so.
import * as ts from 'typescript';
import { isTranslationCall, type SourceFile, where } from './sourceTexts';

export interface Finding {
  /** "src/x.ts:12" */
  where: string;
  file: string;
  /** The literal's text (`${…}` shown as "{}"). */
  text: string;
  rule: 'words' | 'sink' | 'returned';
}

/** Calls whose arguments are log lines: `log.warn(…)`, `services.log.info(…)`, `options.warn?.(…)`, `ui.log(…)`, `console.error(…)`. */
const LOG_CALL = /(^|\.)(log|console)\.(trace|debug|info|warn|error|log)$|(^|\.)(warn|log|logError)$/;

/** Calls whose arguments a user reads. */
const SINK_CALLS = /(^|\.)(show(Information|Warning|Error)Message|setStatusBarMessage|showInputBox|showQuickPick|showSaveDialog|showOpenDialog|withProgress|report|createWebviewPanel)$/;

/** `new vscode.X(…)`: the arguments a user reads (by position). */
const SINK_CONSTRUCTORS: Record<string, number[]> = {
  TreeItem: [0],
  MarkdownString: [0],
  CodeAction: [0],
  Diagnostic: [1],
  CompletionItem: [0],
  Hover: [0],
};

/** Properties a user reads, in object literals (options, items, our own prompts and reports) and in assignments. */
const SINK_PROPERTIES = new Set([
  'title', 'placeholder', 'placeHolder', 'prompt', 'validationMessage', 'tooltip', 'description', 'detail', 'label', 'message',
  'noneMessage', 'action', 'neverLabel', 'saveLabel', 'headline', 'reason', 'button', 'filterName',
]);
/** Read as text only when assigned (`item.text = …`, `statusBarItem.name = …`); as object keys they are data. */
const ASSIGNED_SINK_PROPERTIES = new Set([...SINK_PROPERTIES, 'text', 'name', 'html']);

/** Files whose functions make the words of messages: what they return is shown. */
const MESSAGE_FILES = /^src\/(failures\/|text\/)|(Text|Confirmation|Summary|Answers|Input|Names|problems|fixes|usageNote|viewState|linkPresentation|attention)\.ts$/;

const CODICON = /\$\([\w~-]+\)/g;

const VALUE_OPERATORS = new Set([ts.SyntaxKind.PlusToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.AmpersandAmpersandToken]);

/** The literal's text, `${…}` as "{}"; undefined when the node is no string literal. */
function textOf(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((span) => `{}${span.literal.text}`).join('');
  return undefined;
}

/** Reads as words: a space and a word, or a capitalised word ("Retry"); codicons and `${…}` do not count. */
export function readsAsWords(text: string): boolean {
  const plain = text.replace(CODICON, ' ').replace(/\{\}/g, '0');
  return /\S\s|\s\S/.test(plain.trim()) ? /[A-Za-z]{2,}/.test(plain) : /^[A-Z][a-z]+/.test(plain.trim());
}

/** Has letters a user would read (two or more; codicons do not count). */
function hasLetters(text: string): boolean {
  return /[A-Za-z]{2,}/.test(text.replace(CODICON, ' ').replace(/\{\}/g, ' '));
}

function calleeText(call: ts.CallExpression | ts.NewExpression): string {
  return call.expression.getText().replace(/\?/g, '').replace(/\s+/g, '');
}

/** Inside a type, an import or export, or the name of a property: not text. */
function isNotText(node: ts.Node): boolean {
  const parent = node.parent;
  if ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isPropertyDeclaration(parent) || ts.isMethodDeclaration(parent)) && parent.name === node) return true;
  if (ts.isElementAccessExpression(parent) && parent.argumentExpression === node) return true;
  for (let at: ts.Node | undefined = node; at; at = at.parent) {
    if (ts.isTypeNode(at) || ts.isImportDeclaration(at) || ts.isExportDeclaration(at) || ts.isExternalModuleReference(at)) return true;
  }
  return false;
}

/** The literal is the message of a translation call. */
function isMessage(node: ts.Node): boolean {
  return isTranslationCall(node.parent) && node.parent.arguments[0] === node;
}

/** Within the arguments of a log call, or of a built-in error (see the top of this file). */
function isLogOrBug(node: ts.Node): boolean {
  for (let at: ts.Node = node; at.parent && !ts.isSourceFile(at.parent); at = at.parent) {
    const parent = at.parent;
    if (ts.isFunctionLike(parent)) return false;
    if (ts.isCallExpression(parent) && parent.arguments.includes(at as ts.Expression)) {
      if (LOG_CALL.test(calleeText(parent))) return true;
      if (parent.expression.kind === ts.SyntaxKind.SuperKeyword && extendsError(parent)) return true;
    }
    if (ts.isNewExpression(parent) && parent.arguments?.includes(at as ts.Expression) && /^(Error|TypeError|RangeError)$/.test(parent.expression.getText())) return true;
  }
  return false;
}

function extendsError(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node; at; at = at.parent) {
    if (ts.isClassLike(at)) return !!at.heritageClauses?.some((clause) => clause.types.some((type) => type.expression.getText() === 'Error'));
  }
  return false;
}

/**
 * The literals in an expression that reach what it evaluates to without going through a call:
 * `'x'`, `a ? 'x' : t('y')`, `` `$(check) ${t('x')}` ``, `['x', y]`. A call (t() or any other)
 * ends the search: its result is that function's business.
 */
function reachingLiterals(expression: ts.Node): ts.Node[] {
  if (textOf(expression) !== undefined) {
    const inner = ts.isTemplateExpression(expression) ? expression.templateSpans.flatMap((span) => reachingLiterals(span.expression)) : [];
    return [expression, ...inner];
  }
  if (ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression) || ts.isNonNullExpression(expression)) return reachingLiterals(expression.expression);
  if (ts.isConditionalExpression(expression)) return [...reachingLiterals(expression.whenTrue), ...reachingLiterals(expression.whenFalse)];
  // `a + b`, `a ?? b`, `a || b`, `a && b` may be either side; a comparison is a boolean.
  if (ts.isBinaryExpression(expression) && VALUE_OPERATORS.has(expression.operatorToken.kind)) {
    return [...reachingLiterals(expression.left), ...reachingLiterals(expression.right)];
  }
  if (ts.isArrayLiteralExpression(expression)) return expression.elements.flatMap(reachingLiterals);
  return [];
}

/** The expressions a user reads at this node, if it is a sink. */
function sinkExpressions(node: ts.Node, file: string): { expressions: ts.Node[]; rule: Finding['rule'] } | undefined {
  if (ts.isCallExpression(node) && SINK_CALLS.test(calleeText(node))) {
    // Options objects among the arguments are looked at through their properties.
    return { expressions: node.arguments.filter((arg) => !ts.isObjectLiteralExpression(arg)), rule: 'sink' };
  }
  if (ts.isNewExpression(node)) {
    const name = node.expression.getText().replace(/^vscode\./, '');
    const positions = SINK_CONSTRUCTORS[name];
    if (positions) return { expressions: positions.map((i) => node.arguments?.[i]).filter((arg): arg is ts.Expression => !!arg), rule: 'sink' };
  }
  if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && SINK_PROPERTIES.has(node.name.text)) return { expressions: [node.initializer], rule: 'sink' };
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left)
    && ASSIGNED_SINK_PROPERTIES.has(node.left.name.text)) return { expressions: [node.right], rule: 'sink' };
  if (ts.isReturnStatement(node) && node.expression && MESSAGE_FILES.test(file)) return { expressions: [node.expression], rule: 'returned' };
  if (ts.isArrowFunction(node) && !ts.isBlock(node.body) && MESSAGE_FILES.test(file)) return { expressions: [node.body], rule: 'returned' };
  return undefined;
}

/** The literal goes where only certain strings may: a code such as `'loading'`, not words. */
function isCode(node: ts.Node, checker: ts.TypeChecker): boolean {
  const type = ts.isExpression(node) ? checker.getContextualType(node) : undefined;
  if (!type) return false;
  const parts = type.isUnion() ? type.types : [type];
  return parts.every((part) => part.isStringLiteral() || (part.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)) !== 0)
    && parts.some((part) => part.isStringLiteral());
}

/** Every literal of these files that bypasses the translation, by the two rules above. */
export function bypassingTexts(files: readonly SourceFile[], checker: ts.TypeChecker): Finding[] {
  const findings = new Map<ts.Node, Finding>();
  for (const sourceFile of files) {
    const { file } = sourceFile;
    const report = (node: ts.Node, rule: Finding['rule']) => {
      if (findings.has(node) || isNotText(node) || isMessage(node) || isLogOrBug(node) || isCode(node, checker)) return;
      findings.set(node, { where: where(sourceFile, node), file, text: textOf(node) ?? '', rule });
    };
    const visit = (node: ts.Node): void => {
      const text = textOf(node);
      if (text !== undefined && readsAsWords(text)) report(node, 'words');
      const sink = sinkExpressions(node, file);
      for (const expression of sink?.expressions ?? []) {
        for (const literal of reachingLiterals(expression)) {
          if (hasLetters(textOf(literal) ?? '')) report(literal, sink?.rule ?? 'sink');
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile.source);
  }
  return [...findings.values()];
}

/** Translation calls that run when their file loads (outside any function): before activation binds t(), in English. */
export function translationsAtLoad(files: readonly SourceFile[]): string[] {
  const found: string[] = [];
  for (const sourceFile of files) {
    const visit = (node: ts.Node, inFunction: boolean): void => {
      if (!inFunction && isTranslationCall(node)) found.push(`${where(sourceFile, node)}: ${node.getText(sourceFile.source).slice(0, 80)}`);
      ts.forEachChild(node, (child) => visit(child, inFunction || ts.isFunctionLike(node)));
    };
    visit(sourceFile.source, false);
  }
  return found;
}
