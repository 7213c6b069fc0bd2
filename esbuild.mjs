// Bundles the extension into one CommonJS file, dist/extension.js.
//   node esbuild.mjs               development build with sourcemaps
//   node esbuild.mjs --watch       rebuild on change
//   node esbuild.mjs --production  minified, no sourcemaps (used by `vsce package`)
import * as esbuild from 'esbuild';

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

const context = await esbuild.context({
  entryPoints: ['src/extension.ts'],
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node18',
  outfile: 'dist/extension.js',
  // fetch-blob (under node-fetch) falls back to web-streams-polyfill only on Node < 16.5;
  // VS Code's extension host has had global web streams since 1.74, so the 60 KB
  // polyfill is left out of the bundle.
  external: ['vscode', 'web-streams-polyfill/*'],
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  legalComments: production ? 'none' : 'inline',
  logLevel: 'silent',
  plugins: watch ? [problemMatcherPlugin] : [],
});

if (watch) {
  await context.watch();
} else {
  const result = await context.rebuild();
  for (const w of result.warnings) console.warn(`esbuild warning: ${w.text}`);
  await context.dispose();
}
