// Two builds from one source:
//  1. dist/policy-explainer.js — the one-script embed: a classic, minified IIFE with Lit, the D3
//     modules, the styles and the bundled dataset inside. Paste one <script> tag and it works.
//  2. dist/esm/ — ES modules for npm users, Lit and D3 left as dependencies (types via tsc).
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
import { STORY, storyLanguages, storyParts } from './scripts/story-split.mjs';

const target = 'es2021';

/** Prints what the reader's browser downloads: each file's bytes, raw, gzip and brotli (the budget: `npm run size`). */
const reportSize = () => ({
  name: 'report-size',
  generateBundle(_options, bundle) {
    for (const file of Object.values(bundle)) {
      if (file.type !== 'chunk') continue;
      const raw = Buffer.from(file.code);
      const gz = gzipSync(raw, { level: 9 }).length;
      const br = brotliCompressSync(raw).length;
      console.log(`${file.fileName}: ${raw.length} bytes, ${gz} gzip, ${br} brotli`);
    }
  },
});

// ---- Interface languages beyond the embed's English (issues 17 and 21) ---------------------------
// Every src/i18n/<tag>.ts but en (the list: src/i18n/languages.ts) becomes
//  - dist/lang/<tag>.js: a classic script a page loads with a second tag after the embed's; it
//    registers the language with the elements (src/shared/lang-script.ts); the embed imports it
//    from beside itself when an element first speaks it, and a page may preload it with a tag;
//  - dist/esm/i18n/<tag>.js: the strings as an ES module, which npm builds import on demand.
// and dist/embed.html preloads the one its `?lang=` asks for.
const EMBEDDED_LANGUAGES = new Set(['en']);
/** SHIPPED_LANGUAGES, read from src/i18n/languages.ts (the one list; a test holds it to the folder). */
const shippedLanguages = JSON.parse(
  /SHIPPED_LANGUAGES = (\[[^\]]*\])/.exec(readFileSync('src/i18n/languages.ts', 'utf8'))[1].replaceAll("'", '"'),
);
const extraLanguages = shippedLanguages.filter((tag) => !EMBEDDED_LANGUAGES.has(tag));
/** The languages written right to left: their table says `dir: 'rtl'` (src/data/i18n.ts, Strings). */
const rtlLanguages = extraLanguages.filter((tag) => /^\s*dir: 'rtl',$/m.test(readFileSync(`src/i18n/${tag}.ts`, 'utf8')));

/**
 * dist/embed.html's language loader: the base language of its `?lang=` (pt-BR → pt, FR → fr), if
 * it is one of dist/lang/'s (an allow-list: any other value loads nothing), is loaded from lang/
 * beside the page; a right-to-left one makes the page right to left. Inline, so that English and
 * Spanish readers (no language script) make no extra request, and the embed itself gains no byte.
 * `import()`, not a script element: under Trusted Types a script's `src` needs a policy, a dynamic
 * import does not, so with its hash allowed (the build prints it) the loader runs under the
 * README's strict CSP too. A dist/lang/ script is strict-mode code in an IIFE: as a module it runs
 * the same.
 */
const embedLanguageLoader = () =>
  `{const l=(new URLSearchParams(location.search).get("lang")||"").toLowerCase().split("-")[0];` +
  `if(${JSON.stringify(extraLanguages)}.includes(l)){import(\`./lang/\${l}.js\`);` +
  `if(${JSON.stringify(rtlLanguages)}.includes(l))document.documentElement.dir="rtl"}}`;

/** dist/embed.html: the iframe page for CMSs that allow only iframes (query parameters → attributes). */
const embedPage = () => ({
  name: 'embed-page',
  generateBundle() {
    const loader = embedLanguageLoader();
    this.emitFile({
      type: 'asset',
      fileName: 'embed.html',
      source: `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<!-- Self-hosted, you may list the only origins ?src= may fetch from, space-separated, for example
     content="https://data.example.org https://cdn.example.org"; empty, any http(s) origin. -->
<meta name="policy-explainer:src-origins" content="">
<title>policy-explainer</title>
<script>${loader}</script>
</head>
<body>
<script src="policy-explainer.js" data-embed data-frame></script>
</body>
</html>
`,
    });
    const hash = createHash('sha256').update(loader).digest('base64');
    console.log(`embed.html: its language loader, for a strict CSP's script-src: 'sha256-${hash}'`);
  },
});

/**
 * The schema as the browser validator reads it: without what only schema readers use (the root's
 * $schema, $id, title and description, and the prose descriptions of properties).
 */
const compactSchema = () => ({
  name: 'compact-schema',
  transform(code, id) {
    if (!id.endsWith('/data/schema.json')) return null;
    const schema = JSON.parse(code);
    for (const key of ['$schema', '$id', 'title', 'description']) delete schema[key];
    JSON.stringify(schema, (key, value) => {
      // Property descriptions are prose for schema readers; the validator shows definitions'
      // descriptions, enums, and the one on "en" (what a language object lacks).
      if (key === 'properties') for (const [name, prop] of Object.entries(value)) if (name !== 'en') delete prop.description;
      return value;
    });
    return { code: JSON.stringify(schema), map: null };
  },
});

