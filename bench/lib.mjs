// Shared pieces of the benchmarks: paths, the build check, a static server, the browser, statistics
// and table formatting. Nothing here fails on wall-clock time: benchmarks print numbers.
import { createServer } from 'node:http';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import { findBrowser, installHint } from '../scripts/find-browser.mjs';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BUNDLE = join(ROOT, 'dist/policy-explainer.js');
export const ESM = join(ROOT, 'dist/esm');
export const DATASET = join(ROOT, 'data/chicago-welcoming-city.json');
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

// ---------------------------------------------------------------------------------------------
// Build freshness

/** Newest mtime (ms) of the files below `dir` (recursively), or of a single file. */
export function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** What the builds are made from: if any of it is newer than an output, the output is stale. */
const buildInputs = () =>
  Math.max(
    newestMtime(join(ROOT, 'src')),
    newestMtime(join(ROOT, 'data/chicago-welcoming-city.json')),
    newestMtime(join(ROOT, 'data/schema.json')),
    newestMtime(join(ROOT, 'rollup.config.mjs')),
    // The template minifier's version (and every other build tool's).
    newestMtime(join(ROOT, 'package-lock.json')),
  );

export const bundleIsStale = () => !existsSync(BUNDLE) || statSync(BUNDLE).mtimeMs < buildInputs();
const ESM_FILES = ['timeline/layout.js', 'matrix/model.js', 'data/validate.js'];
export const esmIsStale = () => {
  const oldest = Math.min(...ESM_FILES.map((f) => (existsSync(join(ESM, f)) ? statSync(join(ESM, f)).mtimeMs : 0)));
  return oldest < buildInputs();
};

function sh(cmd, args, label) {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  if (r.status !== 0) {
    process.stderr.write(
      `${label} failed (exit ${r.status}) after ${seconds} s:\n${(r.stdout ?? '').slice(-2000)}${(r.stderr ?? '').slice(-2000)}\n`,
    );
    return false;
  }
  log(`${label}: done in ${seconds} s`);
  return true;
}

/**
 * Makes sure dist/policy-explainer.js (and, when `esm` is set, dist/esm/) are built from the current
 * sources. Returns notes about what was done, for the report.
 */
export function ensureBuilt({ esm = false } = {}) {
  const notes = [];
  if (process.env.PE_BUNDLE) return [`The bundle measured is ${process.env.PE_BUNDLE} (PE_BUNDLE), not dist/policy-explainer.js.`];
  const needEsm = esm && esmIsStale();
  if (needEsm) {
    log('dist/esm is missing or older than src/: running `npm run build` …');
    if (!sh('npm', ['run', 'build', '--silent'], 'npm run build')) {
      // tsc may fail on someone's work in progress; rollup's JavaScript output is what we import.
      if (esmIsStale()) throw new Error('`npm run build` failed and dist/esm is still stale; fix the build first.');
      notes.push('`npm run build` reported an error (see stderr); its rollup output was used.');
    } else notes.push('Built with `npm run build` (sources were newer than dist/).');
  }
  if (bundleIsStale()) {
    log('dist/policy-explainer.js is missing or older than src/: running `npx rollup -c --config-embed-only` …');
    if (!sh('npx', ['rollup', '-c', '--config-embed-only'], 'rollup (embed only)') || !existsSync(BUNDLE)) {
      throw new Error('Could not build dist/policy-explainer.js.');
    }
    notes.push('Built dist/policy-explainer.js with `npx rollup -c --config-embed-only`.');
  }
  return notes;
}

// ---------------------------------------------------------------------------------------------
// Static server: no caching, gzip like a CDN would, and a hook for generated pages.

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg', '.ttf', '.eot']);

/**
 * Serves the repository root on 127.0.0.1 (a free port). Every response is `Cache-Control: no-store`;
 * text is gzip-compressed (level 6, as CDNs do) when the browser accepts it, compressed once and kept
 * in memory so that compression time never lands in a measurement. `routes` maps a path to a function
 * returning { body, type } for generated pages. With PE_BUNDLE=file in the environment, that file is
 * served as /dist/policy-explainer.js (and ensureBuilt() leaves dist/ alone).
 */
