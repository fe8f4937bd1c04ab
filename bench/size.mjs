// Size: what the reader downloads (dist/policy-explainer.js: raw, gzip -9, brotli) and what each part
// costs (Lit, each D3 module, our code per folder, the bundled dataset, the JSON schema).
//   node bench/size.mjs
//
// Method. dist/ is built by rollup + terser, whose source map cannot see inside JSON modules, so the
// per-part figures come from a second, throwaway build of the same entry with esbuild
// (--bundle --minify --ignore-annotations --format=iife --metafile, with a source map):
//  - "min B": the metafile's bytesInOutput per input.
//  - "gzip B (share)": dist's real gzip -9 size split in proportion to "min B" — proportional
//    attribution, so the column sums to the real total.
//  - "gzip if cut": gzip -9 of esbuild's output minus gzip -9 of the same output with that part's
//    bytes taken out (the source map says which bytes are whose). This is what removing the part
//    would save, and what the cut list ranks by. It is measured on esbuild's output (a few % larger
//    than dist), so treat it as ±5 %.
//  - "gzip alone": the part's bytes gzipped on their own (an upper bound: no shared dictionary).
// esbuild's --ignore-annotations also ignores d3's "sideEffects": false and so keeps modules rollup
// drops (d3-array's blur, shuffle); inputs absent from dist's own source map are left out and named.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { BUNDLE, ROOT, bytes, ensureBuilt, log, pct, table } from './lib.mjs';
import { storyLanguages, storyParts } from '../scripts/story-split.mjs';

export const BUDGET = 30720;

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const br = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Which part of the bundle a file belongs to. */
export function groupOf(path) {
  const p = path.replace(/\\/g, '/');
  if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(p))
    return 'Lit (lit-html + @lit/reactive-element + lit-element)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(p);
  if (pkg) return pkg[1];
  if (p === 'data/chicago-welcoming-city.json') return 'bundled dataset (data/chicago-welcoming-city.json)';
  if (p === 'data/schema.json') return 'JSON schema (data/schema.json)';
  const folder = /^src\/([^/]+)\//.exec(p);
  if (folder) return `src/${folder[1]}`;
  if (p.startsWith('src/')) return 'src/*.ts (entry)';
  return '(bundle glue)';
}

/**
 * What the embed build does besides bundling (rollup.config.mjs, embedCore): the embed's module
 * index, and the bundled story as the embed carries it (English, what the first render shows), so
 * that the attribution is of dist's own content.
 */
const embedSide = (edit) => ({
  name: 'embed-side',
  setup(build) {
    build.onResolve({ filter: /^virtual:story-languages$/ }, () => ({ path: 'story-languages', namespace: 'virtual' }));
    build.onLoad({ filter: /.*/, namespace: 'virtual' }, () => ({
      contents: `export const STORY_LANGUAGES = ${JSON.stringify(storyLanguages)};`,
      loader: 'js',
    }));
    build.onResolve({ filter: /modules\/index\.js$/ }, (args) => ({
      path: join(args.resolveDir, args.path.replace(/index\.js$/, 'index.embed.ts')),
    }));
    build.onLoad({ filter: /chicago-welcoming-city\.json$/ }, () => ({ contents: JSON.stringify(storyParts(edit).story), loader: 'json' }));
  },
});

const OUTFILE = join(ROOT, 'bench/.esbuild/policy-explainer.js'); // never written (write: false)

/** The embed as esbuild bundles it, its bundled story first changed by `edit` (a "what if we trimmed it"). */
async function esbuildBundle(edit) {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: ['src/embed.ts'],
    bundle: true,
    minify: true,
    ignoreAnnotations: true,
    format: 'iife',
    target: 'es2021',
    tsconfig: 'tsconfig.json',
    metafile: true,
    sourcemap: 'external',
    write: false,
    outfile: OUTFILE,
    logLevel: 'silent',
    plugins: [embedSide(edit)],
  });
  const code = result.outputFiles.find((f) => f.path.endsWith('.js')).contents;
  const map = result.outputFiles.find((f) => f.path.endsWith('.js.map')).text;
  const inputs = Object.values(result.metafile.outputs).find((o) => o.entryPoint).inputs;
  /** Who imports each file (for JSON, whose presence in dist follows its importers'). */
  const importers = {};
  for (const [file, v] of Object.entries(result.metafile.inputs)) for (const i of v.imports ?? []) (importers[i.path] ??= []).push(file);
  return { code: Buffer.from(code), map, inputs, importers };
}

