// Speed against the anchor: the same article page, once with <policy-explainer> (bundled data) and
// once with TimelineJS3 showing the same six milestones; time from navigation start to "fully
// rendered", median of cold runs (a new browser context and page per run, cache disabled); the
// same page with an empty script is the floor, and what each widget adds above it is compared, in
// wall-clock time and in main-thread CPU (from traced loads).
//   node bench/speed.mjs [--runs N] [--quick] [--baseline other-build.js]
// --baseline also measures the explainer and timeline pages with another build of the bundle, in
// the same run (A/B under the same machine load), e.g. `git stash; npm run build; cp
// dist/policy-explainer.js /tmp/before.js; git stash pop; npm run build`.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  DATASET,
  ROOT,
  TRACE_CATEGORIES,
  launchChromium,
  log,
  mainThread,
  max,
  median,
  min,
  ms,
  startServer,
  table,
  tasksBetween,
  bytes,
  ensureBuilt,
} from './lib.mjs';

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
    requestAnimationFrame(() =>
      setTimeout(() => {
        bench.painted = performance.now();
        // For the traced runs: where "painted" is on the trace's clock.
        performance.mark('pe-painted');
      }, 0),
    );
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
 * One traced cold load: the CPU time the page's main thread spends from navigation until the page
 * is painted (every task, the browser's own parsing, style, layout and paint included).
 */
async function cpuRun(browser, url, kind, expected) {
  const { context, page } = await coldPage(browser);
  try {
    await page.evaluateOnNewDocument(instrument, kind, expected);
    await page.tracing.start({ categories: TRACE_CATEGORIES });
    await page.goto(url, { waitUntil: 'load', timeout: 60000 });
    await page.waitForFunction(() => window.__bench.painted !== null, { timeout: 60000, polling: 50 });
    const trace = await page.tracing.stop();
    const { events, marks } = mainThread(trace, new URL(url).pathname);
    const painted = marks.get('pe-painted');
    if (painted === undefined) throw new Error(`${kind}: no pe-painted mark in the trace`);
    return tasksBetween(events, 0, painted);
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
export async function run({ runs = 11, quick = false, skipBuild = false, baseline } = {}) {
  if (!skipBuild) ensureBuilt();
  const baselineCode = baseline ? readFileSync(baseline, 'utf8') : undefined;
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
    // --baseline FILE: the same two pages with another build of the bundle, measured in the same run.
    ...(baselineCode
      ? {
          '/bench/baseline.js': () => ({ body: baselineCode, type: 'text/javascript; charset=utf-8' }),
          '/bench/pages/speed-explainer-baseline.html': () => ({
            body: readFileSync(join(ROOT, 'bench/pages/speed-explainer.html'), 'utf8').replace(
              '/dist/policy-explainer.js',
              '/bench/baseline.js',
            ),
            type: 'text/html; charset=utf-8',
          }),
          '/bench/pages/speed-timeline-baseline.html': () => ({
            body: timelinePage.replace('/dist/policy-explainer.js', '/bench/baseline.js'),
            type: 'text/html; charset=utf-8',
          }),
        }
      : {}),
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
  if (baselineCode) {
    pages.explainerBaseline = {
      ...pages.explainer,
      label: `<policy-explainer>, baseline (${basename(baseline)})`,
      url: `${server.origin}/bench/pages/speed-explainer-baseline.html`,
      check: 'explainer',
    };
    pages.timelineBaseline = {
      ...pages.timeline,
      label: `<policy-timeline> alone, baseline (${basename(baseline)})`,
      url: `${server.origin}/bench/pages/speed-timeline-baseline.html`,
      check: 'timeline',
    };
  }
  const kinds = Object.keys(pages);
  const check = (kind) => pages[kind].check ?? kind;
  const samples = Object.fromEntries(kinds.map((k) => [k, []]));
  const cpu = Object.fromEntries(kinds.map((k) => [k, []]));
  const cpuRuns = quick ? 2 : Math.min(runs, 7);
  let prof;
  try {
    // One warm-up each (discarded): starts the browser's own processes, fills the server's memory cache.
    for (const kind of kinds) await coldRun(browser, pages[kind].url, check(kind), pages[kind].expected);
    for (let i = 0; i < runs; i++) {
      for (const kind of kinds) {
        const r = await coldRun(browser, pages[kind].url, check(kind), pages[kind].expected);
        samples[kind].push(r);
        log(
          `speed ${kind} run ${i + 1}/${runs}: rendered ${ms(r.done)}, painted ${ms(r.painted)}, ${r.requests} requests, ${r.transferred} B`,
        );
      }
    }
    for (let i = 0; i < cpuRuns; i++) {
      for (const kind of kinds) {
        const r = await cpuRun(browser, pages[kind].url, check(kind), pages[kind].expected);
        cpu[kind].push(r);
        log(`speed ${kind} traced run ${i + 1}/${cpuRuns}: main-thread CPU ${ms(r.cpu)} until painted, longest task ${ms(r.longest)}`);
      }
    }
    log('speed: profiling the explainer page …');
    prof = await profileExplainer(browser, pages.explainer.url, pages.explainer.expected, quick ? 1 : 3);
  } finally {
    await browser.close();
    await server.close();
  }
  const sum = {};
  for (const kind of kinds) {
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
  // What each widget adds to the page: its painted time minus the floor's (an empty script on the
  // same page), per round of runs (the pages of one round ran one after another), then the median.
  const addedPerRun = (k, xs, key) => xs[k].map((r, i) => r[key] - xs.shell[i][key]);
  const spread = (xs) => ({ median: median(xs), min: min(xs), max: max(xs) });
  const fractionOf = (k, xs, key) => spread(xs[k].map((r, i) => (r[key] - xs.shell[i][key]) / (xs.timelinejs[i][key] - xs.shell[i][key])));
  const added = Object.fromEntries(kinds.map((k) => [k, spread(addedPerRun(k, samples, 'painted'))]));
  const own = { explainer: added.explainer.median, timelinejs: added.timelinejs.median };
  const ownRatio = own.timelinejs / own.explainer;
  const ceiling = t.painted / f.painted;
  const tl = sum.timeline;
  const like = { ratio: t.painted / tl.painted, own: added.timeline.median };
  like.ownRatio = own.timelinejs / like.own;
  // The issue's goals, as fractions of what TimelineJS3 adds: the explainer ≤ 1/4, <policy-timeline> alone ≤ 1/5.
  const GOALS = { explainer: 1 / 4, timeline: 1 / 5 };
  const fraction = {
    explainer: { ...fractionOf('explainer', samples, 'painted'), ofMedians: own.explainer / own.timelinejs },
    timeline: { ...fractionOf('timeline', samples, 'painted'), ofMedians: like.own / own.timelinejs },
  };
  const cpuSum = Object.fromEntries(
    kinds.map((k) => [
      k,
      {
        ...spread(cpu[k].map((r) => r.cpu)),
        longest: median(cpu[k].map((r) => r.longest)),
        long: median(cpu[k].map((r) => r.long)),
        added: spread(addedPerRun(k, cpu, 'cpu')),
      },
    ]),
  );
  const cpuFraction = {
    explainer: { ...fractionOf('explainer', cpu, 'cpu'), ofMedians: cpuSum.explainer.added.median / cpuSum.timelinejs.added.median },
    timeline: { ...fractionOf('timeline', cpu, 'cpu'), ofMedians: cpuSum.timeline.added.median / cpuSum.timelinejs.added.median },
  };
  const rows = kinds.map((k) => [
    pages[k].label,
    ms(sum[k].ready),
    ms(sum[k].done),
    ms(sum[k].painted),
    `${ms(sum[k].paintedMin)}–${ms(sum[k].paintedMax)}`,
    k === 'shell' ? '—' : `${ms(added[k].median)} (${ms(added[k].min)}–${ms(added[k].max)})`,
    ms(sum[k].fcp),
    String(sum[k].requests),
    bytes(sum[k].transferred),
  ]);
  const tbl = table(
    [
      'page',
      'script ran',
      'rendered',
      'painted',
      'painted min–max',
      'added above the floor (range)',
      'FCP',
      'requests',
      'bytes transferred',
    ],
    rows,
    ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
  );
  const cpuRows = kinds.map((k) => [
    pages[k].label,
    `${ms(cpuSum[k].median)} (${ms(cpuSum[k].min)}–${ms(cpuSum[k].max)})`,
    k === 'shell' ? '—' : `${ms(cpuSum[k].added.median)} (${ms(cpuSum[k].added.min)}–${ms(cpuSum[k].added.max)})`,
    ms(cpuSum[k].longest),
    String(cpuSum[k].long),
  ]);
  const cpuTbl = table(
    ['page', 'main-thread CPU until painted (range)', 'added above the floor (range)', 'longest task (CPU)', 'tasks > 50 ms'],
    cpuRows,
    ['l', 'r', 'r', 'r', 'r'],
  );
  const goal = (k, fr) =>
    `${fr.ofMedians.toFixed(2)} (per round ${fr.min.toFixed(2)}–${fr.max.toFixed(2)}; goal ≤ ${GOALS[k].toFixed(2)}: ${fr.ofMedians <= GOALS[k] ? 'met' : 'NOT met'})`;
  const verdict = `Above the page's own floor, the explainer adds ${goal('explainer', fraction.explainer)} of what TimelineJS3 adds; <policy-timeline> alone with the same six milestones ${goal('timeline', fraction.timeline)}.`;
  const cpuVerdict = `In main-thread CPU (steadier on a shared machine): the explainer adds ${goal('explainer', cpuFraction.explainer)} of TimelineJS3's; <policy-timeline> alone ${goal('timeline', cpuFraction.timeline)}.`;
  const floorNote = `The page itself (empty script) is painted at ${ms(f.painted)}; the explainer page at ${ms(e.painted)}, TimelineJS3's at ${ms(t.painted)} (${ratio.toFixed(1)}× later), <policy-timeline> alone at ${ms(tl.painted)}. Above the floor: the explainer ${ms(own.explainer)}, TimelineJS3 ${ms(own.timelinejs)}, the timeline alone ${ms(like.own)}. Requests ${t.requests} vs ${e.requests}; bytes ${(t.transferred / e.transferred).toFixed(1)}×.`;
  const notes = [
    `${runs} cold runs per page, alternating, after one discarded warm-up each; a new browser context and page per run, HTTP cache disabled; viewport 1280×900; server on 127.0.0.1 with gzip (level 6) and Cache-Control: no-store; bytes transferred = response headers + (gzip) bodies, as Chromium's network log counts them.`,
    'Times are medians, in ms from navigation start. "script ran" = the bundle has executed (its first customElements.define; for TimelineJS, its inline setup script starts). "rendered" = ms from navigation start (performance.timeOrigin) until every <li class="event"> of the nested <policy-timeline> and every .cell of <stance-matrix> exist (MutationObserver on the document and on each shadow root as it is attached); for TimelineJS3 until its `loaded` event has fired and its 6 .tl-timemarker and 7 .tl-slide (title + 6) exist. "painted" = the end of the next frame after that (rAF, then a task); the ratio uses "painted".',
    `The explainer renders more than TimelineJS does: all ${pages.explainer.expected.events} events of the bundled dataset plus the ${pages.explainer.expected.cells}-cell stance matrix; TimelineJS shows the 6 milestones (its title slide is the dataset's title and summary). TimelineJS runs with font: null (no Google Fonts request; it would otherwise fetch 4 font files from fonts.gstatic.com).`,
  ];
  notes.push(
    `CPU: ${cpuRuns} traced cold loads per page, alternating, after the timed runs; main-thread CPU = the thread time of every task on the page's renderer main thread from navigation until painted (parsing, script, style, layout, paint), from a Chromium trace (devtools.timeline), which leaves out the time the thread waited for a core. "added above the floor" and the fractions pair each page's run with the floor's run of the same round.`,
  );
  for (const k of kinds) {
    if (sum[k].failed.length) notes.push(`${pages[k].label}: failed requests: ${sum[k].failed.join(', ')}`);
    if (sum[k].errors.length) notes.push(`${pages[k].label}: page errors: ${sum[k].errors.join('; ')}`);
  }
  const reqList = kinds.map((k) => `${pages[k].label}: ${sum[k].urls.map((u) => u.replace(/^http:\/\/127\.0\.0\.1:\d+/, '')).join(', ')}`);
  const profTbl = table(['function (source)', 'self time', 'share'], prof.rows, ['l', 'r', 'r']);
  const profHead = `Where the explainer page's main-thread time goes until painted (V8 sampling profiler, ${quick ? 1 : 3} cold load(s), mean per load; busy ${ms(prof.busy)}; "(program)" is the browser's own work: HTML/CSS parsing, style, layout):`;
  const text = [
    tbl.text,
    '',
    verdict,
    floorNote,
    '',
    cpuTbl.text,
    '',
    cpuVerdict,
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
    cpuTbl.md,
    '',
    `**${cpuVerdict}**`,
    '',
    profHead,
    '',
    profTbl.md,
    '',
    ...notes.map((n) => `- ${n}`),
    ...reqList.map((n) => `- Requests, ${n}`),
  ].join('\n');
  return { text, md, data: { ratio, ownRatio, ceiling, own, like, fraction, cpu: cpuSum, cpuFraction, goals: GOALS, summary: sum, runs } };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--runs');
  const b = args.indexOf('--baseline');
  const r = await run({
    runs: i >= 0 ? Number(args[i + 1]) : 11,
    quick: args.includes('--quick'),
    baseline: b >= 0 ? args[b + 1] : undefined,
  });
  console.log(r.text);
}
