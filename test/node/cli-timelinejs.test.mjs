// `policy-explainer from-timelinejs`: a TimelineJS3 JSON file becomes a dataset (events at their
// date precision, plain text, sources from media credits or a placeholder), with warnings for
// everything dropped. Runs the built CLI (npm run build).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = `${root}bin/policy-explainer.mjs`;
const fixture = 'test/fixtures/timelinejs/riverside-bike-lanes.json';
const tmp = mkdtempSync(join(tmpdir(), 'pe-cli-tljs-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

assert.ok(existsSync(`${root}dist/cli/main.js`), 'dist/cli/main.js is missing: run `npm run build` first');

function cli(args) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const converted = cli(['from-timelinejs', fixture, '--as-of', '2024-12-01']);
const d = converted.code === 0 ? JSON.parse(converted.stdout) : undefined;

test('from-timelinejs converts the fixture and the result validates, in our validator and in Ajv', () => {
  assert.equal(converted.code, 0, converted.stderr);
  assert.match(converted.stderr, /^OK dataset: 5 events, 0 actors, 0 issues, 0 stances, 3 sources; as of 2024-12-01$/m);
  const out = join(tmp, 'converted.json');
  assert.equal(cli(['from-timelinejs', fixture, '--as-of', '2024-12-01', '-o', out]).code, 0);
  assert.equal(cli(['validate', out]).code, 0);
  const ajv = new Ajv2020().compile(JSON.parse(readFileSync(`${root}data/schema.json`, 'utf8')));
  assert.equal(ajv(d), true, JSON.stringify(ajv.errors));
});

test('the title slide gives the title and summary, as plain text', () => {
  assert.equal(d.title, 'Riverside’s bike lane fight');
  assert.equal(d.summary, 'How a 25-year-old plan became this winter’s council vote.');
  assert.equal(d.id, 'riversides-bike-lane-fight');
  assert.equal(d.asOf, '2024-12-01');
  assert.deepEqual([d.actors, d.issues, d.stances], [[], [], []]);
});

test('events keep their dates at their precision, in date order, with spans and kind "event"', () => {
  assert.deepEqual(
    d.events.map((e) => [e.id, e.date, e.end]),
    [
      ['plan-adopted', '1998', undefined],
      ['pilot-lanes-on-main-street', '2019-06', '2021-03'],
      ['council-hearing-draws-200-residents', '2023-11-14', undefined],
      ['the-mayor-endorses-the-full-network', '2024-02-01', undefined],
      ['council-hearing-draws-200-residents-2', '2025-01', undefined],
    ],
  );
  assert.ok(d.events.every((e) => e.kind === 'event' && Array.isArray(e.actors) && e.actors.length === 0));
});

test('HTML is stripped to text: tags and scripts go, entities are decoded, paragraphs stay apart', () => {
  const byId = Object.fromEntries(d.events.map((e) => [e.id, e]));
  assert.equal(byId['plan-adopted'].summary, 'The plan called for 40 miles of lanes & trails, reported by the Riverside Ledger.');
  assert.equal(byId['council-hearing-draws-200-residents'].summary, 'Speakers split on removing parking.\n\nSome brought signs.');
  assert.equal(byId['pilot-lanes-on-main-street'].summary, 'A two-year pilot, 1\u202fmile long — the first protected lanes.');
  assert.ok(!JSON.stringify(d).includes('<'), 'no markup is left');
  assert.ok(!JSON.stringify(d).includes('alert'), 'script content is dropped');
});

test('an event without a headline is titled from its first sentence', () => {
  const e = d.events.find((x) => x.date === '2024-02-01');
  assert.equal(e.title, 'The mayor endorses the full network');
  assert.match(converted.stderr, /^warning: event 4 \(2024-02-01\) has no headline: titled "The mayor endorses the full network"$/m);
});

test('media credits become sources; events without one cite the placeholder source', () => {
  assert.deepEqual(d.sources, [
    {
      id: 'source-riverside-ledger',
      label: 'Riverside Ledger: The 1998 plan',
      publisher: 'Riverside Ledger',
      url: 'https://example.org/plan.pdf',
    },
    { id: 'source-riverside-ledger-2', label: 'Riverside Ledger', url: 'https://example.org/pilot.jpg' },
    { id: 'source-needed', label: 'Source needed: replace this with where the event comes from' },
  ]);
  assert.deepEqual(
    d.events.map((e) => e.sources),
    [['source-riverside-ledger'], ['source-riverside-ledger-2'], ['source-needed'], ['source-needed'], ['source-needed']],
  );
});

test('what is dropped is listed as warnings', () => {
  const w = converted.stderr;
  for (const re of [
    /^warning: "The first streetcar" has no usable year \("circa 1900"\): skipped$/m,
    /^warning: event 4: end_date 2024-02-01 is not after 2024-02-01; dropped/m,
    /^warning: 3 events cite the placeholder source "source-needed"/m,
    /^warning: TimelineJS groups dropped \(Council, Pilot\)/m,
    /^warning: display_date dropped on 1 event/m,
    /^warning: time of day dropped on 1 date/m,
    /^warning: 1 link in the text dropped; add them as sources if they are: https:\/\/example\.org\/news\/1998-plan$/m,
    /^warning: 1 era dropped/m,
    /^warning: backgrounds of 1 event dropped$/m,
    /^warning: the title slide’s media dropped$/m,
  ]) {
    assert.match(w, re);
  }
});

test('without --as-of, asOf is today, with a warning', () => {
  const r = cli(['from-timelinejs', fixture]);
  assert.equal(r.code, 0, r.stderr);
  const today = new Date().toISOString().slice(0, 10);
  assert.equal(JSON.parse(r.stdout).asOf, today);
  assert.match(r.stderr, new RegExp(`^warning: asOf set to today \\(${today}\\)`, 'm'));
});

test('a file that is not TimelineJS3 JSON is refused with a reason (exit 1)', () => {
  const notTl = cli(['from-timelinejs', 'data/chicago-welcoming-city.json']);
  assert.equal(notTl.code, 1);
  assert.match(notTl.stderr, /is already a policy-explainer dataset/);
  const noEvents = join(tmp, 'no-events.json');
  writeFileSync(noEvents, JSON.stringify({ title: { text: { headline: 'x' } } }));
  assert.match(cli(['from-timelinejs', noEvents]).stderr, /is not a TimelineJS3 file: it needs an "events" array/);
  const v2 = join(tmp, 'v2.json');
  writeFileSync(v2, JSON.stringify({ timeline: { headline: 'Old', type: 'default', date: [] } }));
  assert.match(cli(['from-timelinejs', v2]).stderr, /looks like a TimelineJS2 file/);
  const broken = join(tmp, 'broken.json');
  writeFileSync(broken, '{\n  "events": [\n    { "start_date": { "year": 2020 }, }\n  ]\n}\n');
  const r = cli(['from-timelinejs', broken]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /broken\.json:3:37: not valid JSON: a comma after the last property/);
});

test('the fixture itself is unchanged input: converting twice gives the same events', () => {
  const again = cli(['from-timelinejs', fixture, '--as-of', '2024-12-01']);
  const a = JSON.parse(again.stdout);
  assert.deepEqual(a.events, d.events);
  assert.ok(readFileSync(`${root}${fixture}`, 'utf8').includes('"unique_id": "Plan_Adopted"'));
});

test("TimelineJS3's Google Sheets template exported as CSV converts too: its own sample, women_in_computing.csv", () => {
  const sample = 'node_modules/@knight-lab/timelinejs/src/js/core/__tests__/women_in_computing.csv';
  const r = cli(['from-timelinejs', sample, '--as-of', '2024-01-01']);
  assert.equal(r.code, 0, r.stderr);
  const w = JSON.parse(r.stdout);
  assert.equal(w.title, 'Women in Computing');
  assert.deepEqual(
    w.events.slice(0, 2).map((e) => [e.date, e.end, e.title]),
    [
      ['1815-12-10', '1852-11-27', 'Ada Lovelace'],
      ['1943-06-05', undefined, 'The First Computer'],
    ],
  );
  assert.match(r.stderr, /^OK dataset: 10 events, 0 actors, 0 issues, 0 stances, 10 sources; as of 2024-01-01$/m);
  assert.match(r.stderr, /^warning: 2 links in the text dropped/m);
});

test('a row of the CSV template that cannot be used is named by its row and column', () => {
  const sheet = join(tmp, 'sheet.csv');
  writeFileSync(sheet, 'Year,Month,Day,Headline,Text,Type\n,,,My story,,title\n2020,2,30,Bad day,,\n2021,,,Fine,,\n');
  const r = cli(['from-timelinejs', sheet, '--as-of', '2024-01-01']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /^warning: sheet\.csv row 3: "Bad day" has a date that does not exist .*: skipped$/m);
});

test('a spreadsheet workbook is named as one, with what to do instead (exit 1)', () => {
  const xlsx = join(tmp, 'story.xlsx');
  writeFileSync(xlsx, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]));
  const r = cli(['from-timelinejs', xlsx]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /story\.xlsx: is a zip archive or a spreadsheet workbook .*export each tab as CSV/);
});
