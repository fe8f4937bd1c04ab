// A against B: one page served by two checkouts (a baseline and a change), in alternating cold
// loads, so that the machine's load drifts over both alike. Prints, per side, the medians of
// main-thread CPU (CDP ThreadTime, as bench/cpu.mjs), of the page's longest top-level task and of
// the trace's Lighthouse-style blocking proxy (each task's CPU × 4 − 50 ms, summed: what simulated
// throttling would count), and how many tasks take over 12.5 ms (over 50 ms at 4×). A comparison,
// never a timed pass/fail: on a shared machine a side needs ~12 loads before its medians settle.
//
//   git worktree add ../baseline <commit> && (cd ../baseline && npm ci && npm run build)
//   (cd ../baseline && PORT=8124 node scripts/serve.mjs) &   # A: the baseline
//   PORT=8123 node scripts/serve.mjs &                         # B: this checkout, built
//   node bench/ab.mjs /demo/ [--a http://127.0.0.1:8124] [--b http://127.0.0.1:8123] [--runs 12] [--width 412]
//
// The decisions it informed are in bench/run.mjs (DECISIONS) and bench/RESULTS.md.
import { launchChromium, median } from './lib.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const path = process.argv.slice(2).find((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--')) ?? '/demo/';
const sides = { A: arg('a', 'http://127.0.0.1:8124'), B: arg('b', 'http://127.0.0.1:8123') };
const runs = Number(arg('runs', 12));
const width = Number(arg('width', 412));
/** Tasks this long after the document starts parsing count (the first render and idle-time modules, not the bench's own CDP calls). */
const WINDOW_MS = 1200;

async function load(browser, url) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width, height: width < 600 ? 823 : 900 });
    await page.setCacheEnabled(false);
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const threadTime = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value * 1000;
    const before = await threadTime();
    await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    await page.goto(url, { waitUntil: 'load', timeout: 60000 });
    await new Promise((r) => setTimeout(r, 1500));
    const cpu = (await threadTime()) - before;
    const { traceEvents } = JSON.parse(Buffer.from(await page.tracing.stop()).toString());
    const parse = traceEvents.find((e) => e.name === 'ParseHTML');
    const tasks = traceEvents
      .filter(
        (e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && e.name === 'RunTask' && e.ts < parse.ts + WINDOW_MS * 1000,
      )
      .map((e) => (e.tdur ?? e.dur) / 1000);
    return {
      cpu,
      longest: Math.max(...tasks),
      blocking: tasks.reduce((sum, t) => sum + Math.max(0, t * 4 - 50), 0),
      over: tasks.filter((t) => t > 12.5).length,
    };
  } finally {
    await context.close();
  }
}

const browser = await launchChromium();
const results = { A: [], B: [] };
try {
  // One warm-up load each, then alternating rounds (each starting with the other side than the last).
  for (let round = -1; round < runs; round++)
    for (const side of round % 2 ? ['A', 'B'] : ['B', 'A']) {
      const r = await load(browser, sides[side] + path);
      if (round >= 0) results[side].push(r);
    }
} finally {
  await browser.close();
}
const fmt = (side, key, digits = 1) => median(results[side].map((r) => r[key])).toFixed(digits);
console.log(`${path} at ${width} px, ${runs} alternating cold loads per side (medians)`);
console.log('side  main-thread CPU  longest task  blocking ×4−50  tasks > 12.5 ms  origin');
for (const side of ['A', 'B'])
  console.log(
    `${side}     ${fmt(side, 'cpu').padStart(9)} ms  ${fmt(side, 'longest').padStart(9)} ms  ${fmt(side, 'blocking', 0).padStart(10)} ms  ${fmt(side, 'over', 0).padStart(15)}  ${sides[side]}`,
  );
