// The size budget CI enforces: gzip -9 bytes of the one-script bundle against a budget.
//   node scripts/check-size.mjs [--budget N] [file]
// Prints the figure; exits 1 when over budget, 2 when the file is missing (build it first:
// `npm run build`). `npm run bench` explains what each part of the bundle costs.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Bytes of gzip -9 that dist/policy-explainer.js may weigh, with everything inside (DESIGN.md: 30 KB). */
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
      'Usage: node scripts/check-size.mjs [--budget BYTES] [file]   (default budget 30720 B gzip -9, file dist/policy-explainer.js)',
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

const raw = readFileSync(file);
const gzip = gzipSync(raw, { level: 9 }).length;
const brotli = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const margin = budget - gzip;
const name = file.startsWith(root) ? file.slice(root.length) : file;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`${name}: ${raw.length} B raw, ${gzip} B gzip -9 (${kb(gzip)}), ${brotli} B brotli`);
// The per-language scripts a page adds beside the embed (README, Languages): informational, not budgeted.
const langDir = join(root, 'dist/lang');
if (file === join(root, 'dist/policy-explainer.js') && existsSync(langDir)) {
  const langs = readdirSync(langDir).filter((f) => f.endsWith('.js'));
  if (langs.length)
    console.log(
      `dist/lang/: ${langs.map((f) => `${f} ${gzipSync(readFileSync(join(langDir, f)), { level: 9 }).length} B`).join(', ')} gzip -9`,
    );
}
if (margin >= 0) {
  console.log(`size budget: OK — ${gzip} B of ${budget} B gzip, ${margin} B to spare`);
} else {
  console.log(`size budget: OVER by ${-margin} B — ${gzip} B of ${budget} B gzip. See \`npm run bench\` for what each part costs.`);
  process.exit(1);
}
