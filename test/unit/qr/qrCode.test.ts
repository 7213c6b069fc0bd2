import * as assert from 'node:assert/strict';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { qrFileName, safeFileBase } from '../../../src/qr/qrFileName';
import { createQrImage, QR_PNG_SCALE, QR_QUIET_ZONE, type QrImage } from '../../../src/qr/qrImage';
import { escapeHtml, parseQrPanelMessage, renderQrPanelHtml } from '../../../src/qr/qrPanelHtml';

const SHORT_URL = 'https://app.agenthuman.com/l/lnk_7Hq2';
const LONG_URL = (() => {
  const base =
    'https://app.agenthuman.com/l/lnk_8fK2mQ9xZ4tR7vB1nC3dE5gH6jL0pS?utm_source=vscode&utm_medium=qr&utm_campaign=spring-promo-2025' +
    '&ref=Caf%C3%A9+%26+Bar&lang=en-GB&greeting=' +
    encodeURIComponent('Hello! Ask me about opening hours, bookings and the menu.');
  return `${base}&pad=${'x'.repeat(300 - base.length - 5)}`;
})();

/** Reads a dark/light module grid (quiet zone included) out of the library's SVG path. */
function svgModules(svg: string): { width: number; dark: boolean[][] } {
  const viewBox = /viewBox="0 0 (\d+) (\d+)"/.exec(svg);
  assert.ok(viewBox, 'the SVG has a viewBox');
  const width = Number(viewBox[1]);
  assert.equal(Number(viewBox[2]), width, 'the SVG is square');
  const paths = [...svg.matchAll(/<path ([^>]*)\/>/g)].map((m) => m[1]);
  assert.equal(paths.length, 2, 'one background path and one path of dark modules');
  assert.match(paths[0], new RegExp(`^fill="#ffffff" d="M0 0h${width}v${width}H0z"$`), 'white background over the whole code');
  const d = /^stroke="#000000" d="([^"]*)"$/.exec(paths[1]);
  assert.ok(d, 'dark modules are drawn in black');
  const dark = Array.from({ length: width }, () => new Array<boolean>(width).fill(false));
  let x = 0;
  let y = 0;
  for (const [, command, args] of d[1].matchAll(/([MmHh])([^MmHh]*)/g)) {
    const [a, b] = args.trim().split(/[\s,]+/).map(Number);
    if (command === 'M') [x, y] = [a, b];
    else if (command === 'm') [x, y] = [x + a, y + b];
    else {
      const end = command === 'h' ? x + a : a;
      // A stroke of width 1 along y = row + 0.5 covers the modules of that row.
      for (let col = x; col < end; col++) dark[Math.floor(y)][col] = true;
      x = end;
    }
  }
  return { width, dark };
}

/** Black-on-white RGBA pixels of a module grid, `scale` pixels per module. */
function rasterise(dark: boolean[][], scale: number): { data: Uint8ClampedArray; width: number } {
  const width = dark.length * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (let py = 0; py < width; py++) {
    for (let px = 0; px < width; px++) {
      if (!dark[Math.floor(py / scale)][Math.floor(px / scale)]) continue;
      data.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
    }
  }
  return { data, width };
}

/** The module grid (quiet zone included) sampled from the centres of the PNG's modules. */
function pngModules(png: PNG, modules: number, scale: number): boolean[][] {
  return Array.from({ length: modules }, (_, row) =>
    Array.from({ length: modules }, (_, col) => {
      const offset = ((row * scale + scale / 2) * png.width + col * scale + scale / 2) * 4;
      return png.data[offset] < 128;
    }),
  );
}

function expectedModules(qr: QrImage): boolean[][] {
  const width = qr.size + 2 * QR_QUIET_ZONE;
  return Array.from({ length: width }, (_, row) =>
    Array.from({ length: width }, (_, col) => {
      const r = row - QR_QUIET_ZONE;
      const c = col - QR_QUIET_ZONE;
      return r >= 0 && c >= 0 && r < qr.size && c < qr.size && qr.isDark(r, c);
    }),
  );
}

