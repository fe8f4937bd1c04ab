// Main-thread CPU each widget adds above its page's own floor, as ratios (issue 21): Chromium's own
// counter (CDP Performance.getMetrics → ThreadTime, the renderer main thread's CPU time, which holds
// steady when other processes compete for the cores), over alternating cold loads (a new browser
// context per load, HTTP cache off), median per page. A ratio, never a timed pass/fail.
//   node bench/cpu.mjs [--runs N]
// Pages (the bench article, bench/pages/speed-explainer.html):
//   floor      the article with an empty deferred script
//   explainer  <policy-explainer>, the bundled story (its idle-time modules included)
//   static     the same explainer as static HTML, `policy-explainer render --fragment`, no script
//   injected   that same HTML set by a deferred script (setHTMLUnsafe, declarative shadow roots): what
//              any script costs to put this DOM on the page, the floor for a script-drawn explainer
//   timeline   <policy-timeline> alone, the six milestones as inline JSON
//   timelinejs TimelineJS3 3.9.11 with the same six milestones
// Goals (DESIGN.md): timeline ≤ 1/5 of TimelineJS3; explainer ≤ 1.2 × static.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASET, ROOT, ensureBuilt, launchChromium, log, median, startServer, table } from './lib.mjs';
import { MILESTONES, timelineJsData } from './speed.mjs';

const SETTLE_MS = 1500;

/** One cold load: ThreadTime (ms) from before navigation until the page is complete and has settled. */
async function load(browser, url, done) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.setCacheEnabled(false);
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const before = (await cdp.send('Performance.getMetrics')).metrics;
    await page.goto(url, { waitUntil: 'load', timeout: 60000 });
    await page.waitForFunction(done, { timeout: 30000, polling: 50 });
    // What the page does after it shows (idle-time modules, late layouts) counts too.
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const after = (await cdp.send('Performance.getMetrics')).metrics;
    const get = (m) => m.find((x) => x.name === 'ThreadTime')?.value ?? NaN;
    return (get(after) - get(before)) * 1000;
  } finally {
    await context.close();
  }
}

