// Lighthouse (the pinned 12.2.3 from node_modules) on the demo article, served from this machine,
// and on the same article with TimelineJS3 in place of the explainer, side by side: performance,
// accessibility, best-practices and SEO scores, CLS and total blocking time. Lighthouse scores vary
// from run to run (more so on a machine other processes share): the pages alternate over several
// runs and the medians are printed with their ranges.
//   node bench/lighthouse.mjs [--runs N] [--desktop]
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, chromePath, ensureBuilt, log, max, median, min, ms, startServer, table } from './lib.mjs';
import { timelineJsData } from './speed.mjs';

// TESTING-NOTES.md: Lighthouse 12.2.3 runs on this machine with these Chromium flags.
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const TIMELINEJS = '/node_modules/@knight-lab/timelinejs/dist';

function lighthouseCli(url, outPath, { desktop = false } = {}) {
  const args = [
    join(ROOT, 'node_modules/lighthouse/cli/index.js'),
    url,
    '--quiet',
    '--output=json',
    `--output-path=${outPath}`,
    `--only-categories=${CATEGORIES.join(',')}`,
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

/**
 * The demo article with TimelineJS3 (the six milestones, as bench/speed.mjs builds them) in place
 * of the explainer, embedded as TimelineJS's docs say (its CSS and script in the head, a sized
 * div, one constructor call). TimelineJS has no stance matrix, and the demo's Spanish timeline and
 * matrix-only figures are left out, so this page carries one graphic where the demo carries three.
 */
export function timelineJsArticle() {
  const demo = readFileSync(join(ROOT, 'demo/index.html'), 'utf8');
  const data = JSON.stringify(timelineJsData()).replace(/</g, '\\u003c');
  const page = demo
    .replace(
      /<script src="\.\.\/dist\/policy-explainer\.js"[^>]*><\/script>/,
      `<link rel="stylesheet" href="${TIMELINEJS}/css/timeline.css" />\n    <script src="${TIMELINEJS}/js/timeline.js"></script>`,
    )
    .replace(
      /<figure class="graphic wide">[\s\S]*?<\/figure>/,
      `<figure class="graphic wide">
          <div id="timeline-embed" style="width: 100%; height: 600px"></div>
          <script>
            window.timeline = new TL.Timeline('timeline-embed', ${data}, { font: null, language: 'en' });
          </script>
        </figure>`,
    )
    .replace(/<section class="dark" lang="es"[\s\S]*?<\/section>/, '')
    .replace(/<p>\s*Only the matrix[\s\S]*?<\/figure>/, '')
    .replace(/href="\.\//g, 'href="/demo/')
    .replace(/href="\.\.\//g, 'href="/');
  if (page.includes('policy-explainer.js') || !page.includes('TL.Timeline') || page.includes('<stance-matrix'))
    throw new Error('demo/index.html changed shape: update timelineJsArticle() in bench/lighthouse.mjs');
  return page;
}

async function once(url, dir, desktop) {
  const out = join(dir, `report-${Math.random().toString(36).slice(2)}.json`);
  await lighthouseCli(url, out, { desktop });
  const lhr = JSON.parse(readFileSync(out, 'utf8'));
  const score = (id) => (lhr.categories[id]?.score == null ? NaN : Math.round(lhr.categories[id].score * 100));
  const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
  // Everything Lighthouse did not pass, so a score below 100 has its reasons next to it.
  const failing = [];
  for (const id of CATEGORIES) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const a = lhr.audits[ref.id];
      if (!a || ['notApplicable', 'informative', 'manual'].includes(a.scoreDisplayMode)) continue;
      if (a.score !== null && a.score < (id === 'performance' ? 0.9 : 1) && ref.weight > 0)
        failing.push({ key: `${id}: ${a.title}`, value: a.displayValue });
    }
  }
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])),
    cls: audit('cumulative-layout-shift'),
    tbt: audit('total-blocking-time'),
    // Main-thread tasks over 50 ms as Lighthouse simulates them (its CPU ×4): issue 21 wants none.
    longTasks: (lhr.audits['long-tasks']?.details?.items ?? []).map((t) => t.duration),
    // Those Lighthouse attributes to a script (ours, or TimelineJS3's), not to the page's own
    // parsing and layout ("Unattributable", or the page's URL), which the no-script page has too.
    scriptTasks: (lhr.audits['long-tasks']?.details?.items ?? []).filter((t) => /\.js(\?|#|$)/.test(t.url ?? '')).map((t) => t.duration),
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    si: audit('speed-index'),
    failing,
    lhr,
  };
}

