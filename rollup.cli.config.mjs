// The command line (`policy-explainer`, package.json "bin" → bin/policy-explainer.mjs → dist/cli/).
// Node ES modules, not minified: src/cli/ plus the data model it shares with the elements
// (validation, CSV, dates, i18n, the matrix model) compiled in. Node built-ins, Lit, @lit-labs/ssr
// and the D3 modules stay imports, resolved from the installed package's dependencies; `render`
// loads the elements themselves from the npm build (dist/esm, `npm run build`) at run time.
// Usage: rollup -c rollup.cli.config.mjs
import { builtinModules } from 'node:module';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import esbuild from 'rollup-plugin-esbuild';

const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

export default {
  input: { main: 'src/cli/main.ts' },
  external: (id) => builtins.has(id) || /^(lit|lit-html|lit-element)(\/|$)/.test(id) || /^@lit(-labs)?\//.test(id) || /^d3-/.test(id),
  output: {
    dir: 'dist/cli',
    format: 'es',
    entryFileNames: '[name].js',
    // `render` is a separate chunk, loaded only by that command (it brings in Lit and SSR); the
    // rest is cli.js. All in one folder: render finds the elements at ../esm/ from there.
    chunkFileNames: '[name].js',
    manualChunks: (id) => (/[\\/]src[\\/]cli[\\/]render\.ts$/.test(id) ? 'render' : 'cli'),
    sourcemap: true,
    generatedCode: 'es2015',
  },
  plugins: [
    nodeResolve({ exportConditions: ['node'], preferBuiltins: true }),
    json({ preferConst: true }),
    esbuild({ target: 'node20', tsconfig: 'tsconfig.json' }),
  ],
  onwarn(warning) {
    // A warning here means a broken build (an unresolved import would fail at run time): stop.
    throw new Error(`rollup.cli.config.mjs: ${warning.message}`);
  },
};
