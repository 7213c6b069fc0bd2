// The file name offered when a QR code is saved: from the link's name (or its id when it
// has none), made safe on Windows, macOS and Linux. Pure: no `vscode` import.
import type { Link } from '../api/schemas';
import { withoutInvisibles } from '../text/inertText';

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
const MAX_BASE_LENGTH = 80;

/** "Spring promo" → "Spring promo QR.svg"; "a/b: c?" → "a-b- c QR.png". */
export function qrFileName(link: Pick<Link, 'name' | 'link_id'>, extension: 'svg' | 'png'): string {
  return `${safeFileBase(link.name ?? '') || safeFileBase(link.link_id) || 'link'} QR.${extension}`;
}

/** Characters no file system accepts, control and invisible characters (bidi, zero-width), and edge dots/spaces removed. */
export function safeFileBase(text: string): string {
  let base = withoutInvisibles(text)
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.-]+|[\s.-]+$/g, '');
  if (base.length > MAX_BASE_LENGTH) base = [...base].slice(0, MAX_BASE_LENGTH).join('').replace(/[\s.]+$/, '');
  if (WINDOWS_RESERVED.test(base)) base = `${base}-link`;
  return base;
}
