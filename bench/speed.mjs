// Speed against the anchor: the same article page, once with <policy-explainer> (bundled data) and
// once with TimelineJS3 showing the same six milestones; time from navigation start to "fully
// rendered", median of cold runs (a new browser context and page per run, cache disabled).
//   node bench/speed.mjs [--runs N] [--quick]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASET, ROOT, launchChromium, log, max, median, min, ms, startServer, table, bytes, ensureBuilt } from './lib.mjs';

/** The six milestones DESIGN.md requires, by date (the span by its start). */
export const MILESTONES = ['1985-03-07', '2017-01-25', '2020-04-30', '2021-01-27', '2022-08-31', '2025-01-15'];

const en = (t) => (typeof t === 'string' ? t : t?.en);
const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

function tlDate(text) {
  const [year, month, day] = text.split('-').map(Number);
  return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

/** The six milestones of data/chicago-welcoming-city.json in TimelineJS's JSON format. */
export function timelineJsData(dataset = JSON.parse(readFileSync(DATASET, 'utf8'))) {
  const events = MILESTONES.map((date) => {
    const e = dataset.events.find((x) => x.date === date);
    if (!e) throw new Error(`No event dated ${date} in ${DATASET}`);
    return {
      unique_id: e.id,
      start_date: tlDate(e.date),
      ...(e.end ? { end_date: tlDate(e.end) } : {}),
      text: { headline: escapeHtml(en(e.title)), text: e.summary ? `<p>${escapeHtml(en(e.summary))}</p>` : '' },
    };
  });
  return {
    title: { text: { headline: escapeHtml(en(dataset.title)), text: dataset.summary ? `<p>${escapeHtml(en(dataset.summary))}</p>` : '' } },
    events,
  };
}

/**
 * Runs in the page before any of its scripts (evaluateOnNewDocument): watches the document and every
 * shadow root as it is attached (MutationObserver), and records the first moment the page is fully
 * rendered (`__bench.done`, ms since navigation start) and the end of the frame that shows it
 * (`__bench.painted`: rAF, then a task). Same instrument for both pages; src/ is untouched.
 */
function instrument(kind, expected) {
  const bench = (window.__bench = { done: null, painted: null, ready: null, detail: null });
  // The bundle has run when it defines its first element (TimelineJS's page records its own).
  const define = customElements.define;
  customElements.define = function (...args) {
    bench.ready ??= performance.now();
    return define.apply(this, args);
  };
  let tlLoaded = false;
  let shellReady = false;
  if (kind === 'shell') {
    // The same page with an empty deferred script: done when that script has run (DOMContentLoaded).
    document.addEventListener('DOMContentLoaded', () => {
      bench.ready = performance.now();
      shellReady = true;
      check();
    });
  }
  const complete = () => {
    if (kind === 'shell') return shellReady;
    if (kind === 'timeline') {
      const events = document.querySelector('policy-timeline')?.shadowRoot?.querySelectorAll('li.event').length ?? 0;
      bench.detail = { events };
      return events === expected.events;
    }
    if (kind === 'explainer') {
      const pe = document.querySelector('policy-explainer')?.shadowRoot;
      const events = pe?.querySelector('policy-timeline')?.shadowRoot?.querySelectorAll('li.event').length ?? 0;
      const cells = pe?.querySelector('stance-matrix')?.shadowRoot?.querySelectorAll('.cell').length ?? 0;
      bench.detail = { events, cells };
      return events === expected.events && cells === expected.cells;
    }
    // TimelineJS: its 'loaded' event (storyslider and timenav both loaded) and the DOM to match.
    const tl = window.timeline;
    if (tl && !tl.__benchHooked && typeof tl.on === 'function') {
      tl.__benchHooked = true;
      tl.on('loaded', () => {
        tlLoaded = true;
        check();
      });
    }
    const markers = document.querySelectorAll('.tl-timemarker').length;
    const slides = document.querySelectorAll('.tl-slide').length;
    const ready = tlLoaded || Boolean(tl?._loaded?.storyslider && tl?._loaded?.timenav);
    bench.detail = { loaded: ready, markers, slides };
    return ready && markers === expected.markers && slides >= expected.slides;
  };
  const check = () => {
    if (bench.done !== null || !complete()) return;
    bench.done = performance.now();
    for (const o of observers) o.disconnect();
    requestAnimationFrame(() => setTimeout(() => (bench.painted = performance.now()), 0));
  };
  const observers = [];
  const watch = (node) => {
    const o = new MutationObserver(check);
    o.observe(node, { childList: true, subtree: true, attributes: true });
    observers.push(o);
  };
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    if (bench.done === null) watch(root);
    return root;
  };
  watch(document);
}