/** Byte ranges of the output per source file (repo-relative), from the source map. */
async function slices(code, mapText, outfile) {
  const { TraceMap, eachMapping } = await import('@jridgewell/trace-mapping');
  const map = new TraceMap(mapText);
  const text = code.toString('utf8');
  // Source-map columns count UTF-16 code units; ranges are in bytes (the same unless non-ASCII).
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const marks = [];
  eachMapping(map, (m) => marks.push({ at: lineStarts[m.generatedLine - 1] + m.generatedColumn, source: m.source }));
  marks.sort((a, b) => a.at - b.at);
  let char = 0;
  let byte = 0;
  const byteAt = (c) => {
    byte += Buffer.byteLength(text.slice(char, c));
    char = c;
    return byte;
  };
  const ranges = [];
  let prev = { start: 0, file: '(glue)' };
  for (const m of marks) {
    const at = byteAt(m.at);
    if (at > prev.start) ranges.push({ file: prev.file, start: prev.start, end: at });
    prev = { start: at, file: m.source ? relative(ROOT, resolve(dirname(outfile), m.source)).replace(/\\/g, '/') : '(glue)' };
  }
  if (code.length > prev.start) ranges.push({ file: prev.file, start: prev.start, end: code.length });
  return ranges;
}

/** The output with the ranges for which `drop(file)` is true taken out. */
function without(code, ranges, drop) {
  const keep = [];
  for (const r of ranges) if (!drop(r.file)) keep.push(code.subarray(r.start, r.end));
  return Buffer.concat(keep);
}
function only(code, ranges, take) {
  return Buffer.concat(ranges.filter((r) => take(r.file)).map((r) => code.subarray(r.start, r.end)));
}

/** Sources that are really in dist/policy-explainer.js, per its own source map. */
function distSources() {
  try {
    const map = JSON.parse(readFileSync(`${BUNDLE}.map`, 'utf8'));
    return new Set(map.sources.map((s) => relative(ROOT, resolve(dirname(BUNDLE), s)).replace(/\\/g, '/')));
  } catch {
    return undefined;
  }
}

/** Drops a key from every object in a collection of the dataset. */
const dropField = (collection, field) => (d) => ({ ...d, [collection]: d[collection].map(({ [field]: _, ...rest }) => rest) });