export function startServer(routes = {}) {
  const cache = new Map();
  // PE_BUNDLE=path serves another build as /dist/policy-explainer.js (to compare builds).
  const override = process.env.PE_BUNDLE ? normalize(process.env.PE_BUNDLE) : undefined;
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let body;
    let type;
    if (routes[path]) ({ body, type } = routes[path]());
    else {
      let file = override && path === '/dist/policy-explainer.js' ? override : normalize(join(ROOT, path));
      if ((file !== override && !file.startsWith(ROOT)) || file.split(sep).includes('.git')) {
        res.writeHead(403);
        return res.end('Forbidden');
      }
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) {
        res.writeHead(404, { 'content-type': 'text/plain', 'cache-control': 'no-store' });
        return res.end('Not found');
      }
      const key = `${file}:${statSync(file).mtimeMs}`;
      if (!cache.has(key)) cache.set(key, { raw: readFileSync(file), ext: extname(file) });
      const entry = cache.get(key);
      body = entry.raw;
      type = TYPES[entry.ext] ?? 'application/octet-stream';
      if (COMPRESSIBLE.has(entry.ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        entry.gz ??= gzipSync(entry.raw, { level: 6 });
        res.writeHead(200, {
          'content-type': type,
          'content-encoding': 'gzip',
          'content-length': entry.gz.length,
          'cache-control': 'no-store',
          vary: 'accept-encoding',
        });
        return res.end(entry.gz);
      }
    }
    const buf = Buffer.isBuffer(body) ? body : Buffer.from(body);
    const gz = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && !Buffer.isBuffer(body);
    const out = gz ? gzipSync(buf, { level: 6 }) : buf;
    res.writeHead(200, {
      'content-type': type,
      'content-length': out.length,
      'cache-control': 'no-store',
      ...(gz ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    res.end(out);
  });
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ origin: `http://127.0.0.1:${port}`, port, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Browser

export function chromePath() {
  const path = findBrowser('chromium');
  if (!path) throw new Error(`No Chromium found. Install it with:\n  ${installHint.chromium}`);
  return path;
}

/** Headless Chromium via puppeteer-core. Requests to hosts other than 127.0.0.1 fail fast (offline machine). */
export async function launchChromium(extraArgs = []) {
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({
    executablePath: chromePath(),
    headless: true,
    args: [...CHROME_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1', ...extraArgs],
  });
}

/** A new tab at 1280×900 for a bench page; `errors` collects the page's uncaught errors for the report. */
export async function benchTab(browser) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setViewport({ width: 1280, height: 900, deviceScaleFactor: 1 });
  return { page, errors };
}

/** Loads a bench page (bench/pages/*.html) and hands it `data` (if any) as `window.bench.datasets.current`. */
export async function loadBenchPage(page, url, data) {
  await page.goto(url, { waitUntil: 'load' });
  if (data) await page.evaluate((d) => (window.bench.datasets.current = d), data);
}

export function chromiumVersion() {
  try {
    const r = spawnSync(chromePath(), ['--version'], { encoding: 'utf8' });
    return (r.stdout || '').trim() || 'unknown';
  } catch {
    return 'not found';
  }
}

// ---------------------------------------------------------------------------------------------
// Numbers

export const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const min = (xs) => Math.min(...xs.filter((x) => Number.isFinite(x)));
export const max = (xs) => Math.max(...xs.filter((x) => Number.isFinite(x)));

/** ms with sensible precision. */
export const ms = (x) =>
  !Number.isFinite(x)
    ? '—'
    : x < 1
      ? `${x.toFixed(2)} ms`
      : x < 10
        ? `${x.toFixed(1)} ms`
        : x < 10000
          ? `${Math.round(x)} ms`
          : `${(x / 1000).toFixed(1)} s`;
export const bytes = (n) => (!Number.isFinite(n) ? '—' : n.toLocaleString('en-US'));
export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
export const pct = (x) => `${(x * 100).toFixed(1)} %`;

/** A plain-text table (for the console) and the same as a Markdown table (for RESULTS.md). */
export function table(head, rows, align = []) {
  const cells = [head, ...rows].map((r) => r.map((c) => String(c ?? '')));
  const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const pad = (s, i) => (align[i] === 'r' ? s.padStart(widths[i]) : s.padEnd(widths[i]));
  const text = [
    cells[0].map(pad).join('  '),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...cells.slice(1).map((r) => r.map(pad).join('  ')),
  ].join('\n');
  const esc = (s) => s.replace(/\|/g, '\\|');
  const md = [
    `| ${cells[0].map(esc).join(' | ')} |`,
    `| ${head.map((_, i) => (align[i] === 'r' ? '---:' : '---')).join(' | ')} |`,
    ...cells.slice(1).map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
  return { text, md };
}

/** Progress goes to stderr, so stdout holds only the report. */
export function log(...args) {
  process.stderr.write(`  · ${args.join(' ')}\n`);
}

export function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: chromiumVersion(),
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  };
}

export const rel = (p) => relative(ROOT, p);

// ---------------------------------------------------------------------------------------------
// Main-thread CPU from a Chromium trace. On a machine other processes share, wall-clock times
// swing with the load; the CPU time the page's main thread spends (trace "thread time") does not
// include the time it waited for a core, so it compares builds and pages far more steadily.

export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute'];

/**
 * The renderer main thread that parsed `pathname` (the page's own process, not the browser's or
 * a previous page's), its complete events, and the User Timing marks the page made, by name.
 */
export function mainThread(traceBuffer, pathname) {
  const { traceEvents } = JSON.parse(Buffer.from(traceBuffer).toString('utf8'));
  const parse = traceEvents.find(
    (e) => e.name === 'ParseHTML' && (e.args?.beginData?.url ?? '').replace(/^https?:\/\/[^/]+/, '').split(/[?#]/)[0] === pathname,
  );
  if (!parse) throw new Error(`no ParseHTML of ${pathname} in the trace`);
  const events = traceEvents.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X');
  const marks = new Map();
  for (const e of traceEvents)
    if (e.pid === parse.pid && e.cat?.includes('blink.user_timing') && (e.ph === 'R' || e.ph === 'I' || e.ph === 'n' || e.ph === 'b'))
      if (!marks.has(e.name)) marks.set(e.name, e.ts);
  return { events, marks, start: parse.ts };
}

/** Top-level tasks of a main thread between two trace timestamps (µs): their CPU and wall ms. */
export function tasksBetween(events, from, to) {
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ts >= from && e.ts <= to);
  const cpu = (e) => (e.tdur ?? e.dur) / 1000;
  return {
    cpu: tasks.reduce((s, e) => s + cpu(e), 0),
    wall: tasks.reduce((s, e) => s + e.dur / 1000, 0),
    longest: Math.max(0, ...tasks.map(cpu)),
    long: tasks.filter((e) => e.dur / 1000 > 50).length,
    count: tasks.length,
  };
}
