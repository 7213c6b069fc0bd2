// Types for the three modules of the `qrcode` package that the extension imports
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

declare module 'qrcode/lib/renderer/utils' {
  import type { QRCode, QRCodeRenderersOptions } from 'qrcode';
  export interface Rgba {
    r: number;
    g: number;
    b: number;
    a: number;
    hex: string;
  }
  export interface RendererOptions {
    width: number | undefined;
    scale: number;
    margin: number;
    color: { dark: Rgba; light: Rgba };
  }
  /** Fills in the defaults (margin 4, scale 4, black on white). Mutates `options.color`. */
  export function getOptions(options?: QRCodeRenderersOptions): RendererOptions;
  /** Width and height in pixels of the rendered image, quiet zone included. */
  export function getImageWidth(qrSize: number, options: RendererOptions): number;
  /** Writes RGBA pixels (4 bytes each, row by row) of the code and its quiet zone. */
  export function qrToImageData(imageData: Uint8Array, qr: QRCode, options: RendererOptions): void;
}