/**
 * Lit's template minifier squeezes css``, html`` and svg`` literals (html-minifier-next,
 * lightningcss) and returns a source map, so errors in the embed point at the right src/ line
 * (test/node/embed-sourcemap.test.mjs). Options, each for something this code base does:
 * - keepClosingSlash: svg`` fragments (the matrix's icons) are parsed as HTML, where `<circle/>`
 *   would lose its slash and swallow the next shape;
 * - conservativeCollapse: a template such as `<span> (${date})</span>` stands alone, so the
 *   minifier cannot see that its leading space separates it from the text before it; runs of
 *   white space become one space, never none.
 * - literalStrategy (below): expressions inside CSS values, and css`` fragments that are a list
 *   of declarations (the theme's token sets), which lightningcss cannot parse as they are.
 */
const literalStrategy = {
  ...defaultStrategy,
  // A fragment of declarations is minified as the body of a rule.
  minifyCSS(css, options) {
    // An expression inside a value (`font: 400 ${size} var(--_font)`) becomes an identifier that
    // lightningcss can parse; one where a declaration starts (`${tokens}`) stays an at-rule.
    let marked = '';
    for (const [i, part] of css.split(/(@TEMPLATE_EXPRESSION_*\(\);)/).entries())
      marked += i % 2 === 0 || /(^|[{};])\s*$/.test(marked) ? part : part.replace(/^@(\w+)\(\);$/, '__$1__');
    try {
      return defaultStrategy.minifyCSS(marked, options);
    } catch (e) {
      const rule = defaultStrategy.minifyCSS(`:host{${marked}}`, options);
      if (!rule.startsWith(':host{') || !rule.endsWith('}')) throw e;
      // Keep the last declaration's ";": the fragment is followed by more declarations.
      return `${rule.slice(':host{'.length, -1)};`;
    }
  },
};

// ---- The small core and its on-demand modules (issue 21) ---------------------------------------
// The embed carries what the first render of the bundled story needs, in English; everything else
// is an ES module beside it, in dist/modules/ (and dist/lang/), imported when first needed. The
// embed build swaps src/modules/index.ts for index.embed.ts, which imports them from there.

/** The embed's side of the split: the English-only story, index.embed.ts, and the list of story languages. */
const embedCore = () => ({
  name: 'embed-core',
  async resolveId(source, importer, options) {
    if (source === 'virtual:story-languages') return '\0story-languages';
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    if (resolved && /[\\/]src[\\/]modules[\\/]index\.ts$/.test(resolved.id)) return resolved.id.replace(/index\.ts$/, 'index.embed.ts');
    return null;
  },
  load: (id) => (id === '\0story-languages' ? `export const STORY_LANGUAGES = ${JSON.stringify(storyLanguages)};` : null),
  transform(code, id) {
    if (!id.endsWith(`/${STORY}`)) return null;
    return { code: JSON.stringify(storyParts().story), map: null };
  },
});

/**
 * The modules' side: Lit's template tags without a second Lit (src/modules/lit-shim.ts), the core's
 * language registry (src/modules/i18n-bridge.ts), and each story language's text as a module. A
 * module that pulled in the core's loader or Lit itself would fail the build.
 */
const moduleSide = () => ({
  name: 'module-side',
  async resolveId(source, importer, options) {
    if (source.startsWith('\0story:')) return source;
    if (source === 'lit' || source === 'lit/directives/if-defined.js')
      return fileURLToPath(new URL('./src/modules/lit-shim.ts', import.meta.url));
    if (source === 'entities/decode') return fileURLToPath(new URL('./src/modules/entities-shim.ts', import.meta.url));
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    if (!resolved) return null;
    if (/[\\/]src[\\/]data[\\/]i18n\.ts$/.test(resolved.id)) return fileURLToPath(new URL('./src/modules/i18n-bridge.ts', import.meta.url));
    if (
      /[\\/]src[\\/](modules[\\/]index|data[\\/]load|shared[\\/]data-element)\.ts$|node_modules[\\/](lit|lit-html|@lit)[\\/]/.test(
        resolved.id,
      )
    )
      this.error(`an on-demand module imports ${resolved.id} (from ${importer}): it belongs to the core`);
    return null;
  },
  load: (id) =>
    id.startsWith('\0story:') ? `export const texts = ${JSON.stringify(storyParts().texts[id.slice('\0story:'.length)])};` : null,
});

const minified = (comments = false) => [
  esbuild({ target, legalComments: 'none', tsconfig: 'tsconfig.json' }),
  minifyLiterals({
    include: ['src/**/*.ts'],
    failOnError: true,
    options: { strategy: literalStrategy, minifyOptions: { keepClosingSlash: true, conservativeCollapse: true } },
  }),
  terser({
    ecma: 2020,
    toplevel: true,
    compress: { passes: 3, pure_getters: true, unsafe_arrows: true, unsafe_methods: true },
    format: { comments },
  }),
];

