// Where share links are used in a text: share URLs (`https://app.agenthuman.com/s/lnk_…`, the
// shape of a link's own `url`) and bare link ids (`lnk_…`), whatever the language (Markdown,
// HTML, JSX, JSON, YAML, .env, code, prose). Pure: no `vscode` import. Positions are offsets
// into the text in UTF-16 code units, as VS Code counts them.
//
// The scan looks for the literal `lnk_` with indexOf (no regular expression over the whole
// text), so a document of 100 KB with a few links costs a few hundredths of a millisecond.

/** The share-URL shape of the API's contract; the links' own URLs may add others. */
export const DEFAULT_SHARE_URL_PREFIX = 'https://app.agenthuman.com/s/';
/** Every link id starts with this; the workspace search looks for it as a fixed string. */
export const LINK_ID_PREFIX = 'lnk_';
/** At most this many URL shapes are recognised (a hostile list cannot slow every scan). */
const MAX_PREFIXES = 8;

export interface LinkUsage {
  linkId: string;
  /** A share URL (with its query string and fragment), or the id alone. */
  form: 'url' | 'id';
  /** The whole usage: the URL from its scheme to the end of its query and fragment, or the id. */
  start: number;
  end: number;
  /** The id itself (inside the URL for the URL form). */
  idStart: number;
  idEnd: number;
  /**
   * A share URL, or an id that looks generated (8 or more characters after `lnk_`, letters and
   * digits). A weak id (`lnk_count` in code) counts only when it names a link of the account.
   */
  strong: boolean;
}

/** One character of an id after `lnk_`: A-Z a-z 0-9 _ - (the API's LINK_ID_PATTERN). */
function isIdCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 45;
}

/** Characters that make the id part of a longer word or name: letters, digits, marks, `_`, `-`, `$`. */
const WORD = /[\p{L}\p{N}\p{M}_$-]/u;
/** Punctuation that joins two words into one token: `config.lnk_…`, `lnk_….png`, `lnk_…@example.com`. */
const JOINERS = '.@';

function isWord(char: string | undefined): boolean {
  return char !== undefined && char !== '' && WORD.test(char);
}

/** The id at [start, end) stands alone: not inside a longer word, file name, host or address. */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  if (isWord(before)) return false;
  if (before !== undefined && JOINERS.includes(before) && isWord(text[start - 2])) return false;
  const after = text[end];
  if (isWord(after)) return false;
  if (after !== undefined && JOINERS.includes(after) && isWord(text[end + 1])) return false;
  return true;
}

/**
 * Characters a URL's query or fragment may hold in running text: RFC 3986's, less the quotes,
 * brackets and `$` that delimit it in the languages around it (`${…}` in a template literal).
 */
const URL_TAIL = /[A-Za-z0-9\-._~:/?#@!&*+,;=%]/;
/** Trailing punctuation that ends a sentence, not the URL (as GitHub's autolinks do). */
const TRAILING = '.,;:!?*_~';

function urlEnd(text: string, idEnd: number): number {
  const next = text[idEnd];
  if (next !== '?' && next !== '#' && next !== '/') return idEnd;
  let end = idEnd;
  while (end < text.length && URL_TAIL.test(text[end])) end++;
  while (end > idEnd && TRAILING.includes(text[end - 1])) end--;
  return end;
}

/** Looks generated: 8 or more characters, with letters and digits (`lnk_Wc4sUp7nL1mTd9Qe2Rb`). */
export function looksGenerated(linkId: string): boolean {
  const body = linkId.slice(LINK_ID_PREFIX.length);
  return body.length >= 8 && /[0-9]/.test(body) && /[A-Za-z]/.test(body);
}

/**
 * The URL shapes to recognise, lower-case: the contract's, and the shape of each link's own
 * `url` (the URL without the id at its end), longest first.
 */
export function shareUrlPrefixes(links: readonly { link_id: string; url: string }[]): string[] {
  const prefixes = new Set<string>([DEFAULT_SHARE_URL_PREFIX]);
  for (const link of links) {
    if (prefixes.size >= MAX_PREFIXES) break;
    if (!link.url.endsWith(link.link_id)) continue;
    const prefix = link.url.slice(0, link.url.length - link.link_id.length).toLowerCase();
    if (/^https?:\/\/[^\s]+\/$/.test(prefix)) prefixes.add(prefix);
  }
  return [...prefixes].sort((a, b) => b.length - a.length);
}

const DEFAULT_PREFIXES = [DEFAULT_SHARE_URL_PREFIX];

/** The prefix (of `prefixes`) that ends right before `idStart`, compared without case. */
function prefixBefore(text: string, idStart: number, prefixes: readonly string[]): string | undefined {
  for (const prefix of prefixes) {
    const from = idStart - prefix.length;
    if (from >= 0 && text.slice(from, idStart).toLowerCase() === prefix) return prefix;
  }
  return undefined;
}

/**
 * Every share URL and link id in `text`, in order.
 * @param prefixes lower-case URL shapes, from `shareUrlPrefixes` (default: the contract's)
 */
export function findLinkUsages(text: string, prefixes: readonly string[] = DEFAULT_PREFIXES): LinkUsage[] {
  const usages: LinkUsage[] = [];
  let from = 0;
  for (;;) {
    const idStart = text.indexOf(LINK_ID_PREFIX, from);
    if (idStart < 0) return usages;
    let idEnd = idStart + LINK_ID_PREFIX.length;
    while (idEnd < text.length && isIdCode(text.charCodeAt(idEnd))) idEnd++;
    from = idEnd;
    if (idEnd === idStart + LINK_ID_PREFIX.length || !standsAlone(text, idStart, idEnd)) continue;
    const linkId = text.slice(idStart, idEnd);
    const prefix = prefixBefore(text, idStart, prefixes);
    if (prefix) {
      usages.push({ linkId, form: 'url', start: idStart - prefix.length, end: urlEnd(text, idEnd), idStart, idEnd, strong: true });
    } else {
      usages.push({ linkId, form: 'id', start: idStart, end: idEnd, idStart, idEnd, strong: looksGenerated(linkId) });
    }
  }
}

/** The usage that covers `offset` (its end included, where the cursor stands after it). */
export function usageAt(usages: readonly LinkUsage[], offset: number): LinkUsage | undefined {
  return usages.find((usage) => usage.start <= offset && offset <= usage.end);
}

/**
 * Where a completion of a link id starts on a line, from the text before the cursor: at a
 * `lnk_…` being typed (standing alone, as the scan requires), or right after a share-URL
 * prefix. Undefined elsewhere, which is almost every `_` and `/` typed.
 */
export function completionStart(before: string, prefixes: readonly string[] = DEFAULT_PREFIXES): number | undefined {
  const typed = /lnk_[A-Za-z0-9_-]*$/.exec(before);
  if (typed) return standsAlone(before, typed.index, before.length) ? typed.index : undefined;
  const tail = before.slice(-256).toLowerCase();
  return prefixes.some((prefix) => tail.endsWith(prefix)) ? before.length : undefined;
}
