// `npm run bench`: size, speed against TimelineJS3, scale and Lighthouse, in one run; prints every
// number and writes them to bench/RESULTS.md. Benchmarks print numbers; they never fail on time.
//
//   node bench/run.mjs                 the full run (size, speed, Lighthouse, scale, geometry) (≈ 4–5 minutes on a 2-core machine)
//   node bench/run.mjs --quick         fewer repetitions (3 cold runs per page, 1 per scale size)
//   node bench/run.mjs --only size,speed   some sections (RESULTS.md is written only with --write)
//   node bench/run.mjs --runs 9        cold runs per page in the speed comparison (default 11; use at least 7 for a stable median)
//
// Progress goes to stderr; the report to stdout. Exit code 1 only when a section could not run
// (for example no Chromium), never because a number missed its target.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { ROOT, bytes, ensureBuilt, log, machine, ms } from './lib.mjs';

// Run order: the browser timings that compare pages go before the long scale run heats the machine.
const SECTIONS = ['size', 'speed', 'lighthouse', 'scale', 'geometry'];
const PRINT_ORDER = ['size', 'speed', 'scale', 'lighthouse', 'geometry'];
const TITLES = {
  size: '1. Size',
  speed: '2. Speed against TimelineJS3',
  scale: '3. Scale',
  lighthouse: '4. Lighthouse on the demo article',
  geometry: '5. Phones and crowded stories (heights, label offsets, broken words)',
};

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name) => {
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  return args[i].includes('=') ? args[i].split('=')[1] : args[i + 1];
};
if (flag('help') || flag('h')) {
  console.log('Usage: node bench/run.mjs [--quick] [--only size,speed,lighthouse,scale,geometry] [--runs N] [--write]');
  process.exit(0);
}
const quick = flag('quick');
const only = option('only')
  ?.split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const unknown = only?.filter((s) => !SECTIONS.includes(s)) ?? [];
if (unknown.length) {
  console.error(`Unknown section(s): ${unknown.join(', ')} (use any of ${SECTIONS.join(', ')})`);
  process.exit(2);
}
const sections = only ?? SECTIONS;
const runs = Number(option('runs') ?? 11);
const write = !only || flag('write');

const started = performance.now();
const info = machine();
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ');
const loadStart = load();

// Build once, up front, so every section measures the same build even if src/ changes meanwhile.
let buildNotes = [];
try {
  buildNotes = ensureBuilt({ esm: sections.includes('scale') });
} catch (e) {
  console.error(e.message);
  process.exit(1);
}

const results = {};
let failed = false;
for (const s of sections) {
  const t0 = performance.now();
  log(`${TITLES[s]} …`);
  try {
    const mod = await import(`./${s}.mjs`);
    results[s] = await mod.run({ quick, runs, skipBuild: true });
  } catch (e) {
    failed = true;
    results[s] = { text: `FAILED: ${e.stack ?? e.message}`, md: `**FAILED:** \`${String(e.message).split('\n')[0]}\``, data: null };
  }
  results[s].seconds = (performance.now() - t0) / 1000;
  log(`${TITLES[s]}: ${results[s].seconds.toFixed(0)} s`);
}
const seconds = (performance.now() - started) / 1000;
const loadEnd = load();

// The bottom line: one line per question the issue asks.
const summary = [];
if (results.size?.data) {
  const d = results.size.data;
  summary.push(
    `Size: ${bytes(d.total.gzip)} B gzip -9 (${bytes(d.total.brotli)} B brotli, ${bytes(d.total.raw)} B raw); budget ${bytes(d.budget)} B → ${d.margin >= 0 ? `${bytes(d.margin)} B to spare` : `OVER by ${bytes(-d.margin)} B`}${d.datasetCost ? `; without the bundled dataset (≈ ${bytes(d.datasetCost)} B) ≈ ${bytes(d.total.gzip - d.datasetCost)} B` : ''}.`,
  );
}
if (results.speed?.data) {
  const d = results.speed.data;
  const e = d.summary.explainer;
  const t = d.summary.timelinejs;
  summary.push(
    `Speed: policy-explainer ${ms(e.painted)} vs TimelineJS3 ${ms(t.painted)} to fully rendered (median of ${d.runs} cold runs) → ${d.ratio.toFixed(1)}× (target ≥ 5×: ${d.ratio >= 5 ? 'met' : 'NOT met'}); ${e.requests} vs ${t.requests} requests, ${bytes(e.transferred)} vs ${bytes(t.transferred)} B transferred. The page alone is painted at ${ms(d.summary.shell.painted)} (ceiling ${d.ceiling.toFixed(1)}×); above it, ${ms(d.own.explainer)} vs ${ms(d.own.timelinejs)} → ${d.ownRatio.toFixed(1)}×. Like for like, <policy-timeline> alone with the six milestones: ${ms(d.summary.timeline.painted)} → ${d.like.ratio.toFixed(1)}× (${d.like.ownRatio.toFixed(1)}× above the floor).`,
  );
}
if (results.scale?.data) {
  const tl = results.scale.data.browser.timeline;
  const get = (n) => tl.find((r) => r.n === n);
  const f = (r) => (!r ? '—' : r.failed ? 'failed' : ms(r.first));
  summary.push(
    `Scale: timeline first render ${[10, 100, 1000, 10000].map((n) => `${bytes(n)}: ${f(get(n))}`).join(', ')} (targets: 1,000 < 100 ms ${get(1000)?.first < 100 ? 'met' : 'NOT met'}; 10,000 < 1 s ${get(10000)?.first < 1000 ? 'met' : 'NOT met'}).`,
  );
}
if (results.lighthouse?.data) {
  const d = results.lighthouse.data;
  summary.push(
    `Lighthouse (mobile): performance ${d.performance}, accessibility ${d.accessibility}, best practices ${d.bestPractices}; CLS ${d.cls?.toFixed(3)}, TBT ${ms(d.tbt)}.`,
  );
}

const machineLines = [
  `CPU: ${info.cpu}, ${info.cores} cores, ${info.memory} RAM; ${info.os}`,
  `Node ${info.node}; ${info.chromium}`,
  `Date: ${info.date}; run took ${Math.round(seconds)} s${quick ? ' (--quick)' : ''}`,
  `Load average (1/5/15 min) at start: ${loadStart}; at end: ${loadEnd} — other processes on this machine share its ${info.cores} cores, so wall-clock numbers carry their noise.`,
];

// Console report.
const out = ['policy-explainer benchmarks', '='.repeat(27), ...machineLines, ...buildNotes, ''];
out.push('Summary', '-------', ...summary.map((s) => `- ${s}`), '');
const printed = PRINT_ORDER.filter((s) => sections.includes(s));
for (const s of printed) out.push(TITLES[s], '-'.repeat(TITLES[s].length), results[s].text, '');
console.log(out.join('\n'));

if (write) {
  const md = [
    '# Benchmark results',
    '',
    `Regenerated by \`npm run bench\` (\`node bench/run.mjs${quick ? ' --quick' : ''}\`); do not edit by hand.`,
    '',
    ...machineLines.map((l) => `- ${l}`),
    ...buildNotes.map((l) => `- ${l}`),
    '',
    '## Summary',
    '',
    ...summary.map((s) => `- ${s}`),
    '',
  ];
  for (const s of printed) md.push(`## ${TITLES[s]}`, '', results[s].md, '');
  writeFileSync(join(ROOT, 'bench/RESULTS.md'), md.join('\n'));
  log('wrote bench/RESULTS.md');
}
process.exit(failed ? 1 : 0);
