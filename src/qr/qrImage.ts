// A QR code of a link's URL, as SVG and as PNG. Pure: no `vscode` import.
//
// The encoding (segments, version, Reed-Solomon error correction, mask choice, format
// information) and the rendering to SVG and PNG are the `qrcode` package's; nothing here
// encodes or draws. We import its core and its two renderers directly rather than its
// main entry, which would also load its terminal and UTF-8 renderers. This module and the
// library are loaded only when a QR code is first shown (see esbuild.mjs), so they cost
// nothing at activation.
//
// The code is always black on white with a 4-module quiet zone, whatever the theme: a
// phone camera needs the contrast and the margin, and level M survives a smudge or a
// glare while keeping the code small.
import { PNG } from 'pngjs';
import type { QRCode, QRCodeRenderersOptions } from 'qrcode';
import { create } from 'qrcode/lib/core/qrcode';
import { render as renderPng } from 'qrcode/lib/renderer/png';
import { render as renderSvgTag } from 'qrcode/lib/renderer/svg-tag';

export const QR_ERROR_CORRECTION = 'M';
/** Quiet zone around the code, in modules (the standard asks for 4). */
export const QR_QUIET_ZONE = 4;
export const QR_DARK = '#000000';
export const QR_LIGHT = '#ffffff';
/** Pixels per module of the saved PNG: 8 makes a version-5 code 296 px wide. */
export const QR_PNG_SCALE = 8;

export interface QrImage {
  /** The encoded text. */
  readonly text: string;
  /** Modules per side, without the quiet zone. */
  readonly size: number;
  /** QR version (1–40) the library chose for the text. */
  readonly version: number;
  /** Error-correction level the code was built with. */
  readonly errorCorrection: 'L' | 'M' | 'Q' | 'H';
  /** Whether the module at (row, column) is dark. */
  isDark(row: number, column: number): boolean;
  /** A standalone `<svg>` element (xmlns set), 1 user unit per module, quiet zone included. */
  svg(): string;
  /** A grayscale PNG file, `scale` pixels per module, quiet zone included. */
  png(scale?: number): Uint8Array;
}

/** The two format-information bits of each level (ISO/IEC 18004 table 12). */
const LEVEL_BY_BIT = { 1: 'L', 0: 'M', 3: 'Q', 2: 'H' } as const;

function renderOptions(scale = QR_PNG_SCALE): QRCodeRenderersOptions {
  // A fresh object each time: the library's getOptions writes into it.
  return { margin: QR_QUIET_ZONE, scale, color: { dark: QR_DARK, light: QR_LIGHT } };
}

/** Encodes the text. Throws when it does not fit in a QR code at level M (over ~2,300 bytes). */
export function createQrImage(text: string): QrImage {
  const qr: QRCode = create(text, { errorCorrectionLevel: QR_ERROR_CORRECTION });
  const size = qr.modules.size;
  return {
    text,
    size,
    version: qr.version,
    errorCorrection: LEVEL_BY_BIT[qr.errorCorrectionLevel.bit],
    isDark: (row, column) => !!qr.modules.get(row, column),
    svg: () => renderSvgTag(qr, renderOptions()).trim(),
    png: (scale = QR_PNG_SCALE) => encodePng(qr, scale),
  };
}

function encodePng(qr: QRCode, scale: number): Uint8Array {
  if (!Number.isInteger(scale) || scale < 1 || scale > 64) throw new RangeError(`PNG scale must be 1–64, not ${scale}`);
  return PNG.sync.write(renderPng(qr, renderOptions(scale)));
}