export async function run({ desktop = false, skipBuild = false, quick = false, lighthouseRuns } = {}) {
  const notes = skipBuild ? [] : ensureBuilt();
  const runs = lighthouseRuns ?? (quick ? 1 : 3);
  const tlPage = timelineJsArticle();
  // The floor: the demo article as it is, without the script (its figures show their fallbacks).
  const demoHtml = readFileSync(join(ROOT, 'demo/index.html'), 'utf8');
  const bare = demoHtml.replace(/<script src="\.\.\/dist\/policy-explainer\.js" defer><\/script>/, '');
  if (bare === demoHtml) throw new Error('demo/index.html changed shape: update the no-script page in bench/lighthouse.mjs');
  const server = await startServer({
    '/bench/pages/lighthouse-timelinejs.html': () => ({ body: tlPage, type: 'text/html; charset=utf-8' }),
    '/demo/no-script.html': () => ({ body: bare, type: 'text/html; charset=utf-8' }),
  });
  const dir = mkdtempSync(join(tmpdir(), 'pe-lighthouse-'));
  const pages = {
    demo: { label: 'demo article (explainer, Spanish timeline, matrix)', path: '/demo/index.html' },
    timelinejs: { label: 'same article, TimelineJS3 in place of the explainer', path: '/bench/pages/lighthouse-timelinejs.html' },
    bare: { label: 'same article, no script (the floor)', path: '/demo/no-script.html' },
  };
  const results = { demo: [], timelinejs: [], bare: [] };
  try {
    for (let i = 0; i < runs; i++) {
      for (const [k, p] of Object.entries(pages)) {
        const t0 = performance.now();
        const r = await once(`${server.origin}${p.path}`, dir, desktop);
        results[k].push(r);
        log(
          `lighthouse ${k} run ${i + 1}/${runs} (${((performance.now() - t0) / 1000).toFixed(0)} s): ${CATEGORIES.map((c) => r.scores[c]).join(' / ')}, TBT ${ms(r.tbt)}, CLS ${r.cls.toFixed(3)}`,
        );
      }
    }
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const sum = {};
  for (const k of Object.keys(pages)) {
    const rs = results[k];
    const m = (f) => median(rs.map(f));
    const range = (f) => (rs.length > 1 ? ` (${min(rs.map(f))}–${max(rs.map(f))})` : '');
    const msRange = (f) => (rs.length > 1 ? ` (${ms(min(rs.map(f)))}–${ms(max(rs.map(f)))})` : '');
    sum[k] = {
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, m((r) => r.scores[c])])),
      row: [
        pages[k].label,
        `${m((r) => r.scores.performance)}${range((r) => r.scores.performance)}`,
        String(m((r) => r.scores.accessibility)),
        String(m((r) => r.scores['best-practices'])),
        String(m((r) => r.scores.seo)),
        m((r) => r.cls).toFixed(3),
        `${ms(m((r) => r.tbt))}${msRange((r) => r.tbt)}`,
        `${m((r) => r.longTasks.length)} (longest ${ms(m((r) => Math.max(0, ...r.longTasks)))})`,
        `${m((r) => r.scriptTasks.length)}${rs.length > 1 ? ` (${min(rs.map((r) => r.scriptTasks.length))}–${max(rs.map((r) => r.scriptTasks.length))})` : ''}${m((r) => r.scriptTasks.length) ? `, longest ${ms(m((r) => Math.max(0, ...r.scriptTasks)))}` : ''}`,
        ms(m((r) => r.fcp)),
        ms(m((r) => r.lcp)),
        ms(m((r) => r.si)),
      ],
      cls: m((r) => r.cls),
      tbt: m((r) => r.tbt),
      scriptTasks: m((r) => r.scriptTasks.length),
      scriptTasksRange: [min(rs.map((r) => r.scriptTasks.length)), max(rs.map((r) => r.scriptTasks.length))],
      tbtMin: min(rs.map((r) => r.tbt)),
      tbtMax: max(rs.map((r) => r.tbt)),
      perfMin: min(rs.map((r) => r.scores.performance)),
      perfMax: max(rs.map((r) => r.scores.performance)),
      // One line per audit, with the values of the runs where it did not pass.
      failing: [...new Set(rs.flatMap((r) => r.failing.map((f) => f.key)))].map((key) => {
        const values = rs.flatMap((r) => r.failing.filter((f) => f.key === key && f.value).map((f) => f.value));
        const runsFailed = rs.filter((r) => r.failing.some((f) => f.key === key)).length;
        return `${key}${values.length ? ` (${values.join(', ')})` : ''}${rs.length > 1 ? ` — in ${runsFailed} of ${rs.length} runs` : ''}`;
      }),
    };
  }
  const tbl = table(
    [
      'page',
      'performance',
      'accessibility',
      'best practices',
      'SEO',
      'CLS',
      'total blocking time',
      'tasks > 50 ms',
      'of them, a script\u2019s',
      'FCP',
      'LCP',
      'speed index',
    ],
    Object.keys(pages).map((k) => sum[k].row),
    ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
  );
  const failing = Object.keys(pages).flatMap((k) => sum[k].failing.map((f) => `${pages[k].label} — ${f}`));
  const lhr = results.demo[0].lhr;
  const settings = lhr.configSettings;
  const method = [
    `Lighthouse ${lhr.lighthouseVersion} (node_modules/lighthouse CLI), ${settings.formFactor} form factor, ${settings.throttlingMethod} throttling${settings.throttlingMethod === 'simulate' ? ` (RTT ${settings.throttling.rttMs} ms, ${Math.round(settings.throttling.throughputKbps)} Kbps, CPU ×${settings.throttling.cpuSlowdownMultiplier})` : ''}; ${lhr.environment?.hostUserAgent?.match(/Chrome\/[\d.]+/)?.[0] ?? ''} with ${CHROME_FLAGS}; pages served by the bench's local server (gzip, no-store).`,
    `${runs} run${runs > 1 ? 's' : ''} per page, alternating; medians (ranges in brackets). Simulated throttling multiplies the main-thread time observed on this machine by the CPU factor, so total blocking time follows the machine's load.`,
    '"tasks > 50 ms" is Lighthouse\u2019s long-tasks audit (simulated, CPU ×4): every task of the page, its own HTML parsing and first layout among them, which the no-script page has as well. "Of them, a script\u2019s" counts those it attributes to a script file (for the demo, dist/policy-explainer.js and its modules): issue 21 asks for none of ours.',
    'The TimelineJS3 page is demo/index.html with TimelineJS3 3.9.11 (its CSS and script from node_modules, font: null, the six milestones inline) in place of the explainer figure, and without the demo\u2019s Spanish timeline and matrix figures (TimelineJS3 has no matrix): one graphic against three.',
    ...[...new Set(Object.values(results).flatMap((rs) => rs.flatMap((r) => r.lhr.runWarnings ?? [])))].map(
      (w) => `Lighthouse warning: ${w}`,
    ),
    ...notes,
  ];
  const failText = failing.length
    ? ['Audits not passed (performance: below 90; other categories: below 100):', ...failing]
    : ['Every weighted audit passed.'];
  const text = [tbl.text, '', ...failText.map((f, i) => (i ? `  - ${f}` : f)), ...method.map((m) => `- ${m}`)].join('\n');
  const md = [tbl.md, '', failText[0], '', ...failText.slice(1).map((f) => `- ${f}`), '', ...method.map((m) => `- ${m}`)].join('\n');
  const d = sum.demo;
  return {
    text,
    md,
    data: {
      performance: d.scores.performance,
      accessibility: d.scores.accessibility,
      bestPractices: d.scores['best-practices'],
      seo: d.scores.seo,
      cls: d.cls,
      tbt: d.tbt,
      perfRange: [d.perfMin, d.perfMax],
      tbtRange: [d.tbtMin, d.tbtMax],
      scriptTasks: d.scriptTasks,
      scriptTasksRange: d.scriptTasksRange,
      timelinejs: { ...sum.timelinejs.scores, tbt: sum.timelinejs.tbt, cls: sum.timelinejs.cls },
      bare: { ...sum.bare.scores, tbt: sum.bare.tbt },
      failing,
      runs,
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--runs');
  const r = await run({ desktop: args.includes('--desktop'), lighthouseRuns: i >= 0 ? Number(args[i + 1]) : undefined });
  console.log(r.text);
}