describe('QR code images', () => {
  it('the long test URL is about 300 characters', () => {
    assert.equal(LONG_URL.length, 300);
  });

  for (const [label, url] of [['short', SHORT_URL], ['long', LONG_URL]] as const) {
    describe(`of a ${label} URL`, () => {
      const qr = createQrImage(url);

      it('is built with error-correction level M', () => {
        assert.equal(qr.errorCorrection, 'M');
        assert.equal(qr.text, url);
      });

      it('PNG: decodes to exactly the URL', () => {
        const png = PNG.sync.read(Buffer.from(qr.png()));
        const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height, { inversionAttempts: 'dontInvert' });
        assert.ok(decoded, 'jsQR found a code in the PNG');
        assert.equal(decoded.data, url);
        assert.deepEqual(Buffer.from(decoded.binaryData), Buffer.from(url, 'utf8'));
        assert.equal(decoded.version, qr.version);
      });

      it('PNG: black on white, 4-module quiet zone, the same modules as the matrix', () => {
        const png = PNG.sync.read(Buffer.from(qr.png()));
        const modules = qr.size + 2 * QR_QUIET_ZONE;
        assert.equal(png.width, modules * QR_PNG_SCALE);
        assert.equal(png.height, png.width);
        for (let i = 0; i < png.data.length; i += 4) {
          const [r, g, b, a] = png.data.subarray(i, i + 4);
          assert.ok((r === 0 || r === 255) && g === r && b === r && a === 255, `pixel ${i / 4} is pure black or white`);
        }
        const margin = QR_QUIET_ZONE * QR_PNG_SCALE;
        for (let y = 0; y < png.height; y++) {
          for (let x = 0; x < png.width; x++) {
            if (x >= margin && y >= margin && x < png.width - margin && y < png.height - margin) continue;
            assert.equal(png.data[(y * png.width + x) * 4], 255, `quiet-zone pixel (${x}, ${y}) is white`);
          }
        }
        assert.deepEqual(pngModules(png, modules, QR_PNG_SCALE), expectedModules(qr));
      });

      it('SVG: decodes to exactly the URL, and has the same modules as the PNG', () => {
        const svg = qr.svg();
        assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" /);
        const { width, dark } = svgModules(svg);
        assert.equal(width, qr.size + 2 * QR_QUIET_ZONE);
        assert.deepEqual(dark, expectedModules(qr));
        const image = rasterise(dark, 4);
        const decoded = jsQR(image.data, image.width, image.width, { inversionAttempts: 'dontInvert' });
        assert.ok(decoded, 'jsQR found a code in the rasterised SVG');
        assert.equal(decoded.data, url);
      });
    });
  }

  it('renders PNGs at other scales and refuses silly ones', () => {
    const qr = createQrImage(SHORT_URL);
    assert.equal(PNG.sync.read(Buffer.from(qr.png(3))).width, (qr.size + 8) * 3);
    assert.throws(() => qr.png(0), RangeError);
    assert.throws(() => qr.png(1.5), RangeError);
  });

  it('throws for a text too long for any QR code', () => {
    assert.throws(() => createQrImage(`https://example.com/${'a'.repeat(3000)}`));
  });
});