export async function run({ runs = 7, quick = false, skipBuild = false } = {}) {
  if (quick) runs = Math.min(runs, 3);
  if (!skipBuild) ensureBuilt({ esm: true });
  const dataset = JSON.parse(readFileSync(DATASET, 'utf8'));
  const article = readFileSync(join(ROOT, 'bench/pages/speed-explainer.html'), 'utf8');
  const graphic = /<!-- GRAPHIC -->[\s\S]*<!-- \/GRAPHIC -->/;
  const floor = article.replace('/dist/policy-explainer.js', '/bench/empty.js');
  const six = { ...dataset, events: dataset.events.filter((e) => MILESTONES.includes(e.date)) };
  const timeline = article.replace(
    graphic,
    `<policy-timeline heading-level="2"><script type="application/json">${JSON.stringify(six).replace(/</g, '\\u003c')}</script></policy-timeline>`,
  );
  const rendered = spawnSync(process.execPath, [join(ROOT, 'bin/policy-explainer.mjs'), 'render', DATASET, '--fragment'], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (rendered.status !== 0) throw new Error(`render --fragment failed: ${rendered.stderr}`);
  const staticPage = floor.replace(graphic, rendered.stdout);
  const tlPage = readFileSync(join(ROOT, 'bench/pages/speed-timelinejs.html'), 'utf8').replace(
    '/*TL_DATA*/ null',
    JSON.stringify(timelineJsData(dataset)).replace(/</g, '\\u003c'),
  );
  const injected = article.replace('/dist/policy-explainer.js', '/bench/inject.js').replace(graphic, '<div id="graphic"></div>');
  const html = (body) => () => ({ body, type: 'text/html; charset=utf-8' });
  const server = await startServer({
    '/bench/cpu/injected.html': html(injected),
    '/bench/inject.js': () => ({
      body: `document.getElementById('graphic').setHTMLUnsafe(${JSON.stringify(rendered.stdout).replace(/</g, '\\u003c')});`,
      type: 'text/javascript; charset=utf-8',
    }),
    '/bench/cpu/floor.html': html(floor),
    '/bench/cpu/static.html': html(staticPage),
    '/bench/cpu/timeline.html': html(timeline),
    '/bench/cpu/timelinejs.html': html(tlPage),
    '/bench/empty.js': () => ({ body: '', type: 'text/javascript; charset=utf-8' }),
  });
  const cells = dataset.actors.length * dataset.issues.length;
  const pages = {
    floor: { url: '/bench/cpu/floor.html', done: () => document.readyState === 'complete' },
    explainer: {
      url: '/bench/pages/speed-explainer.html',
      done: `(() => { const r = document.querySelector('policy-explainer')?.shadowRoot; return r?.querySelector('policy-timeline')?.shadowRoot?.querySelectorAll('li.event').length === ${dataset.events.length} && r.querySelector('stance-matrix')?.shadowRoot?.querySelectorAll('.cell').length === ${cells}; })()`,
    },
    static: { url: '/bench/cpu/static.html', done: () => document.readyState === 'complete' },
    injected: {
      url: '/bench/cpu/injected.html',
      done: () => !!document.querySelector('#graphic > policy-explainer')?.shadowRoot,
    },
    timeline: {
      url: '/bench/cpu/timeline.html',
      done: `document.querySelector('policy-timeline')?.shadowRoot?.querySelectorAll('li.event').length === ${MILESTONES.length}`,
    },
    timelinejs: { url: '/bench/cpu/timelinejs.html', done: `document.querySelectorAll('.tl-timemarker').length === ${MILESTONES.length}` },
  };
  const browser = await launchChromium();
  const times = Object.fromEntries(Object.keys(pages).map((k) => [k, []]));
  try {
    // One warm-up round (the server's caches, the browser's first start), then alternating rounds.
    for (const [name, p] of Object.entries(pages)) await load(browser, server.origin + p.url, p.done).catch(() => name);
    for (let i = 0; i < runs; i++)
      for (const [name, p] of Object.entries(pages)) times[name].push(await load(browser, server.origin + p.url, p.done));
  } finally {
    await browser.close();
    server.close();
  }
  const med = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
  const above = (k) => med[k] - med.floor;
  const ratios = {
    timelineVsTimelineJs: above('timeline') / above('timelinejs'),
    explainerVsStatic: above('explainer') / above('static'),
    injectedVsStatic: above('injected') / above('static'),
  };
  const rows = Object.entries(times).map(([k, v]) => [
    k,
    `${med[k].toFixed(1)} ms`,
    `${Math.min(...v).toFixed(1)}–${Math.max(...v).toFixed(1)} ms`,
    k === 'floor' ? '—' : `${above(k).toFixed(1)} ms`,
  ]);
  const t = table(['page', 'main-thread CPU (median)', 'range', 'above the floor'], rows, ['', 'r', 'r', 'r']);
  const lines = [
    '',
    `- <policy-timeline> (six milestones) adds ${ratios.timelineVsTimelineJs.toFixed(2)} of what TimelineJS3 adds (goal ≤ 0.20: ${ratios.timelineVsTimelineJs <= 0.2 ? 'met' : 'NOT met'}).`,
    `- <policy-explainer> adds ${ratios.explainerVsStatic.toFixed(2)}× what its own static HTML adds (goal ≤ 1.2: ${ratios.explainerVsStatic <= 1.2 ? 'met' : 'NOT met'}).`,
    `- The same HTML set by a script adds ${ratios.injectedVsStatic.toFixed(2)}× what it adds as the page's own HTML: the least any script can cost to put this DOM on the page (the explainer adds ${(above('explainer') - above('injected')).toFixed(1)} ms more than that).`,
    `- CDP Performance.getMetrics ThreadTime, from before navigation to ${SETTLE_MS} ms after the page is complete; ${runs} alternating cold loads per page after one warm-up round; headless Chromium 1280×900.`,
  ];
  log([t.text, ...lines].join('\n'));
  return { text: [t.text, ...lines].join('\n'), md: [t.md, ...lines].join('\n'), data: { times, med, ratios } };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--runs');
  await run({ runs: i > 0 ? Number(process.argv[i + 1]) : 7 });
}
