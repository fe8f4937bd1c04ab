// The studio (dist/studio.html, studio.js, studio.css): a page of its own, shipped in the package
// and served by `npm start`, that is not part of the embed. Its script is the conversion code the
// command line runs (src/convert) and the studio's own UI; the explainer in its preview is the
// published one-script bundle (dist/policy-explainer.js), loaded by the page, so the studio adds
// nothing to the embed and previews exactly what readers get.
// Usage: rollup -c rollup.studio.config.mjs (after rollup -c, which writes dist/policy-explainer.js)
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';

const report = (bundle) => {
  for (const file of Object.values(bundle))
    if (file.type === 'chunk')
      console.log(
        `${file.fileName}: ${file.code.length} bytes, ${gzipSync(file.code, { level: 9 }).length} gzip (the studio, not the embed)`,
      );
};
const size = () => ({ name: 'studio-size', generateBundle: (_options, bundle) => report(bundle) });

/** studio.html and studio.css, copied as they are. */
const pageAssets = () => ({
  name: 'studio-page',
  buildStart() {
    for (const f of ['src/studio/studio.html', 'src/studio/studio.css']) this.addWatchFile(f);
  },
  generateBundle(_options, bundle) {
    for (const name of ['studio.html', 'studio.css'])
      this.emitFile({ type: 'asset', fileName: name, source: readFileSync(`src/studio/${name}`, 'utf8') });
    for (const file of Object.values(bundle))
      if (file.type === 'chunk')
        console.log(
          `${file.fileName}: ${file.code.length} bytes, ${gzipSync(file.code, { level: 9 }).length} gzip (the studio, not the embed)`,
        );
  },
});

const plugins = () => [
  nodeResolve(),
  json({ preferConst: true, compact: true }),
  esbuild({ target: 'es2021', legalComments: 'none', tsconfig: 'tsconfig.json' }),
  terser({ ecma: 2020, format: { comments: false } }),
];
const onwarn = (warning) => {
  throw new Error(`rollup.studio.config.mjs: ${warning.message}`);
};

export default [
  // The page's script: the UI, the preview's options, snippets and cards.
  {
    input: 'src/studio/main.ts',
    output: { dir: 'dist', entryFileNames: 'studio.js', format: 'iife', sourcemap: true, inlineDynamicImports: true },
    plugins: [...plugins(), pageAssets()],
    onwarn,
  },
  // Its reader, a worker: the conversions (src/convert), off the page's thread.
  {
    input: 'src/studio/worker.ts',
    output: { dir: 'dist', entryFileNames: 'studio-worker.js', format: 'iife', sourcemap: true, inlineDynamicImports: true },
    plugins: [...plugins(), size()],
    onwarn,
  },
];