/** dist/modules/: ES modules beside the embed; shared code between them goes into a chunk of its own. */
const modules = {
  input: {
    validate: 'src/data/validate.ts',
    csv: 'src/data/csv.ts',
    print: 'src/modules/print.ts',
    details: 'src/modules/details.ts',
    live: 'src/modules/live.ts',
    ...Object.fromEntries([...storyLanguages, 'details'].map((part) => [`story-${part}`, `\0story:${part}`])),
  },
  output: { dir: 'dist/modules', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'shared-[name].js', sourcemap: true },
  preserveEntrySignatures: 'strict',
  // jsonc-parser's modules set up their enums at the top level, which Rollup keeps for their side
  // effects: live.js imports from-timelinejs.ts, whose JSON reader it never calls (a sheet is CSV),
  // so without this it carries 1.3 KB of a parser it cannot reach. They have no other side effect.
  treeshake: { moduleSideEffects: (id) => !/[\\/]node_modules[\\/]jsonc-parser[\\/]/.test(id) },
  plugins: [moduleSide(), nodeResolve(), compactSchema(), json({ preferConst: true, compact: true }), ...minified(), reportSize()],
};

/**
 * V8's explicit compile hint: every function of the core runs for the first render, so V8 compiles
 * them all up front, on its script-streaming thread, instead of one by one on the main thread as
 * each is first called (bench/RESULTS.md: main-thread CPU and longest task).
 */
const COMPILE_HINT = '# allFunctionsCalledOnLoad';

const embed = {
  input: 'src/embed.ts',
  output: {
    dir: 'dist',
    entryFileNames: 'policy-explainer.js',
    format: 'iife',
    sourcemap: true,
    banner: `//${COMPILE_HINT}`,
  },
  plugins: [
    embedCore(),
    nodeResolve(),
    compactSchema(),
    json({ preferConst: true, compact: true }),
    // The minifier keeps that one comment (a pattern: its options go to worker threads, functions would not).
    ...minified(new RegExp(`^${COMPILE_HINT}$`)),
    reportSize(),
    embedPage(),
  ],
};

const esm = {
  input: {
    index: 'src/index.ts',
    'timeline/define': 'src/timeline/define.ts',
    'matrix/define': 'src/matrix/define.ts',
    'explainer/define': 'src/explainer/define.ts',
    define: 'src/define.ts',
  },
  external: [/^lit/, /^@lit\//, /^d3-/],
  output: { dir: 'dist/esm', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
  plugins: [nodeResolve(), json({ preferConst: true, compact: true }), esbuild({ target, tsconfig: 'tsconfig.json' })],
};

// ---- The language scripts and modules (the list: extraLanguages, above) --------------------------
const abs = (path) => JSON.stringify(fileURLToPath(new URL(path, import.meta.url)));
/** The classic script's entry, made up: import the strings, register them. */
const languageEntry = (tag) => ({
  name: 'language-entry',
  resolveId: (id) => (id === `\0lang:${tag}` ? id : null),
  load: (id) =>
    id === `\0lang:${tag}`
      ? `import pack from ${abs(`./src/i18n/${tag}.ts`)};\nimport { registerLanguage } from ${abs('./src/shared/lang-script.ts')};\nregisterLanguage(${JSON.stringify(tag)}, pack);`
      : null,
});
const languageSize = () => ({
  name: 'language-size',
  generateBundle(_options, bundle) {
    for (const file of Object.values(bundle))
      if (file.type === 'chunk')
        console.log(`lang/${file.fileName}: ${file.code.length} bytes, ${gzipSync(Buffer.from(file.code), { level: 9 }).length} gzip`);
  },
});
const languageScripts = extraLanguages.map((tag) => ({
  input: `\0lang:${tag}`,
  output: { dir: 'dist/lang', entryFileNames: `${tag}.js`, format: 'iife', sourcemap: true },
  plugins: [
    languageEntry(tag),
    esbuild({ target, legalComments: 'none', tsconfig: 'tsconfig.json' }),
    terser({ ecma: 2020, toplevel: true, compress: { passes: 2 }, format: { comments: false } }),
    languageSize(),
  ],
}));
const languageModules = {
  input: Object.fromEntries(extraLanguages.map((tag) => [`i18n/${tag}`, `src/i18n/${tag}.ts`])),
  output: { dir: 'dist/esm', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
  plugins: [esbuild({ target, tsconfig: 'tsconfig.json' })],
};

export default (args) => {
  // `--config-embed-only` skips the npm build, for quick dev loops; `--config-languages-only` builds only dist/lang.
  if (args['config-embed-only']) return [embed, modules];
  if (args['config-languages-only']) return languageScripts;
  return [embed, modules, esm, ...languageScripts, languageModules];
};
