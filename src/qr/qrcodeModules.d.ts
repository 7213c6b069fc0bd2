// Types for the modules of the `qrcode` package that the extension imports
// directly instead of its main entry (see qrImage.ts for why). @types/qrcode describes
// only the main entry; these signatures follow qrcode 1.5's lib/ sources.

declare module 'qrcode/lib/core/qrcode' {
  import type { QRCode, QRCodeOptions } from 'qrcode';
  /** Encodes the text: version, segments, Reed-Solomon blocks, mask, format info. */
  export function create(text: string, options?: QRCodeOptions): QRCode;
}

declare module 'qrcode/lib/renderer/svg-tag' {
  import type { QRCode, QRCodeRenderersOptions } from 'qrcode';
  /** A standalone `<svg>` element: a light background path and one dark stroked path. */
  export function render(qrData: QRCode, options?: QRCodeRenderersOptions): string;
}

declare module 'qrcode/lib/renderer/png' {
  import type { PNG } from 'pngjs';
  import type { QRCode, QRCodeRenderersOptions } from 'qrcode';
  /** The code as a pngjs image (RGBA), `scale` pixels per module, quiet zone included. */
  export function render(qrData: QRCode, options?: QRCodeRenderersOptions): PNG;
}