export async function run({ skipBuild = false } = {}) {
  const built = skipBuild ? [] : ensureBuilt();
  const dist = readFileSync(BUNDLE);
  const total = { raw: dist.length, gzip: gz(dist), brotli: br(dist) };
  const margin = BUDGET - total.gzip;

  log('size: esbuild metafile build …');
  const es = await esbuildBundle();
  const ranges = await slices(es.code, es.map, OUTFILE);
  const present = distSources();
  const inDist = (file, seen = new Set()) => {
    if (!present) return true;
    // Rollup's JSON plugin maps no sources: a JSON file is in dist when a file in dist imports it
    // (data/schema.json is imported only by the validator, an on-demand module).
    if (file.endsWith('.json')) {
      seen.add(file);
      const by = (es.importers[file] ?? []).filter((f) => !seen.has(f));
      return !by.length || by.some((f) => inDist(f, seen));
    }
    if (!file.includes('node_modules/')) return present.has(file);
    // Lit's published files carry source maps into its TypeScript: compare by package and basename.
    const base = file.replace(/\/src\/([^/]+)\.ts$/, '/$1.js');
    return (
      present.has(file) || present.has(base) || [...present].some((p) => p.endsWith(file.replace(/^.*node_modules\//, 'node_modules/')))
    );
  };
  const excluded = Object.entries(es.inputs)
    .filter(([file, v]) => v.bytesInOutput > 0 && !inDist(file))
    .map(([file, v]) => ({ file, bytes: v.bytesInOutput }));
  const excludedSet = new Set(excluded.map((x) => x.file));
  const code = without(es.code, ranges, (f) => excludedSet.has(f));
  const keptRanges = [];
  {
    let at = 0;
    for (const r of ranges) {
      if (excludedSet.has(r.file)) continue;
      keptRanges.push({ file: r.file, start: at, end: at + (r.end - r.start) });
      at += r.end - r.start;
    }
  }
  const esGzip = gz(code);

  // Per-file and per-group minified bytes (metafile), then gzip shares and marginal costs.
  const files = Object.entries(es.inputs)
    .filter(([file, v]) => v.bytesInOutput > 0 && !excludedSet.has(file))
    .map(([file, v]) => ({ file, group: groupOf(file), min: v.bytesInOutput }));
  const minTotal = files.reduce((s, f) => s + f.min, 0);
  const groups = new Map();
  for (const f of files) {
    const g = groups.get(f.group) ?? { group: f.group, min: 0, files: [] };
    g.min += f.min;
    g.files.push(f);
    groups.set(f.group, g);
  }
  const rangeGroup = (file) => groupOf(file);
  for (const g of groups.values()) {
    g.share = g.min / minTotal;
    g.gzipShare = Math.round(g.share * total.gzip);
    g.ifCut = esGzip - gz(without(code, keptRanges, (f) => rangeGroup(f) === g.group));
    g.alone = gz(only(code, keptRanges, (f) => rangeGroup(f) === g.group));
  }
  const sortedGroups = [...groups.values()].sort((a, b) => b.min - a.min);

  // Candidates for cutting: what each would save, and what cutting it means.
  const d3time = (f) => /node_modules\/d3-time\//.test(f) || /node_modules\/d3-array\/src\/ticks\.js$/.test(f);
  const candidates = [
    {
      item: 'd3-time',
      kind: 'design call',
      cut: (f) => d3time(f),
      how: 'the timeline uses d3-time only for UTC year/month steps and ticks; a few lines of Date.UTC arithmetic do the same. DESIGN.md says time ticks come from D3 modules, so this needs a decision.',
    },
    {
      item: 'd3-array',
      kind: 'code',
      cut: (f) => /node_modules\/d3-array\//.test(f) && !d3time(f),
      how: 'bisectRight on a sorted number array is a 6-line binary search.',
    },
    {
      item: 'CSV export (src/data/csv.ts)',
      kind: 'feature',
      cut: (f) => f === 'src/data/csv.ts',
      how: '"Get the data" CSV buttons in the embed: offer the JSON download (or link prebuilt CSV files) and keep toCsv in the npm build only; README documents the CSV buttons.',
    },
    {
      item: 'Lit decorators (@lit/reactive-element/decorators/*)',
      kind: 'code',
      cut: (f) => /@lit\/reactive-element\/(src\/)?decorators\//.test(f),
      how: 'declare `static properties = {…}` and query in code instead of @property/@state/@query; no behaviour change.',
    },
  ];
  for (const c of candidates) c.ifCut = esGzip - gz(without(code, keptRanges, c.cut));

  // Dataset trims, measured exactly by rebuilding with the trimmed story (then split as the build
  // splits it: a field the embed leaves to modules/story-details.js saves the script nothing).
  const trims = [
    {
      item: 'dataset: issues[].description',
      kind: 'content',
      how: 'editor\'s call: shown in the matrix\'s evidence dialog, where it says what "Supports" means for that question; without it the reader has only the short label.',
      transform: dropField('issues', 'description'),
    },
    {
      item: 'dataset: stances[].summary (all of it; shortening saves part)',
      kind: 'content',
      how: "editor's call: the summaries (en + es, ~8.9 KB of JSON) are the biggest block of the dataset; shorter summaries save in proportion.",
      transform: dropField('stances', 'summary'),
    },
    {
      item: 'dataset: events[].summary (all of it; shortening saves part)',
      kind: 'content',
      how: "editor's call: event summaries (en + es) are shown in the timeline's details card.",
      transform: dropField('events', 'summary'),
    },
    {
      item: 'dataset: sources[].label (shorter labels)',
      kind: 'content',
      how: "editor's call: long source labels in two languages; the saving shown is for dropping the Spanish labels (readers see the English one instead).",
      transform: (d) => ({ ...d, sources: d.sources.map((x) => ({ ...x, label: typeof x.label === 'string' ? x.label : x.label.en })) }),
    },
  ];
  for (const t of trims) {
    const trimmed = await esbuildBundle(t.transform);
    const r = await slices(trimmed.code, trimmed.map, OUTFILE);
    t.ifCut = esGzip - gz(without(trimmed.code, r, (f) => excludedSet.has(f)));
  }

  // Where the bundled story's bytes are, as the embed carries it (English; details on demand).
  const dataset = storyParts().story;
  const dsRows = Object.keys(dataset).map((k) => {
    const s = Buffer.from(JSON.stringify(dataset[k]));
    return [k, bytes(s.length), bytes(gz(s))];
  });
  const dsTotal = Buffer.from(JSON.stringify(dataset));

  // Tables.
  const sizeTbl = table(
    ['file', 'raw B', 'gzip -9 B', 'brotli (q11) B', 'budget (gzip)', 'margin'],
    [
      [
        'dist/policy-explainer.js',
        bytes(total.raw),
        bytes(total.gzip),
        bytes(total.brotli),
        bytes(BUDGET),
        `${margin >= 0 ? '+' : ''}${bytes(margin)} (${margin >= 0 ? 'within budget' : 'OVER budget'})`,
      ],
    ],
    ['l', 'r', 'r', 'r', 'r', 'l'],
  );
  const partTbl = table(
    ['part', 'min B', 'share', 'gzip B (share)', 'gzip if cut', 'gzip alone'],
    [
      ...sortedGroups.map((g) => [g.group, bytes(g.min), pct(g.share), bytes(g.gzipShare), bytes(g.ifCut), bytes(g.alone)]),
      ['total', bytes(minTotal), '100.0 %', bytes(total.gzip), '', ''],
    ],
    ['l', 'r', 'r', 'r', 'r', 'r'],
  );
  const fileTbl = table(
    ['file', 'part', 'min B'],
    files.sort((a, b) => b.min - a.min).map((f) => [f.file, f.group.replace(/ \(.*\)$/, ''), bytes(f.min)]),
    ['l', 'l', 'r'],
  );
  // A candidate whose code is already gone from the bundle saves nothing: leave it out.
  const ranked = [...candidates, ...trims].filter((c) => c.ifCut > 0).sort((x, y) => y.ifCut - x.ifCut);
  const top = ranked.slice(0, 5);
  const topSum = top.reduce((sum, c) => sum + c.ifCut, 0);
  const noContent = ranked.filter((c) => c.kind !== 'content');
  const noContentSum = noContent.reduce((sum, c) => sum + c.ifCut, 0);
  const cutTbl = table(
    ['#', 'cuttable item', 'kind', 'saves ≈ gzip B', 'how'],
    ranked.map((c, i) => [String(i + 1), c.item, c.kind, bytes(c.ifCut), c.how]),
    ['r', 'l', 'l', 'r', 'l'],
  );
  const cutText =
    table(
      ['#', 'cuttable item', 'kind', 'saves ≈ gzip B'],
      top.map((c, i) => [String(i + 1), c.item, c.kind, bytes(c.ifCut)]),
      ['r', 'l', 'l', 'r'],
    ).text +
    '\n' +
    top.map((c, i) => `  ${i + 1}. ${c.how}`).join('\n');
  const dsTbl = table(
    ['dataset key', 'JSON B', 'gzip alone B'],
    [...dsRows, ['(all)', bytes(dsTotal.length), bytes(gz(dsTotal))]],
    ['l', 'r', 'r'],
  );

  // What the budget would say about the code alone: the bundle without the dataset.
  const datasetCost = sortedGroups.find((g) => g.group.startsWith('bundled dataset'))?.ifCut;
  const codeOnly = datasetCost
    ? `Code ≈ ${bytes(total.gzip - datasetCost)} B + bundled dataset ≈ ${bytes(datasetCost)} B gzip (the dataset's share is what the bundle would lose without it): ${
        total.gzip <= BUDGET
          ? 'together within the budget.'
          : total.gzip - datasetCost <= BUDGET
            ? `the code, Lit and styles fit the budget; the bundled story does not fit beside them.`
            : 'the code alone is over the budget.'
      }`
    : '';
  const verdict =
    margin >= 0
      ? `Within budget: ${bytes(total.gzip)} B gzip of ${bytes(BUDGET)} (${bytes(margin)} B to spare).`
      : `OVER budget by ${bytes(-margin)} B gzip (${bytes(total.gzip)} of ${bytes(BUDGET)}). The five biggest cuts below save ≈ ${bytes(topSum)} B together (${topSum >= -margin ? 'enough' : `NOT enough: ${bytes(-margin - topSum)} B short`}); every code/data cut without touching content saves ≈ ${bytes(noContentSum)} B (${noContentSum >= -margin ? 'enough' : `NOT enough: ${bytes(-margin - noContentSum)} B short`}). Savings are measured one at a time and overlap a little under gzip.`;
  const method = [
    `gzip: Node zlib level 9; brotli: quality 11. Attribution from an esbuild ${(await import('esbuild')).version} build of src/embed.ts (--bundle --minify --ignore-annotations --format=iife --metafile; after dropping what dist does not contain its output is ${bytes(code.length)} B, ${bytes(esGzip)} B gzip, vs dist's ${bytes(total.raw)} B / ${bytes(total.gzip)} B: rollup also minifies the CSS/HTML in template literals, so style modules are a little overstated).`,
    '"gzip B (share)" splits dist\'s gzip size in proportion to minified bytes (sums to the total). "gzip if cut" = gzip(esbuild output) − gzip(same output without the part\'s bytes, located by its source map): the saving from removing it. "gzip alone" = the part\'s bytes gzipped by themselves.',
    excluded.length
      ? `Left out (kept by esbuild's --ignore-annotations, tree-shaken from dist by rollup): ${excluded.map((x) => `${x.file} (${x.bytes} B)`).join(', ')}.`
      : 'Every esbuild input is present in dist.',
    ...built,
  ];
  const text = [
    sizeTbl.text,
    '',
    verdict,
    codeOnly,
    '',
    partTbl.text,
    '',
    'Five biggest cuttable items (by what cutting saves, gzip -9):',
    cutText,
    '',
    'Bundled dataset by key:',
    dsTbl.text,
    '',
    ...method.map((m) => `- ${m}`),
  ].join('\n');
  const md = [
    sizeTbl.md,
    '',
    `**${verdict}**`,
    '',
    codeOnly,
    '',
    '### What each part costs',
    '',
    partTbl.md,
    '',
    '### Cuttable items, biggest saving first',
    '',
    cutTbl.md,
    '',
    "### Where the bundled dataset's bytes are",
    '',
    dsTbl.md,
    '',
    '<details><summary>Every input file (esbuild metafile, minified bytes)</summary>',
    '',
    fileTbl.md,
    '',
    '</details>',
    '',
    ...method.map((m) => `- ${m}`),
  ].join('\n');
  return {
    text,
    md,
    data: {
      total,
      budget: BUDGET,
      margin,
      datasetCost,
      groups: sortedGroups.map(({ files: _, ...g }) => g),
      cuts: ranked.map(({ cut: _, transform: __, ...c }) => c),
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await run();
  console.log(r.text);
}
