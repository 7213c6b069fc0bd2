// The one way a text the user reads is written: `t('Deleted link {0}.', name)`. The message is
// the English text, with `{0}`, `{1}`… for the values, and it is also the key of its
// translations in l10n/bundle.l10n.<language>.json. No `vscode` import here.
//
// Why a seam of our own rather than `vscode.l10n.t` everywhere: the client, the flows and every
// message are plain Node modules without `vscode`, unit-tested in Node. They call t(), which
// writes the English message with its values filled in until activation binds it, once, to
// `vscode.l10n.t` (extension.ts), which looks the message up in the bundle of VS Code's display
// language. The binding is kept on globalThis under a registered symbol, not in this module:
// the files the bundle loads on first use (dist/client.js, linkFlows.js, qrPanel.js) each carry
// their own copy of this module, and they must translate as soon as the extension is active.
//
// Two rules, which test/unit/l10n/ holds the source to: the message is a string literal (the
// set of messages is extracted from the source), and t() runs when a text is needed, never at
// a module's top level (that runs when the file loads, before activation, in English).
// Plurals: `count === 1 ? t('1 link') : t('{0} links', count)`, one message per form, as VS
// Code's own messages do (right for English and German; see README, "Languages").

/** What a message's placeholders are filled with. */
export type MessageArg = string | number;

/** `vscode.l10n.t`, or a stand-in: the translated message with its placeholders filled in. */
export type Translator = (message: string, ...args: MessageArg[]) => string;

const SLOT = Symbol.for('agenthuman-links.translator');
type Slot = { [SLOT]?: Translator };

/** The message in the user's language (English until activation binds a translator), `{n}` filled in. */
export function t(message: string, ...args: MessageArg[]): string {
  const translate = (globalThis as Slot)[SLOT];
  return translate ? translate(message, ...args) : fillIn(message, args);
}

/** Binds t() to a translator (at activation: `vscode.l10n.t`); undefined: English again. */
export function useTranslator(translate: Translator | undefined): void {
  if (translate) (globalThis as Slot)[SLOT] = translate;
  else delete (globalThis as Slot)[SLOT];
}

/**
 * `{0}`, `{1}`… replaced by the arguments, as `vscode.l10n.t` does it; a placeholder without an
 * argument, and any other brace, stays as it is.
 */
export function fillIn(message: string, args: readonly MessageArg[]): string {
  return message.replace(/\{(\d+)\}/g, (placeholder: string, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? placeholder : String(value);
  });
}
