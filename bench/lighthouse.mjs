// Lighthouse (the pinned 12.2.3 from node_modules) on the demo article, served from this machine:
// performance, accessibility and best-practices scores, CLS and total blocking time.
//   node bench/lighthouse.mjs [--desktop]
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, chromePath, ensureBuilt, log, ms, startServer, table } from './lib.mjs';

// TESTING-NOTES.md: Lighthouse 12.2.3 runs on this machine with these Chromium flags.
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run';

function lighthouseCli(url, outPath, { desktop = false } = {}) {
  const args = [
    join(ROOT, 'node_modules/lighthouse/cli/index.js'),
    url,
    '--quiet',
    '--output=json',
    `--output-path=${outPath}`,
    '--only-categories=performance,accessibility,best-practices',
    `--chrome-flags=${CHROME_FLAGS}`,
    '--max-wait-for-load=60000',
    ...(desktop ? ['--preset=desktop'] : []),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, CHROME_PATH: chromePath() },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stdout.on('data', () => {});
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`lighthouse exited with ${code}: ${err.trim().split('\n').slice(-5).join(' | ')}`)),
    );
  });
}

export async function run({ desktop = false, skipBuild = false } = {}) {
  const notes = skipBuild ? [] : ensureBuilt();
  const server = await startServer();
  const dir = mkdtempSync(join(tmpdir(), 'pe-lighthouse-'));
  const url = `${server.origin}/demo/index.html`;
  let lhr;
  try {
    log(`lighthouse: ${url} (${desktop ? 'desktop' : 'mobile'} preset) …`);
    const t0 = performance.now();
    await lighthouseCli(url, join(dir, 'report.json'), { desktop });
    log(`lighthouse: done in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    lhr = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const score = (id) => (lhr.categories[id]?.score == null ? '—' : String(Math.round(lhr.categories[id].score * 100)));
  const audit = (id) => lhr.audits[id];
  const cls = audit('cumulative-layout-shift')?.numericValue;
  const tbt = audit('total-blocking-time')?.numericValue;
  const tbl = table(
    ['performance', 'accessibility', 'best practices', 'CLS', 'total blocking time', 'FCP', 'LCP', 'speed index'],
    [
      [
        score('performance'),
        score('accessibility'),
        score('best-practices'),
        cls == null ? '—' : cls.toFixed(3),
        ms(tbt),
        ms(audit('first-contentful-paint')?.numericValue),
        ms(audit('largest-contentful-paint')?.numericValue),
        ms(audit('speed-index')?.numericValue),
      ],
    ],
    ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
  );
  // Everything Lighthouse did not pass in the three categories, so a score below 100 has its reasons next to it.
  const failing = [];
  for (const id of ['performance', 'accessibility', 'best-practices']) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const a = lhr.audits[ref.id];
      if (!a || a.scoreDisplayMode === 'notApplicable' || a.scoreDisplayMode === 'informative' || a.scoreDisplayMode === 'manual') continue;
      if (a.score !== null && a.score < 0.9 && ref.weight > 0)
        failing.push(`${id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`);
    }
  }
  const settings = lhr.configSettings;
  const method = [
    `Lighthouse ${lhr.lighthouseVersion} (node_modules/lighthouse CLI), ${settings.formFactor} form factor, ${settings.throttlingMethod} throttling${settings.throttlingMethod === 'simulate' ? ` (RTT ${settings.throttling.rttMs} ms, ${Math.round(settings.throttling.throughputKbps)} Kbps, CPU ×${settings.throttling.cpuSlowdownMultiplier})` : ''}; ${lhr.environment?.hostUserAgent?.match(/Chrome\/[\d.]+/)?.[0] ?? ''} with ${CHROME_FLAGS}; page ${new URL(url).pathname} served by the bench's local server (gzip, no-store). One run: Lighthouse scores vary by a few points between runs.`,
    ...(lhr.runWarnings ?? []).map((w) => `Lighthouse warning: ${w}`),
    ...notes,
  ];
  const text = [
    tbl.text,
    ...(failing.length ? ['Audits below 90:', ...failing.map((f) => `  - ${f}`)] : ['Every weighted audit scored 90 or more.']),
    ...method.map((m) => `- ${m}`),
  ].join('\n');
  const md = [
    tbl.md,
    '',
    ...(failing.length ? ['Audits below 90:', '', ...failing.map((f) => `- ${f}`)] : ['Every weighted audit scored 90 or more.']),
    '',
    ...method.map((m) => `- ${m}`),
  ].join('\n');
  return {
    text,
    md,
    data: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      cls,
      tbt,
      failing,
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await run({ desktop: process.argv.includes('--desktop') });
  console.log(r.text);
}
