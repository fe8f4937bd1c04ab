// The size budget CI enforces: the critical path, every script byte a reader fetches before the
// bundled explainer shows (dist/policy-explainer.js alone, in English), in gzip -9 bytes against a
// budget, and how they split between the code (Lit, d3-time, the elements, the styles) and the
// bundled dataset; then, for information, the critical path in the other story language and each
// on-demand module (dist/modules/, dist/lang/) with what it imports.
//   node scripts/check-size.mjs [--budget N] [file]
// Prints the figures; exits 1 when over budget, 2 when the file is missing (build it first:
// `npm run build`). `npm run bench` explains what each part of the bundle costs.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Bytes of gzip -9 the critical path may weigh, the bundled story included (DESIGN.md: 30 KiB). */
const BUDGET = 30720;

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
let budget = BUDGET;
let file = join(root, 'dist/policy-explainer.js');
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--budget' || a.startsWith('--budget=')) {
    const value = a.includes('=') ? a.slice('--budget='.length) : args[++i];
    budget = Number(value);
    if (!Number.isInteger(budget) || budget <= 0) {
      console.error(`--budget needs a positive whole number of bytes (got ${JSON.stringify(value)})`);
      process.exit(2);
    }
  } else if (a === '--help' || a === '-h') {
    console.log(
      `Usage: node scripts/check-size.mjs [--budget BYTES] [file]   (default budget ${BUDGET} B gzip -9, file dist/policy-explainer.js)`,
    );
    process.exit(0);
  } else file = a;
}

if (!existsSync(file)) {
  console.error(`${file} does not exist: build it first with \`npm run build\` (or \`npx rollup -c --config-embed-only\`).`);
  process.exit(2);
}

const newest = (dir) => {
  if (!existsSync(dir)) return 0;
  const st = statSync(dir);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...readdirSync(dir).map((n) => newest(join(dir, n))));
};
if (
  file === join(root, 'dist/policy-explainer.js') &&
  statSync(file).mtimeMs < Math.max(newest(join(root, 'src')), newest(join(root, 'data')))
) {
  console.warn('warning: dist/policy-explainer.js is older than src/ or data/; the figure below may be stale (run `npm run build`).');
}

/**
 * Where the bundled dataset sits in the bundle: the object literal (or JSON string) that starts
 * with its `$schema` key, up to its matching closing brace. Undefined when it cannot be found.
 */
function datasetRange(text) {
  const key = text.search(/["']?\$schema["']?\s*:\s*["']\.\/schema\.json["']/);
  if (key < 0) return undefined;
  const start = text.lastIndexOf('{', key);
  if (start < 0) return undefined;
  let depth = 0;
  let quote = '';
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '{' || c === '[') depth++;
    else if ((c === '}' || c === ']') && --depth === 0) return { start, end: i + 1 };
  }
  return undefined;
}

const gz = (b) => gzipSync(b, { level: 9 }).length;
const raw = readFileSync(file);
const gzip = gz(raw);
const brotli = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const margin = budget - gzip;
const name = file.startsWith(root) ? file.slice(root.length) : file;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`${name}: ${raw.length} B raw, ${gzip} B gzip -9 (${kb(gzip)}), ${brotli} B brotli`);
// The dataset's share: what the bundle would lose without it (an empty object in its place).
const text = raw.toString('utf8');
const range = datasetRange(text);
if (range) {
  const code = gz(Buffer.from(text.slice(0, range.start) + '{}' + text.slice(range.end)));
  console.log(
    `of which: code ${code} B + bundled dataset ${gzip - code} B (gzip -9; the dataset's share is what the bundle would lose without it)`,
  );
}
// What loads from beside the script, when first needed (README, "What loads when").
const modulesDir = join(root, 'dist/modules');
const langDir = join(root, 'dist/lang');
if (file === join(root, 'dist/policy-explainer.js') && existsSync(modulesDir)) {
  const size = (path) => gz(readFileSync(path));
  /** A module's bytes with the modules it imports (its shared chunks), each counted once. */
  const withImports = (f, seen = new Set()) => {
    if (seen.has(f)) return 0;
    seen.add(f);
    const code = readFileSync(join(modulesDir, f), 'utf8');
    return (
      size(join(modulesDir, f)) + [...code.matchAll(/from\s*["']\.\/([\w.-]+\.js)["']/g)].reduce((n, m) => n + withImports(m[1], seen), 0)
    );
  };
  const entries = readdirSync(modulesDir).filter((f) => f.endsWith('.js') && !f.startsWith('shared-'));
  console.log(`critical path (English, the bundled story): dist/policy-explainer.js alone, ${gzip} B`);
  for (const story of entries.filter((f) => /^story-(?!details)/.test(f))) {
    const tag = story.slice('story-'.length, -3);
    const parts = [`lang/${tag}.js`, `modules/${story}`, 'modules/story-details.js'];
    const total = gzip + parts.reduce((n, p) => n + (existsSync(join(root, 'dist', p)) ? size(join(root, 'dist', p)) : 0), 0);
    console.log(`critical path (${tag}, the bundled story): + ${parts.join(' + ')} = ${total} B (not budgeted)`);
  }
  console.log(
    `on demand, dist/modules/ (with what each imports): ${entries.map((f) => `${f} ${withImports(f)} B`).join(', ')}; dist/lang/: ${readdirSync(
      langDir,
    )
      .filter((f) => f.endsWith('.js'))
      .map((f) => `${f} ${size(join(langDir, f))} B`)
      .join(', ')} (gzip -9)`,
  );
}
if (margin >= 0) {
  console.log(`size budget: OK — ${gzip} B of ${budget} B gzip, ${margin} B to spare`);
} else {
  console.log(`size budget: OVER by ${-margin} B — ${gzip} B of ${budget} B gzip. See \`npm run bench\` for what each part costs.`);
  process.exit(1);
}
