// Markdown, in one place: text made inert where we render Markdown (tooltips), and the
// `[name](url)` of "Copy Link as Markdown", written for people to read in their own
// documents. Pure: no `vscode` import.
import { withoutInvisibles } from './inertText';
/**
 * Makes any text inert in Markdown: every ASCII punctuation character is backslash-escaped
 * (CommonMark allows escaping each of them), so no link, image, emphasis, code span, HTML
 * tag, entity or autolink can form; line breaks and runs of white space become one space
 * so the text cannot start a heading, list or code block; bidi controls and zero-width
 * characters are removed, so nothing shows reversed or hidden.
 */
export function escapeMarkdown(text: string): string {
  return withoutInvisibles(text)
    // eslint-disable-next-line no-control-regex -- control characters are what is removed
    .replace(/[\s\u0000-\u001f\u007f]+/g, ' ')
    .trim()
    .replace(/[!-/:-@[-`{-~]/g, '\\$&');
}


/**
 * Text that stays plain inside `[…]`: the characters that could close the brackets, start
 * emphasis, code, HTML or an entity are backslash-escaped; line breaks become spaces.
 */
export function escapeLinkText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>&~|!]/g, '\\$&');
}

/** The URL as a link destination: characters that would end it early are percent-encoded. */
export function linkDestination(url: string): string {
  return url.replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** `[text](url)`, the text escaped and the URL made safe as a destination. */
export function markdownLink(text: string, url: string): string {
  return `[${escapeLinkText(text)}](${linkDestination(url)})`;
}
