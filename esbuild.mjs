// Bundles the extension into dist/ (dist/extension.js and the files loaded on first use), and
// writes dist/ThirdPartyNotices.txt: the licence of every package the bundle carries.
//   node esbuild.mjs               development build with sourcemaps
//   node esbuild.mjs --watch       rebuild on change
//   node esbuild.mjs --production  minified, no sourcemaps (used by `vsce package`)
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Prints build results in the format the esbuild problem matcher understands. */
const problemMatcherPlugin = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
    });
  },
};

/**
 * Code loaded on first use gets a file of its own next to dist/extension.js, so that
 * activation does not load it: the extension itself (core, after activation: see
 * src/extension.ts), and within it the API client, the QR panel and the link flows. The
 * source imports them with `import('./x.js')`; this keeps such imports out of the file
 * that imports them, as `require('./x.js')` at run time.
 */
const LAZY_MODULES = { core: 'src/core.ts', client: 'src/api/client.ts', qrPanel: 'src/qr/qrPanel.ts', linkFlows: 'src/flows/linkFlows.ts' };
const lazyModulesPlugin = {
  name: 'lazy-modules',
  setup(build) {
    const names = Object.keys(LAZY_MODULES).join('|');
    build.onResolve({ filter: new RegExp(`^\\./(${names})\\.js$`) }, (args) =>
      args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
    );
  },
};

/**
 * node-fetch parts this client never reaches: it sends JSON strings and reads text, so
 * multipart parsing (Response.formData), FormData bodies, data: URLs and fetch-blob's
 * file helpers are replaced by small stubs that throw if ever called (about 11 KB).
 */
const NODE_FETCH_STUBS = {
  'data-uri-to-buffer': 'export default function dataUriToBuffer() { throw new Error("data: URLs are not supported"); }',
  'formdata-polyfill/esm.min.js':
    'export class FormData {} export function formDataToBlob() { throw new Error("FormData bodies are not supported"); }',
  './utils/multipart-parser.js': 'export function toFormData() { throw new Error("multipart bodies are not supported"); }',
  'fetch-blob': 'export default globalThis.Blob;',
  'fetch-blob/from.js':
    'export const Blob = globalThis.Blob; export const File = globalThis.File; ' +
    'export function blobFrom() { throw new Error("not supported"); } export const blobFromSync = blobFrom, fileFrom = blobFrom, fileFromSync = blobFrom;',
};
const nodeFetchStubsPlugin = {
  name: 'node-fetch-stubs',
  setup(build) {
    build.onResolve({ filter: /^(data-uri-to-buffer|formdata-polyfill\/esm\.min\.js|\.\/utils\/multipart-parser\.js|fetch-blob(\/from\.js)?)$/ }, (args) =>
      /node_modules[\\/](node-fetch|fetch-blob|formdata-polyfill)[\\/]/.test(args.importer)
        ? { path: args.path, namespace: 'node-fetch-stub' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'node-fetch-stub' }, (args) => ({ contents: NODE_FETCH_STUBS[args.path], loader: 'js' }));
  },
};

/**
 * dist/ThirdPartyNotices.txt, shipped in the .vsix: for every npm package whose code ends up in
 * the bundle (read from esbuild's metafile, so a new dependency is covered without anyone
 * remembering it), its name, version, licence and licence text. The minified bundle drops the
 * licence comments (`legalComments: 'none'`); this file carries them instead. A bundled package
 * without a licence file fails the build rather than ship without its notice.
 */
const LICENSE_FILE = /^(licen[cs]e|copying)(\.(md|txt|markdown))?$/i;
const thirdPartyNoticesPlugin = {
  name: 'third-party-notices',
  setup(build) {
    build.onEnd((result) => {
      if (!result.metafile) return;
      const roots = new Set();
      for (const input of Object.keys(result.metafile.inputs)) {
        const match = /^(.*?node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input.replace(/\\/g, '/'));
        if (match) roots.add(match[1]);
      }
      const notices = [...roots].sort().map((root) => {
        const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
        const file = fs.readdirSync(root).find((name) => LICENSE_FILE.test(name));
        if (!file) throw new Error(`${pkg.name} is bundled but has no licence file in ${root}: add its notice by hand`);
        const text = fs.readFileSync(path.join(root, file), 'utf8').trim();
        return `${pkg.name} ${pkg.version} (${pkg.license ?? 'see below'})\n${'-'.repeat(72)}\n${text}\n`;
      });
      const header =
        'AgentHuman Links bundles the following third-party packages. Their licences and\n' +
        'copyright notices follow, as their authors published them.\n\n';
      fs.mkdirSync('dist', { recursive: true });
      fs.writeFileSync('dist/ThirdPartyNotices.txt', header + notices.join('\n\n'));
    });
  },
};

/**
 * dist/README.md, the README of the .vsix (`vsce package --readme-path`), shown on the extension's
 * page in VS Code's Extensions view. It is README.md without the sections for contributors and
 * without the screenshots: that page loads images only from https URLs, and the project has no
 * public web home to serve them from, so they are left out rather than shown broken.
 */
const NOT_IN_VSIX_README = ['Screenshots', 'Development'];
function writeVsixReadme() {
  const kept = [];
  let skipping = 0; // the heading level of the section being left out, 0 when keeping
  for (const line of fs.readFileSync('README.md', 'utf8').split('\n')) {
    const heading = /^(#{1,6})\s+(.*?)\s*$/.exec(line);
    if (heading && skipping && heading[1].length <= skipping) skipping = 0;
    if (heading && !skipping && NOT_IN_VSIX_README.includes(heading[2])) skipping = heading[1].length;
    if (!skipping) kept.push(line);
  }
  fs.mkdirSync('dist', { recursive: true });
  fs.writeFileSync('dist/README.md', `${kept.join('\n').trimEnd()}\n`);
}

const context = await esbuild.context({
  entryPoints: { extension: 'src/extension.ts', ...LAZY_MODULES },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node16.14',
  outdir: 'dist',
  // import() becomes require(): VS Code 1.77 loads extensions as CommonJS.
  supported: { 'dynamic-import': false },
  // web-streams-polyfill is loaded only by fetch-blob (under node-fetch, on Node < 16.5),
  // and the bundle replaces fetch-blob with a stub (NODE_FETCH_STUBS above), so the 60 KB
  // polyfill is never reached and is left out of the bundle.
  external: ['vscode', 'web-streams-polyfill/*'],
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  legalComments: production ? 'none' : 'inline',
  logLevel: 'silent',
  metafile: true,
  plugins: [lazyModulesPlugin, nodeFetchStubsPlugin, thirdPartyNoticesPlugin, ...(watch ? [problemMatcherPlugin] : [])],
});

writeVsixReadme();
if (watch) {
  await context.watch();
} else {
  const result = await context.rebuild();
  for (const w of result.warnings) console.warn(`esbuild warning: ${w.text}`);
  await context.dispose();
}
