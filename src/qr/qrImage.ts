// A QR code of a link's URL, as SVG and as PNG. Pure: no `vscode` import.
//
// The encoding (segments, version, Reed-Solomon error correction, mask choice, format
// information) and the rasterising are the `qrcode` package's. We import three of its
// modules directly rather than its main entry: the main entry also loads its terminal
// and UTF-8 renderers and its PNG renderer, which brings pngjs (about 30 KB minified,
// mostly a PNG *decoder* we never use). Without it the library costs about 23 KB of the
// bundle instead of 59 KB. The PNG file itself is therefore written here: the library's
// own pixels (qrToImageData, exactly what its PNG renderer draws) in the three chunks a
// PNG needs, compressed with Node's zlib.
//
// The code is always black on white with a 4-module quiet zone, whatever the theme: a
// phone camera needs the contrast and the margin, and level M survives a smudge or a
// glare while keeping the code small.
import { deflateSync } from 'node:zlib';
import type { QRCode, QRCodeRenderersOptions } from 'qrcode';
import { create } from 'qrcode/lib/core/qrcode';
import { render as renderSvgTag } from 'qrcode/lib/renderer/svg-tag';
import { getImageWidth, getOptions, qrToImageData } from 'qrcode/lib/renderer/utils';

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
  const options = getOptions(renderOptions(scale));
  const width = getImageWidth(qr.modules.size, options);
  const rgba = new Uint8Array(width * width * 4);
  qrToImageData(rgba, qr, options);
  // Black and white only, so one gray byte per pixel (the red channel) says it all.
  // Every row starts with filter type 0 (none); deflate does the compressing.
  const raw = Buffer.alloc((width + 1) * width);
  for (let y = 0; y < width; y++) {
    const row = y * (width + 1);
    for (let x = 0; x < width; x++) raw[row + 1 + x] = rgba[(y * width + x) * 4];
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(width, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // colour type: grayscale
  // compression, filter and interlace methods: 0
  return Buffer.concat([
    PNG_SIGNATURE,
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(raw, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngChunk(type: string, data: Buffer): Buffer {
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  chunk.write(type, 4, 'latin1');
  data.copy(chunk, 8);
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + data.length)), 8 + data.length);
  return chunk;
}

let crcTable: Uint32Array | undefined;

/** CRC-32 (ISO 3309), as PNG chunks need; zlib.crc32 is newer than VS Code 1.74's Node. */
function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
