// `policy-explainer from-sheet`: a story read from a Google Sheets link (or CSV per tab) and
// written as JSON, as a newsroom's scheduled job runs it, against the stand-in for Google Sheets
// (test/helpers/sheets-standin.mjs) on a local node:http server; Node's fetch is pointed at it by
// a preload (test/helpers/sheets-fetch-preload.mjs). Runs the built CLI (npm run build).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSheetsStandIn } from '../helpers/sheets-standin.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = `${root}bin/policy-explainer.mjs`;
const preload = fileURLToPath(new URL('../helpers/sheets-fetch-preload.mjs', import.meta.url));
const bundled = JSON.parse(readFileSync(`${root}data/chicago-welcoming-city.json`, 'utf8'));
const tmp = mkdtempSync(join(tmpdir(), 'pe-cli-sheet-'));
assert.ok(existsSync(`${root}dist/cli/main.js`), 'dist/cli/main.js is missing: run `npm run build` first');

const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcd';
const PUB = '2PACX-1vTAbCdEfGhIjKlMnOpQrStUvWxYz0123456789';
const SHARE = `https://docs.google.com/spreadsheets/d/${ID}/edit?usp=sharing#gid=0`;
const standIn = createSheetsStandIn({ prefix: '/__sheets/' });
const server = createServer(standIn.handle);
let origin;
let tabs;

before(async () => {
  // The bundled story's tabs, as `to-csv` writes them (what a producer would paste into the sheet).
  const dir = join(tmp, 'tabs');
  const made = spawnSync(process.execPath, [bin, 'to-csv', `${root}data/chicago-welcoming-city.json`, '-d', dir], { encoding: 'utf8' });
  assert.equal(made.status, 0, made.stderr);
  tabs = readdirSync(dir).map((file) => ({ name: file.replace(/\.csv$/, ''), csv: readFileSync(join(dir, file), 'utf8') }));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** Runs the CLI in a child process (asynchronously: this process serves the stand-in meanwhile). */
function cli(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', preload, bin, ...args], {
      cwd: root,
      env: { ...process.env, PE_SHEETS_STANDIN: `${origin}/__sheets/` },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

test('from-sheet reads a shared sheet into the same story, and says OK', async () => {
  standIn.define(ID, { tabs });
  const out = join(tmp, 'story.json');
  const r = await cli(['from-sheet', SHARE, '-o', out]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /^OK .*story\.json: 11 events, 10 actors, 3 issues, 33 stances, 18 sources, 4 groups; as of 2024-12-10$/m);
  assert.deepStrictEqual(JSON.parse(readFileSync(out, 'utf8')), bundled);
});

test('a scheduled run needs --force to replace the last story; without it nothing is read', async () => {
  standIn.define(ID, { tabs });
  const out = join(tmp, 'existing.json');
  writeFileSync(out, '{"last":"good"}');
  standIn.requests.length = 0;
  const refused = await cli(['from-sheet', SHARE, '-o', out]);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /existing\.json already exists; use --force to overwrite, or -o another file/);
  assert.equal(standIn.requests.length, 0);
  const forced = await cli(['from-sheet', SHARE, '-o', out, '--force']);
  assert.equal(forced.code, 0, forced.stderr);
  assert.equal(JSON.parse(readFileSync(out, 'utf8')).id, bundled.id);
});

test('a private sheet, a throttled one, one that never answers: exit 1, and the last good story stays', async () => {
  const out = join(tmp, 'kept.json');
  for (const [sheet, args, expected] of [
    [{ tabs, access: 'private' }, [], /this sheet is not shared with anyone who has the link: in Google Sheets, Share › General access/],
    [{ tabs, mode: 'throttle' }, [], /is read too often right now \(429 Too Many Requests\)/],
    [{ tabs, mode: 'hang' }, ['--timeout', '1'], /the sheet did not answer within 1 s; nothing was written/],
  ]) {
    writeFileSync(out, '{"last":"good"}');
    standIn.define(ID, sheet);
    const start = Date.now();
    const r = await cli(['from-sheet', SHARE, '-o', out, '--force', ...args]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, expected);
    assert.ok(Date.now() - start < 8000, 'gave up in time');
    assert.equal(readFileSync(out, 'utf8'), '{"last":"good"}');
  }
});

test('a document published to the web is read by gid, through the redirect to the content host', async () => {
  standIn.define(ID, { tabs: tabs.map((t, i) => ({ ...t, gid: 500 + i })), pubId: PUB });
  const r = await cli(['from-sheet', `https://docs.google.com/spreadsheets/d/e/${PUB}/pubhtml`]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepStrictEqual(JSON.parse(r.stdout), bundled);
  assert.ok(standIn.requests.some((q) => q.path === `/content/pub/${PUB}` && q.query.includes('gid=500')));
});

test('a CSV URL per tab; problems named by tab, row and column, with the flags to use', async () => {
  const broken = tabs
    .filter((t) => t.name !== 'dataset')
    .map((t) => (t.name === 'events' ? { ...t, csv: t.csv.replace(',1985-03-07,', ',3/7/1985,') } : t));
  standIn.define(ID, { tabs: broken });
  const r = await cli(['from-sheet', `https://cdn.example.org/cdn/${ID}/{tab}.csv`]);
  assert.equal(r.code, 1);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^events row 2, column date \(B\): is 7 March 1985 or 3 July 1985: .*format the date column as plain text/m);
  assert.match(r.stderr, /^dataset: has no title: give a "dataset" tab with title_en \(and title_es…\) or --title "…"$/m);
  assert.match(r.stderr, /^FAIL 3 problems; nothing was written$/m);
});

test('wrong usage: exit 2; --help documents the links and the exit codes', async () => {
  assert.equal((await cli(['from-sheet'])).code, 2);
  assert.match((await cli(['from-sheet'])).stderr, /missing the link/);
  assert.equal((await cli(['from-sheet', SHARE, '--timeout', 'soon'])).code, 2);
  const help = await cli(['from-sheet', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /docs\.google\.com\/spreadsheets\/d\/e\/<PUBID>\/pubhtml/);
  assert.match(help.stdout, /\{tab\}\.csv/);
  assert.match((await cli(['--help'])).stdout, /^ {2}from-sheet +build a dataset from a Google Sheets link/m);
  const notALink = await cli(['from-sheet', 'https://example.org/story.json']);
  assert.equal(notALink.code, 1);
  assert.match(notALink.stderr, /the link is neither a Google Sheets link nor a CSV URL/);
});