/** A page in a new browser context (nothing shared with earlier runs), 1280×900, HTTP cache off. */
async function coldPage(browser) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900, deviceScaleFactor: 1 });
  await page.setCacheEnabled(false);
  return { context, page };
}

async function coldRun(browser, url, kind, expected) {
  const { context, page } = await coldPage(browser);
  try {
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const requests = new Map();
    cdp.on('Network.requestWillBeSent', (e) => {
      if (!e.request.url.startsWith('data:')) requests.set(e.requestId, { url: e.request.url, transferred: 0, failed: false });
    });
    cdp.on('Network.loadingFinished', (e) => {
      const r = requests.get(e.requestId);
      if (r) r.transferred = e.encodedDataLength;
    });
    cdp.on('Network.loadingFailed', (e) => {
      const r = requests.get(e.requestId);
      if (r) r.failed = true;
    });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.evaluateOnNewDocument(instrument, kind, expected);
    await page.goto(url, { waitUntil: 'load', timeout: 60000 });
    await page
      .waitForFunction(() => window.__bench.painted !== null, { timeout: 60000, polling: 50 })
      .catch(async () => {
        const detail = await page.evaluate(() => window.__bench.detail);
        throw new Error(`${kind} never finished rendering: ${JSON.stringify(detail)} ${errors.join('; ')}`);
      });
    // Let late requests (fonts, lazy parts) land so they are counted.
    await page.waitForNetworkIdle({ idleTime: 300, timeout: 10000 }).catch(() => {});
    const result = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return {
        done: window.__bench.done,
        ready: window.__bench.ready ?? NaN,
        painted: window.__bench.painted,
        fcp: fcp?.startTime ?? NaN,
        domContentLoaded: nav?.domContentLoadedEventEnd ?? NaN,
        load: nav?.loadEventEnd ?? NaN,
        detail: window.__bench.detail,
      };
    });
    const list = [...requests.values()];
    return {
      ...result,
      requests: list.length,
      failed: list.filter((r) => r.failed).map((r) => r.url),
      transferred: list.reduce((s, r) => s + r.transferred, 0),
      urls: list.map((r) => r.url),
      errors,
    };
  } finally {
    await context.close();
  }
}

/**
 * Where the explainer page's main-thread time goes: V8's sampling profiler over cold loads (until
 * fully painted), self time per function, mapped back to src/ through dist's source map.
 */
async function profileExplainer(browser, url, expected, loads) {
  const { TraceMap, originalPositionFor } = await import('@jridgewell/trace-mapping');
  let map;
  try {
    map = new TraceMap(readFileSync(join(ROOT, 'dist/policy-explainer.js.map'), 'utf8'));
  } catch {
    map = undefined;
  }
  const self = new Map();
  let total = 0;
  for (let i = 0; i < loads; i++) {
    const { context, page } = await coldPage(browser);
    try {
      const cdp = await page.createCDPSession();
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await page.evaluateOnNewDocument(instrument, 'explainer', expected);
      await cdp.send('Profiler.start');
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction(() => window.__bench.painted !== null, { timeout: 60000, polling: 50 });
      const { profile } = await cdp.send('Profiler.stop');
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      profile.samples.forEach((id, k) => {
        const { callFrame } = byId.get(id);
        const dt = (profile.timeDeltas[k + 1] ?? 0) / 1000;
        if (callFrame.functionName === '(idle)') return;
        let key = callFrame.functionName || '(anonymous)';
        if (callFrame.url.endsWith('/policy-explainer.js') && map) {
          const o = originalPositionFor(map, { line: callFrame.lineNumber + 1, column: callFrame.columnNumber });
          key = o.source
            ? `${o.name || '(anonymous)'} (${o.source.replace(/^(\.\.\/)+/, '')}:${o.line})`
            : `${key} (dist/policy-explainer.js)`;
        } else if (callFrame.url) key = `${key} (${callFrame.url.replace(/^https?:\/\/[^/]+\//, '')})`;
        else if (!key.startsWith('(')) key = `${key} (native)`;
        self.set(key, (self.get(key) ?? 0) + dt);
        total += dt;
      });
    } finally {
      await context.close();
    }
  }
  const rows = [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([k, v]) => [k, ms(v / loads), `${((v / total) * 100).toFixed(0)} %`]);
  return { rows, busy: total / loads };
}