describe('QR code panel HTML', () => {
  // What VS Code 1.139's webview.cspSource is (checked in code-server); 1.74's is one origin.
  const CSP_SOURCE = "'self' https://*.vscode-cdn.net";
  const SOURCE_TOKENS = CSP_SOURCE.split(' ');
  const NONCE = 'dGVzdC1ub25jZS0xMjM0NTY3OA==';
  const NAME = '<script>alert(1)</script>';
  const URL_WITH_QUOTES = 'https://example.com/l?q="x"<b>&y=\'1\'';
  const svg = createQrImage(URL_WITH_QUOTES).svg();
  const html = renderQrPanelHtml({ cspSource: CSP_SOURCE, name: NAME, url: URL_WITH_QUOTES, svg, nonce: NONCE, language: 'en' });

  function csp(page: string): Map<string, string[]> {
    const metas = [...page.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/g)];
    assert.equal(metas.length, 1, 'exactly one CSP meta');
    assert.ok(page.indexOf(metas[0][0]) < page.indexOf('<style'), 'the CSP comes before any style or script');
    const content = metas[0][1].replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    return new Map(
      content.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
        const [name, ...sources] = d.split(/\s+/);
        return [name, sources];
      }),
    );
  }

  it('escapes a link name containing <script>', () => {
    assert.ok(!html.includes(NAME));
    assert.ok(!html.includes('alert(1)</script>'));
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.equal((html.match(/<script\b/g) ?? []).length, 1, 'only the page’s own script');
  });

  it('escapes a URL with quotes and angle brackets, in text and in attributes', () => {
    assert.ok(!html.includes(URL_WITH_QUOTES));
    const escaped = 'https://example.com/l?q=&quot;x&quot;&lt;b&gt;&amp;y=&#39;1&#39;';
    assert.ok(html.includes(`title="${escaped}"`));
    assert.ok(html.includes(`>${escaped}</p>`));
    assert.ok(html.includes(`aria-label="QR code of ${escaped}"`));
    assert.ok(!/<b>/.test(html));
  });

  it('has a strict CSP: nothing remote, nothing inline without the nonce', () => {
    const policy = csp(html);
    assert.deepEqual([...policy.keys()].sort(), ['default-src', 'img-src', 'script-src', 'style-src']);
    assert.deepEqual(policy.get('default-src'), ["'none'"]);
    assert.deepEqual(policy.get('img-src'), ['data:', ...SOURCE_TOKENS]);
    assert.deepEqual(policy.get('style-src'), [...SOURCE_TOKENS, `'nonce-${NONCE}'`]);
    assert.deepEqual(policy.get('script-src'), [`'nonce-${NONCE}'`]);
    const all = [...policy.values()].flat();
    assert.ok(!all.some((s) => /unsafe-(inline|eval|hashes)/.test(s)));
    // The only origin anywhere is the webview's own resource origin.
    assert.deepEqual(all.filter((s) => s.includes(':') && s !== 'data:'), ['https://*.vscode-cdn.net', 'https://*.vscode-cdn.net']);
  });

  it('puts the nonce on every <script> and <style>, and uses no inline handlers or style attributes', () => {
    for (const tag of ['script', 'style']) {
      const tags = [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'gi'))].map((m) => m[0]);
      assert.ok(tags.length >= 1, `the page has a <${tag}>`);
      for (const t of tags) assert.equal(t, `<${tag} nonce="${NONCE}">`);
    }
    assert.ok(!/\son[a-z]+\s*=/i.test(html), 'no on…= handlers');
    assert.ok(!/\sstyle\s*=/i.test(html), 'no style attributes');
    assert.ok(!/\s(src|href)\s*=\s*"(https?:)?\/\//i.test(html), 'no remote src or href');
  });

  it('carries the QR SVG inline, black on white, and the three buttons', () => {
    assert.ok(html.includes(svg));
    assert.match(html, /\.card \{[^}]*background: #fff;/);
    for (const [command, label] of [['copy', 'Copy Link'], ['saveSvg', 'Save as SVG'], ['savePng', 'Save as PNG']]) {
      assert.match(html, new RegExp(`<button type="button"[^>]* data-command="${command}">${label}</button>`));
    }
  });

  it('uses a fresh nonce on every render', () => {
    const render = () => renderQrPanelHtml({ cspSource: CSP_SOURCE, name: 'n', url: SHORT_URL, svg, language: 'en' });
    const nonces = new Set([render(), render(), render()].map((page) => /<script nonce="([^"]+)">/.exec(page)?.[1]));
    assert.equal(nonces.size, 3);
    for (const nonce of nonces) assert.ok(nonce && nonce.length >= 16);
    assert.ok(csp(render()).get('script-src')?.[0].startsWith("'nonce-"));
  });

  it('escapes the five HTML-significant characters', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    assert.equal(escapeHtml('plain “text” é'), 'plain “text” é');
  });
});

describe('QR code panel messages', () => {
  it('accepts only the three known commands', () => {
    assert.equal(parseQrPanelMessage({ command: 'copy' }), 'copy');
    assert.equal(parseQrPanelMessage({ command: 'saveSvg' }), 'saveSvg');
    assert.equal(parseQrPanelMessage({ command: 'savePng' }), 'savePng');
    for (const bad of [undefined, null, 'copy', 42, [], ['copy'], {}, { command: 'delete' }, { command: 'constructor' }, { command: 'toString' }, { command: ['copy'] }]) {
      assert.equal(parseQrPanelMessage(bad), undefined, JSON.stringify(bad));
    }
  });
});

describe('QR code file names', () => {
  it('uses the link name, or its id when it has none', () => {
    assert.equal(qrFileName({ name: 'Spring promo', link_id: 'lnk_1' }, 'svg'), 'Spring promo QR.svg');
    assert.equal(qrFileName({ name: null, link_id: 'lnk_1' }, 'png'), 'lnk_1 QR.png');
    assert.equal(qrFileName({ name: '  ...  ', link_id: 'lnk_2' }, 'png'), 'lnk_2 QR.png');
  });

  it('removes what file systems refuse', () => {
    assert.equal(qrFileName({ name: 'a/b: c?', link_id: 'lnk_1' }, 'png'), 'a-b- c QR.png');
    assert.equal(safeFileBase('<script>alert(1)</script>'), 'script-alert(1)-script');
    assert.equal(safeFileBase('../../etc/passwd'), 'etc-passwd');
    assert.equal(safeFileBase('tab\there\nnew'), 'tab-here-new');
    assert.equal(safeFileBase('CON'), 'CON-link');
    assert.equal(safeFileBase('x'.repeat(200)).length, 80);
  });
});
