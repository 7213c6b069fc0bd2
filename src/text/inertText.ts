// The one neutraliser of text that came from the network (error bodies, headers, link and
// agent names) before it reaches anything a user reads. Pure: no `vscode` import.

/** How many characters of one server string are shown at most. */
export const MAX_INERT_LENGTH = 300;

export interface InertTextOptions {
  /** Secrets (the API key) to replace with `***`. */
  redact?: readonly string[];
  /** Default MAX_INERT_LENGTH; the cut is marked with "…". */
  maxLength?: number;
}

/**
 * Invisible characters that can disguise text: every format character (\p{Cf}: bidi
 * controls U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C; zero-width U+200B–U+200D,
 * U+2060, U+FEFF; U+180E; the soft hyphen; tag characters…) and the blank Hangul fillers.
 */
const INVISIBLE = /[\p{Cf}\u180E\u115F\u1160\u3164\uFFA0]/gu;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** A run of C0/C1 controls and line breaks (with the blanks around it). */
const BREAKS = /\s*[\p{Cc}\u2028\u2029][\s\p{Cc}\u2028\u2029]*/gu;

/**
 * Text from the network made inert for a notification, the status bar, a picker or a log:
 * - VS Code turns `[label](target)` in a notification into a link, and a `command:` target
 *   runs a command when clicked: `](` becomes `] (`;
 * - `$(name)` is drawn as an icon (a codicon): `$(` becomes `$ (`;
 * - bidi controls, zero-width and other invisible format characters are removed, so that
 *   nothing is hidden or shown reversed, and none can split the patterns above;
 * - control characters and line breaks become one space;
 * - `redact` secrets become `***` (after the removals, so a key split by an invisible
 *   character is found too; before the cut, so no piece of it is left at the end);
 * - the result is at most `maxLength` characters, so a megabyte-long message cannot flood
 *   a notification.
 * The text stays readable. Applying it twice changes nothing more.
 */
export function inertText(text: string, options: InertTextOptions = {}): string {
  // Printable ASCII (most names and messages) has nothing to remove: skip the costlier scan.
  let result = PRINTABLE_ASCII.test(text) ? text : text.replace(INVISIBLE, '').replace(BREAKS, ' ');
  for (const secret of options.redact ?? []) {
    if (secret) result = result.split(secret).join('***');
  }
  result = result.replace(/\]\s*\(/g, '] (').replace(/\$\(/g, '$ (').trim();
  return cap(result, options.maxLength ?? MAX_INERT_LENGTH);
}

function cap(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1); // never half a surrogate pair
  return `${cut}…`;
}

/**
 * Only the invisible characters removed (bidi controls, zero-width and other format
 * characters): for text that other escaping makes safe otherwise (Markdown, file names).
 */
export function withoutInvisibles(text: string): string {
  return text.replace(INVISIBLE, '');
}
