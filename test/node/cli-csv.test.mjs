// `policy-explainer to-csv` and `from-csv`: a dataset survives a trip through a spreadsheet, and a
// broken sheet is reported by file, row and column. Runs the built CLI (npm run build).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CSV_TABS } from '../helpers/csv-tabs.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = `${root}bin/policy-explainer.mjs`;
const bundledPath = `${root}data/chicago-welcoming-city.json`;
const bundled = JSON.parse(readFileSync(bundledPath, 'utf8'));
const tmp = mkdtempSync(join(tmpdir(), 'pe-cli-csv-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

assert.ok(existsSync(`${root}dist/cli/main.js`), 'dist/cli/main.js is missing: run `npm run build` first');

function cli(args, { cwd = root } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dirs = 0;
/** A fresh folder holding the CSV tabs of a dataset (written by to-csv). */
function tabsOf(dataset) {
  const dir = join(tmp, `tabs-${++dirs}`);
  const json = join(tmp, `in-${dirs}.json`);
  writeFileSync(json, JSON.stringify(dataset, null, 2));
  const r = cli(['to-csv', json, '-d', dir]);
  assert.equal(r.code, 0, r.stderr);
  return dir;
}

/** Edits one CSV file of a folder as text. */
const edit = (dir, file, fn) => writeFileSync(join(dir, file), fn(readFileSync(join(dir, file), 'utf8')));

test('to-csv writes the five tables exactly as toCsv() does, plus groups, dataset and notes', async () => {
  const { toCsv } = await import(`${root}dist/esm/data/csv.js`);
  const dir = tabsOf(bundled);
  assert.deepEqual(readdirSync(dir).sort(), [...CSV_TABS].sort());
  for (const table of ['events', 'actors', 'issues', 'stances', 'sources']) {
    assert.equal(readFileSync(join(dir, `${table}.csv`), 'utf8'), toCsv(bundled, table), `${table}.csv`);
  }
  assert.match(readFileSync(join(dir, 'dataset.csv'), 'utf8'), /^\$schema,id,title_en,title_es,summary_en,summary_es,asOf,updated\r\n/);
  assert.match(readFileSync(join(dir, 'notes.csv'), 'utf8'), /^on,kind,date,text_en,text_es\r\ndataset,clarification,/);
});

test('the bundled dataset round-trips JSON → CSV → JSON losslessly, key order included', () => {
  const dir = tabsOf(bundled);
  const out = join(tmp, 'round-trip.json');
  const r = cli(['from-csv', dir, '-o', out]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /^OK .*round-trip\.json: 11 events, 10 actors, 3 issues, 33 stances, 18 sources, 4 groups; as of 2024-12-10$/m);
  const back = JSON.parse(readFileSync(out, 'utf8'));
  assert.deepStrictEqual(back, bundled);
  assert.equal(JSON.stringify(back), JSON.stringify(bundled), 'same keys in the same order');
  assert.equal(cli(['validate', out]).code, 0);
});

test('from-csv writes to standard output without -o, and takes the files one by one', () => {
  const dir = tabsOf(bundled);
  const files = readdirSync(dir).map((f) => join(dir, f));
  const r = cli(['from-csv', ...files]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepStrictEqual(JSON.parse(r.stdout), bundled);
});

test('from-csv reads spreadsheet export names such as "Story - events.csv"', () => {
  const dir = tabsOf(bundled);
  const named = join(tmp, 'sheets-export');
  mkdirSync(named);
  for (const f of readdirSync(dir)) copyFileSync(join(dir, f), join(named, `Chicago story - ${f}`));
  const r = cli(['from-csv', named]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepStrictEqual(JSON.parse(r.stdout), bundled);
});

test('the apostrophe guarding against CSV injection is removed on read, and only that one', () => {
  const d = structuredClone(bundled);
  d.events[0].summary = { en: '-5 votes short, the order still stood.', es: '=SUM(A1) no es una fórmula aquí.' };
  d.actors[0].role = "'Tis the president-elect";
  d.stances[0].summary = '@mentions and +1s';
  const dir = tabsOf(d);
  const events = readFileSync(join(dir, 'events.csv'), 'utf8');
  assert.match(events, /,"'-5 votes short, the order/, 'to-csv guards a leading "-"');
  assert.match(events, /,'=SUM\(A1\) no es/, 'to-csv guards a leading "="');
  const r = cli(['from-csv', dir]);
  assert.equal(r.code, 0, r.stderr);
  const back = JSON.parse(r.stdout);
  assert.deepStrictEqual(back.events[0].summary, d.events[0].summary);
  assert.equal(back.actors[0].role, "'Tis the president-elect");
  assert.equal(back.stances[0].summary, '@mentions and +1s');
});

test('a quote translation survives the round trip in quoteTranslation_* columns', () => {
  const d = structuredClone(bundled);
  const s = d.stances.find((x) => x.quote);
  s.quoteTranslation = { en: 'An English rendering', es: 'Una traducción' };
  const dir = tabsOf(d);
  assert.match(
    readFileSync(join(dir, 'stances.csv'), 'utf8').split('\r\n')[0],
    /,quoteBy_en,quoteBy_es,quoteTranslation_en,quoteTranslation_es,quoteSource,summary_en,summary_es,sources$/,
  );
  const r = cli(['from-csv', dir]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepStrictEqual(JSON.parse(r.stdout), d);
});

test("a source's archived copy and a stance's quoteSource survive the round trip in their own columns", () => {
  const d = structuredClone(bundled);
  const source = d.sources.find((x) => x.url);
  source.archived = `https://web.archive.org/web/20241210000000/${source.url}`;
  const i = d.stances.findIndex((x) => x.quote && x.sources?.length);
  // quoteSource sits with the quote's fields, before summary and sources, as from-csv orders keys.
  const { summary, sources, notes, ...quoted } = d.stances[i];
  d.stances[i] = JSON.parse(JSON.stringify({ ...quoted, quoteSource: sources.at(-1), summary, sources, notes }));
  const dir = tabsOf(d);
  assert.match(readFileSync(join(dir, 'sources.csv'), 'utf8').split('\r\n')[0], /^id,label_en,label_es,url,archived,publisher,date$/);
  const r = cli(['from-csv', dir]);
  assert.equal(r.code, 0, r.stderr);
  const back = JSON.parse(r.stdout);
  assert.deepStrictEqual(back, d);
  assert.equal(JSON.stringify(back), JSON.stringify(d), 'same keys in the same order');
});

test('from-csv refuses a javascript: archived copy by file, row and column', () => {
  const dir = tabsOf(bundled);
  edit(dir, 'sources.csv', (t) => `${t}evil,Evil,,https://example.org/,javascript:alert(1),,\r\n`);
  const rows = readFileSync(join(dir, 'sources.csv'), 'utf8').trim().split('\r\n').length;
  const r = cli(['from-csv', dir]);
  assert.equal(r.code, 1);
  assert.match(
    r.stderr,
    new RegExp(
      `^sources\\.csv row ${rows}, column archived \\(E\\): must be a web address starting with http:// or https:// \\(got "javascript:alert\\(1\\)"\\)`,
      'm',
    ),
  );
});

test('from-csv names the file, row and column of every problem, and writes nothing', () => {
  const dir = tabsOf(bundled);
  // Row 4 is the third event (row 1 is the header); column B is its date.
  edit(dir, 'events.csv', (t) => {
    const rows = t.split('\r\n');
    rows[3] = rows[3].replace(/^([^,]+),2012-09,/, '$1,2012-13,');
    return rows.join('\r\n');
  });
  edit(dir, 'stances.csv', (t) => t.replace('trump,deportations,support,', 'trump,deportations,maybe,'));
  const out = join(tmp, 'never-written.json');
  const r = cli(['from-csv', dir, '-o', out]);
  assert.equal(r.code, 1);
  assert.equal(existsSync(out), false);
  assert.match(r.stderr, /^events\.csv row 4, column date \(B\): "2012-13" is not a date that exists \[\/events\/2\/date\]$/m);
  assert.match(
    r.stderr,
    /^stances\.csv row 2, column position \(C\): must be one of "support", "oppose", "mixed", "unknown" \(got "maybe"\) \[\/stances\/0\/position\]$/m,
  );
  assert.match(r.stderr, /^FAIL 2 problems; nothing was written$/m);
});

test('from-csv reports references and repeated ids by the rows of the sheet', () => {
  const dir = tabsOf(bundled);
  edit(dir, 'events.csv', (t) =>
    t.replace(',tribune-1985;article\r\n', ',tribune-1985;artcle\r\n').replace(/\r\nordinance-2006,/, '\r\nexecutive-order-1985,'),
  );
  const r = cli(['from-csv', dir]);
  assert.equal(r.code, 1);
  assert.match(
    r.stderr,
    /^events\.csv row 2, column sources \(J\): refers to source "artcle", which is not in sources\.csv \[\/events\/0\/sources\/1\]$/m,
  );
  assert.match(
    r.stderr,
    /^events\.csv row 3, column id \(A\): repeats the id "executive-order-1985" of events\.csv row 2; ids must be unique \[\/events\/1\/id\]$/m,
  );
});

test('from-csv reports unknown and missing columns, stray cells and unknown note targets', () => {
  const dir = tabsOf(bundled);
  edit(dir, 'issues.csv', (t) => t.replace(/^id,/, 'id,Notes,').replace(/\r\n([a-z-]+),/g, '\r\n$1,,'));
  edit(dir, 'actors.csv', (t) => t.replace(/,group\r\n/, ',grp\r\n'));
  edit(dir, 'groups.csv', (t) => t.replace(/\r\nfederal,([^\r]*)/, '\r\nfederal,$1,surprise'));
  edit(dir, 'notes.csv', (t) => t.replace('event:arrivals-2022,', 'event:arrivals-2023,'));
  const r = cli(['from-csv', dir]);
  assert.equal(r.code, 1);
  assert.match(
    r.stderr,
    /^issues\.csv column B: "Notes" is not a column of issues\.csv \(its columns: id, label_en, label_es…, description_en, description_es…, short_en, short_es…\)$/m,
  );
  assert.match(r.stderr, /^actors\.csv column F: "grp" is not a column of actors\.csv/m);
  assert.match(r.stderr, /^actors\.csv: has no column "group", which every row needs$/m);
  assert.match(r.stderr, /^groups\.csv row 2, column D: has a value beyond the last named column \(C\)/m);
  // The column problems stop the run before notes are matched; fix them and the note is next.
  const fixed = tabsOf(bundled);
  edit(fixed, 'notes.csv', (t) => t.replace('event:arrivals-2022,', 'event:arrivals-2023,'));
  const again = cli(['from-csv', fixed]);
  assert.equal(again.code, 1);
  assert.match(
    again.stderr,
    /^notes\.csv row 4, column on \(A\): "event:arrivals-2023": there is no event with id "arrivals-2023" in events\.csv$/m,
  );
});

test('a missing table is named, and an unknown CSV file is refused', () => {
  const dir = tabsOf(bundled);
  rmSync(join(dir, 'stances.csv'));
  writeFileSync(join(tmp, 'budget.csv'), 'a,b\r\n1,2\r\n');
  const r = cli(['from-csv', ...readdirSync(dir).map((f) => join(dir, f)), join(tmp, 'budget.csv')]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /^stances\.csv: is missing: a dataset needs events\.csv, actors\.csv, issues\.csv and stances\.csv$/m);
  assert.match(r.stderr, /^budget\.csv: is not one of the tabs this command reads/m);
});

test('without dataset.csv the flags give the title and dates; the id is made from the title', () => {
  const dir = tabsOf(bundled);
  rmSync(join(dir, 'dataset.csv'));
  rmSync(join(dir, 'notes.csv'));
  const noAsOf = cli(['from-csv', dir, '--title', 'Welcoming City: a test']);
  assert.equal(noAsOf.code, 1);
  assert.match(noAsOf.stderr, /has no "as of" date: give a dataset\.csv with asOf or --as-of/);
  const r = cli(['from-csv', dir, '--title', 'Welcoming City: a test', '--as-of', '2024-12-10', '--updated', '2025-01-02']);
  assert.equal(r.code, 0, r.stderr);
  const d = JSON.parse(r.stdout);
  assert.equal(d.id, 'welcoming-city-a-test');
  assert.equal(d.title, 'Welcoming City: a test');
  assert.equal(d.asOf, '2024-12-10');
  assert.equal(d.updated, '2025-01-02');
  assert.equal(d.$schema, undefined);
  assert.match(r.stderr, /warning: no id given: using "welcoming-city-a-test"/);
});

test('without sources.csv every cited source becomes a placeholder, with a warning', () => {
  const dir = tabsOf(bundled);
  rmSync(join(dir, 'sources.csv'));
  const r = cli(['from-csv', dir]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /^warning: no sources\.csv: made \d+ placeholder sources labelled with their ids/m);
  const d = JSON.parse(r.stdout);
  assert.ok(d.sources.every((s) => s.label === s.id));
});

test('a semicolon-separated export and a byte order mark are read too', () => {
  const dir = tabsOf(bundled);
  // Issues as a European-locale spreadsheet writes them: ";" between cells, a BOM first.
  edit(dir, 'issues.csv', () => {
    const rows = bundled.issues.map((i) => [i.id, i.label.en, i.label.es, i.description.en, i.description.es]);
    const cell = (s) => (/[";\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    return (
      '\ufeff' +
      [['id', 'label_en', 'label_es', 'description_en', 'description_es'], ...rows].map((r) => r.map(cell).join(';')).join('\r\n') +
      '\r\n'
    );
  });
  const r = cli(['from-csv', dir]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepStrictEqual(JSON.parse(r.stdout), bundled);
});

test('to-csv does not overwrite existing files without --force', () => {
  const dir = tabsOf(bundled);
  const r = cli(['to-csv', bundledPath, '-d', dir]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /already exists; use --force to overwrite/);
  assert.equal(cli(['to-csv', bundledPath, '-d', dir, '--force']).code, 0);
});

test('from-csv does not overwrite an existing file without --force, as to-csv does not', () => {
  const dir = tabsOf(bundled);
  const out = join(tmp, 'existing.json');
  writeFileSync(out, 'keep me\n');
  const r = cli(['from-csv', dir, '-o', out]);
  assert.equal(r.code, 1);
  assert.equal(r.stderr, `policy-explainer from-csv: ${out} already exists; use --force to overwrite, or -o another file\n`);
  assert.equal(readFileSync(out, 'utf8'), 'keep me\n');
  assert.match(cli(['from-csv', '--help']).stdout, /^ {2}--force {15}overwrite that file if it already exists$/m);
  assert.equal(cli(['from-csv', dir, '-o', out, '--force']).code, 0);
  assert.deepStrictEqual(JSON.parse(readFileSync(out, 'utf8')), bundled);
});

test('to-csv refuses an invalid dataset with its problems', () => {
  const r = cli(['to-csv', 'test/fixtures/invalid/date-impossible-feb-30.json', '-d', join(tmp, 'never')]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /date-impossible-feb-30\.json:60:7: \/stances\/0\/date:/);
  assert.equal(existsSync(join(tmp, 'never')), false);
});
