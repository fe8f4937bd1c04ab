// Phones and crowded stories, measured: per dataset and width, the explainer's and the matrix's
// heights, how far timeline labels sit from their markers (median, max, px along the axis) and how
// many titles break inside a word. From real boxes in headless Chromium with the built bundle.
//   node bench/geometry.mjs [--widths 320,375,768,1280]
// Datasets: the bundled story, TimelineJS3's own sample timelines converted with
// `policy-explainer from-timelinejs`, and synthetic timelines (bench/synthetic.mjs).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { DATASET, ROOT, ensureBuilt, launchChromium, log, startServer, table } from './lib.mjs';
import { timelineDataset } from './synthetic.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const WIDTHS = arg('widths', '320,375,768,1280').split(',').map(Number);
const TEMPLATES = join(ROOT, 'node_modules/@knight-lab/timelinejs/src/template');

/**
 * Every TimelineJS3 sample as a dataset, through our own converter (as a producer would). Samples
 * it refuses (cosmo*.json: dates billions of years BCE, outside the schema's years 1–9999) are left out.
 */
export function timelineJsSamples() {
  return readdirSync(TEMPLATES)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => {
      const r = spawnSync(
        process.execPath,
        [join(ROOT, 'bin/policy-explainer.mjs'), 'from-timelinejs', join(TEMPLATES, f), '--as-of', '2026-01-01'],
        {
          encoding: 'utf8',
          maxBuffer: 64 << 20,
        },
      );
      if (r.status !== 0) {
        log(`${f}: not converted (${r.stderr.split('\n')[0].replace(/^.*?: /, '')})`);
        return [];
      }
      return { name: `tl3 ${f.replace(/\.json$/, '')}`, data: JSON.parse(r.stdout) };
    });
}

export function datasets() {
  return [
    { name: 'bundled', data: JSON.parse(readFileSync(DATASET, 'utf8')) },
    ...timelineJsSamples(),
    { name: 'synthetic 40', data: timelineDataset(40) },
  ];
}

/** In the page: render the explainer with `data` at `width`, and measure it. */
async function measure(page, data, width) {
  await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
  return page.evaluate(async (data) => {
    document.body.replaceChildren();
    const el = document.createElement('policy-explainer');
    el.data = data;
    document.body.append(el);
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const settle = async () => {
      const all = (root) => [...root.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot ? all(e.shadowRoot) : [])]);
      await frame();
      await Promise.all(all(document).map((e) => e.updateComplete));
      await frame();
      await Promise.all(all(document).map((e) => e.updateComplete));
    };
    await settle();
    const tl = el.shadowRoot.querySelector('policy-timeline');
    const mx = el.shadowRoot.querySelector('stance-matrix');
    const m = tl ? window.labelMetrics(tl) : undefined;
    return {
      explainer: Math.round(el.getBoundingClientRect().height),
      matrix: mx ? Math.round(mx.getBoundingClientRect().height) : 0,
      median: m?.median ?? 0,
      max: m?.max ?? 0,
      midWord: m?.midWord ?? 0,
      labels: m?.count ?? 0,
      orientation: m ? (m.vertical ? 'vertical' : 'horizontal') : '—',
      sideways: document.documentElement.scrollWidth > innerWidth,
    };
  }, data);
}

/** `npm run bench`'s section: one table, per dataset and width. */
export async function run({ skipBuild = false } = {}) {
  const t = await runGeometry({ skipBuild });
  return { text: t.text, md: t.md, data: null };
}

export async function runGeometry({ skipBuild = false } = {}) {
  if (!skipBuild) ensureBuilt({});
  const server = await startServer({
    '/__geometry': () => ({
      type: 'text/html',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<style>body{margin:0;padding:0 16px;font-family:system-ui}</style>
<script src="/dist/policy-explainer.js"></script>
<script type="module">import { labelMetrics } from '/test/helpers/label-metrics.js'; window.labelMetrics = labelMetrics;</script>
</head><body></body></html>`,
    }),
  });
  const browser = await launchChromium();
  const rows = [];
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => log(`page error: ${e.message}`));
    await page.goto(`${server.origin}/__geometry`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.labelMetrics && customElements.get('policy-explainer'));
    for (const { name, data } of datasets()) {
      for (const width of WIDTHS) {
        const r = await measure(page, data, width);
        rows.push([
          name,
          `${width}`,
          r.orientation,
          `${r.labels}`,
          `${r.explainer}`,
          `${r.matrix}`,
          `${r.median.toFixed(0)}`,
          `${r.max.toFixed(0)}`,
          `${r.midWord}`,
          r.sideways ? 'yes' : 'no',
        ]);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return table(
    ['dataset', 'width', 'timeline', 'labels', 'explainer px', 'matrix px', 'offset median', 'offset max', 'mid-word', 'sideways'],
    rows,
    ['l', 'r', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'l'],
  );
}

if (import.meta.url === `file://${process.argv[1]}`) console.log((await runGeometry()).text);