/** Runs the comparison; returns { text, md, data }. */
export async function run({ runs = 11, quick = false, skipBuild = false } = {}) {
  if (!skipBuild) ensureBuilt();
  if (quick) runs = Math.min(runs, 3);
  const dataset = JSON.parse(readFileSync(DATASET, 'utf8'));
  const tlData = timelineJsData(dataset);
  const tlPage = readFileSync(join(ROOT, 'bench/pages/speed-timelinejs.html'), 'utf8').replace(
    '/*TL_DATA*/ null',
    JSON.stringify(tlData).replace(/</g, '\\u003c'),
  );
  // The floor: the explainer's page with its script swapped for an empty one (same request count).
  const shellPage = readFileSync(join(ROOT, 'bench/pages/speed-explainer.html'), 'utf8').replace(
    '/dist/policy-explainer.js',
    '/bench/empty.js',
  );
  // Like for like: <policy-timeline> alone on the same page, with the same six milestones as inline JSON.
  const six = { ...dataset, events: dataset.events.filter((e) => MILESTONES.includes(e.date)) };
  const timelinePage = shellPage
    .replace('/bench/empty.js', '/dist/policy-explainer.js')
    .replace(
      /<!-- GRAPHIC -->[\s\S]*<!-- \/GRAPHIC -->/,
      `<policy-timeline heading-level="2"><script type="application/json">${JSON.stringify(six).replace(/</g, '\\u003c')}</script></policy-timeline>`,
    );
  const server = await startServer({
    '/bench/pages/speed-timeline.html': () => ({ body: timelinePage, type: 'text/html; charset=utf-8' }),
    '/bench/pages/speed-timelinejs.html': () => ({ body: tlPage, type: 'text/html; charset=utf-8' }),
    '/bench/pages/speed-shell.html': () => ({ body: shellPage, type: 'text/html; charset=utf-8' }),
    '/bench/empty.js': () => ({ body: '', type: 'text/javascript; charset=utf-8' }),
  });
  const browser = await launchChromium();
  const pages = {
    explainer: {
      label: '<policy-explainer> (bundled data)',
      url: `${server.origin}/bench/pages/speed-explainer.html`,
      expected: { events: dataset.events.length, cells: dataset.actors.length * dataset.issues.length },
    },
    timelinejs: {
      label: 'TimelineJS3 3.9.11 (6 milestones)',
      url: `${server.origin}/bench/pages/speed-timelinejs.html`,
      expected: { markers: tlData.events.length, slides: tlData.events.length + 1 },
    },
    timeline: {
      label: '<policy-timeline> alone (6 milestones, inline JSON)',
      url: `${server.origin}/bench/pages/speed-timeline.html`,
      expected: { events: MILESTONES.length },
    },
    shell: {
      label: 'the same page, empty script (floor)',
      url: `${server.origin}/bench/pages/speed-shell.html`,
      expected: {},
    },
  };
  const samples = { explainer: [], timelinejs: [], timeline: [], shell: [] };
  let prof;
  try {
    // One warm-up each (discarded): starts the browser's own processes, fills the server's memory cache.
    for (const kind of Object.keys(pages)) await coldRun(browser, pages[kind].url, kind, pages[kind].expected);
    for (let i = 0; i < runs; i++) {
      for (const kind of Object.keys(pages)) {
        const r = await coldRun(browser, pages[kind].url, kind, pages[kind].expected);
        samples[kind].push(r);
        log(
          `speed ${kind} run ${i + 1}/${runs}: rendered ${ms(r.done)}, painted ${ms(r.painted)}, ${r.requests} requests, ${r.transferred} B`,
        );
      }
    }
    log('speed: profiling the explainer page …');
    prof = await profileExplainer(browser, pages.explainer.url, pages.explainer.expected, quick ? 1 : 3);
  } finally {
    await browser.close();
    await server.close();
  }
  const sum = {};
  for (const kind of Object.keys(pages)) {
    const s = samples[kind];
    const last = s[s.length - 1];
    sum[kind] = {
      done: median(s.map((r) => r.done)),
      ready: median(s.map((r) => r.ready)),
      painted: median(s.map((r) => r.painted)),
      paintedMin: min(s.map((r) => r.painted)),
      paintedMax: max(s.map((r) => r.painted)),
      fcp: median(s.map((r) => r.fcp)),
      dcl: median(s.map((r) => r.domContentLoaded)),
      requests: last.requests,
      transferred: median(s.map((r) => r.transferred)),
      failed: [...new Set(s.flatMap((r) => r.failed))],
      errors: [...new Set(s.flatMap((r) => r.errors))],
      urls: last.urls,
    };
  }
  const e = sum.explainer;
  const t = sum.timelinejs;
  const f = sum.shell;
  const ratio = t.painted / e.painted;
  // What each widget adds to the page: its painted time minus the floor's. The floor alone (an empty
  // script on the same page) bounds the ratio above at TimelineJS's time / the floor.
  const own = { explainer: e.painted - f.painted, timelinejs: t.painted - f.painted };
  const ownRatio = own.timelinejs / own.explainer;
  const ceiling = t.painted / f.painted;
  const tl = sum.timeline;
  const like = { ratio: t.painted / tl.painted, own: tl.painted - f.painted };
  like.ownRatio = own.timelinejs / like.own;
  const rows = Object.keys(pages).map((k) => [
    pages[k].label,
    ms(sum[k].ready),
    ms(sum[k].done),
    ms(sum[k].painted),
    `${ms(sum[k].paintedMin)}–${ms(sum[k].paintedMax)}`,
    ms(sum[k].fcp),
    String(sum[k].requests),
    bytes(sum[k].transferred),
  ]);
  const tbl = table(['page', 'script ran', 'rendered', 'painted', 'painted min–max', 'FCP', 'requests', 'bytes transferred'], rows, [
    'l',
    'r',
    'r',
    'r',
    'r',
    'r',
    'r',
    'r',
  ]);
  const verdict = `TimelineJS3 / policy-explainer = ${ratio.toFixed(1)}× (target ≥ 5×: ${ratio >= 5 ? 'met' : 'NOT met'}); requests ${t.requests} vs ${e.requests}; bytes ${(t.transferred / e.transferred).toFixed(1)}×`;
  const floorNote = `The page itself (empty script) is painted at ${ms(f.painted)}, so no widget could beat TimelineJS3 by more than ${ceiling.toFixed(1)}× on this measure. Above that floor, policy-explainer adds ${ms(own.explainer)} and TimelineJS3 ${ms(own.timelinejs)}: ${ownRatio.toFixed(1)}×. Like for like (the same six events, <policy-timeline> alone): painted at ${ms(tl.painted)}, ${like.ratio.toFixed(1)}× sooner than TimelineJS3; above the floor ${ms(like.own)}, ${like.ownRatio.toFixed(1)}×.`;
  const notes = [
    `${runs} cold runs per page, alternating, after one discarded warm-up each; a new browser context and page per run, HTTP cache disabled; viewport 1280×900; server on 127.0.0.1 with gzip (level 6) and Cache-Control: no-store; bytes transferred = response headers + (gzip) bodies, as Chromium's network log counts them.`,
    'Times are medians, in ms from navigation start. "script ran" = the bundle has executed (its first customElements.define; for TimelineJS, its inline setup script starts). "rendered" = ms from navigation start (performance.timeOrigin) until every <li class="event"> of the nested <policy-timeline> and every .cell of <stance-matrix> exist (MutationObserver on the document and on each shadow root as it is attached); for TimelineJS3 until its `loaded` event has fired and its 6 .tl-timemarker and 7 .tl-slide (title + 6) exist. "painted" = the end of the next frame after that (rAF, then a task); the ratio uses "painted".',
    `The explainer renders more than TimelineJS does: all ${pages.explainer.expected.events} events of the bundled dataset plus the ${pages.explainer.expected.cells}-cell stance matrix; TimelineJS shows the 6 milestones (its title slide is the dataset's title and summary). TimelineJS runs with font: null (no Google Fonts request; it would otherwise fetch 4 font files from fonts.gstatic.com).`,
  ];
  for (const k of Object.keys(pages)) {
    if (sum[k].failed.length) notes.push(`${pages[k].label}: failed requests: ${sum[k].failed.join(', ')}`);
    if (sum[k].errors.length) notes.push(`${pages[k].label}: page errors: ${sum[k].errors.join('; ')}`);
  }
  const reqList = Object.keys(pages).map(
    (k) => `${pages[k].label}: ${sum[k].urls.map((u) => u.replace(/^http:\/\/127\.0\.0\.1:\d+/, '')).join(', ')}`,
  );
  const profTbl = table(['function (source)', 'self time', 'share'], prof.rows, ['l', 'r', 'r']);
  const profHead = `Where the explainer page's main-thread time goes until painted (V8 sampling profiler, ${quick ? 1 : 3} cold load(s), mean per load; busy ${ms(prof.busy)}; "(program)" is the browser's own work: HTML/CSS parsing, style, layout):`;
  const text = [
    tbl.text,
    '',
    verdict,
    floorNote,
    '',
    profHead,
    profTbl.text,
    '',
    ...notes.map((n) => `- ${n}`),
    ...reqList.map((n) => `- requests, ${n}`),
  ].join('\n');
  const md = [
    tbl.md,
    '',
    `**${verdict}**`,
    '',
    floorNote,
    '',
    profHead,
    '',
    profTbl.md,
    '',
    ...notes.map((n) => `- ${n}`),
    ...reqList.map((n) => `- Requests, ${n}`),
  ].join('\n');
  return { text, md, data: { ratio, ownRatio, ceiling, own, like, summary: sum, runs } };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--runs');
  const r = await run({ runs: i >= 0 ? Number(args[i + 1]) : 11, quick: args.includes('--quick') });
  console.log(r.text);
}
