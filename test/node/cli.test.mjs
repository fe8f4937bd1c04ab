// The `policy-explainer` command line, run as a user runs it: the built CLI (bin/ → dist/cli/) in a
// child process. Needs the builds: `npm run build` (which also runs rollup.cli.config.mjs).
// This file: help, usage errors and `validate`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = `${root}bin/policy-explainer.mjs`;
const invalid = (name) => `test/fixtures/invalid/${name}.json`;

assert.ok(
  existsSync(`${root}dist/cli/main.js`),
  'dist/cli/main.js is missing: run `npm run build` (or `npx rollup -c rollup.cli.config.mjs`) first',
);

/** Runs the CLI from the repository root; returns its exit code and output. */
function cli(args, { input } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('--help lists every command and exits 0', () => {
  const r = cli(['--help']);
  assert.equal(r.code, 0);
  for (const c of ['validate', 'from-csv', 'to-csv', 'from-timelinejs', 'render']) assert.match(r.stdout, new RegExp(`^  ${c} `, 'm'));
});

test('every command has its own --help, printed to stdout with exit code 0', () => {
  for (const c of ['validate', 'from-csv', 'to-csv', 'from-timelinejs', 'render']) {
    const r = cli([c, '--help']);
    assert.equal(r.code, 0, c);
    assert.match(r.stdout, new RegExp(`^Usage: policy-explainer ${c} `), c);
    assert.equal(cli(['help', c]).stdout, r.stdout, `help ${c} prints the same`);
    assert.equal(cli([c, '-h']).stdout, r.stdout, `${c} -h prints the same`);
  }
});

test('--version prints the version of package.json', () => {
  const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
  assert.equal(cli(['--version']).stdout, `${pkg.version}\n`);
});

test('no command prints the usage and exits 2', () => {
  const r = cli([]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^Usage: policy-explainer <command>/m);
});

test('an unknown command prints the usage and exits 2', () => {
  const r = cli(['frobnicate']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /unknown command "frobnicate"/);
  assert.match(r.stderr, /^Usage: policy-explainer <command>/m);
});

test("an unknown flag prints the command's usage and exits 2", () => {
  const r = cli(['validate', '--strict', 'data/chicago-welcoming-city.json']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--strict/);
  assert.match(r.stderr, /^Usage: policy-explainer validate/m);
  assert.equal(cli(['--frobnicate']).code, 2);
});

test('a missing file argument or a bad option value is a usage error (exit 2)', () => {
  assert.equal(cli(['validate']).code, 2);
  assert.equal(cli(['render', 'data/chicago-welcoming-city.json', '--view', 'sideways']).code, 2);
  assert.equal(cli(['render', 'data/chicago-welcoming-city.json', '--lang']).code, 2);
  assert.equal(cli(['from-timelinejs', 'a.json', '--as-of', '2021-02-30']).code, 2);
  assert.equal(cli(['to-csv', 'a.json', 'b.json']).code, 2);
});

test('validate accepts the bundled dataset with a one-line summary of its counts', () => {
  const d = JSON.parse(readFileSync(`${root}data/chicago-welcoming-city.json`, 'utf8'));
  const r = cli(['validate', 'data/chicago-welcoming-city.json']);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.equal(
    r.stdout,
    `OK data/chicago-welcoming-city.json: ${d.events.length} events, ${d.actors.length} actors, ${d.issues.length} issues, ${d.stances.length} stances, ${d.sources.length} sources, ${d.groups.length} groups; as of ${d.asOf}\n`,
  );
});

// Each: the fixture, the JSON pointer and the line:column the CLI must report, and what the
// source text holds at that position (so a regenerated fixture fails with a clear reason).
const located = [
  ['date-impossible-feb-30', '/stances/0/date', 60, 7, '"date": "2021-02-30"', /is not a date that exists/],
  ['dangling-event-source', '/events/1/sources/1', 37, 9, '"radio"', /refers to source "radio"/],
  ['unknown-event-field', '/events/0/descripton', 28, 7, '"descripton"', /is not a known field/],
  ['stance-duplicate-actor-issue-date', '/stances/1', 66, 5, '{', /repeats \/stances\/0/],
  ['language-code-key-invalid', '/issues/0/label/Spanish', 53, 9, '"Spanish"', /language code/],
  ['proto-key-top-level', '/__proto__', 2, 3, '"__proto__"', /is not a known field/],
  // Something missing is reported at the object that lacks it.
  ['event-missing-date', '/events/1/date', 29, 5, '{', /is missing/],
  ['dataset-missing-asof', '/asOf', 1, 1, '{', /is missing/],
];

for (const [name, pointer, line, column, text, message] of located) {
  test(`validate reports ${name}.json at ${pointer}, line ${line}:${column}, and exits 1`, () => {
    const source = readFileSync(`${root}${invalid(name)}`, 'utf8').split('\n');
    assert.ok(source[line - 1].slice(column - 1).startsWith(text), `the fixture has ${JSON.stringify(text)} at ${line}:${column}`);
    const r = cli(['validate', invalid(name)]);
    assert.equal(r.code, 1);
    const lines = r.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 2, r.stdout);
    assert.ok(lines[0].startsWith(`${invalid(name)}:${line}:${column}: ${pointer}: `), lines[0]);
    assert.match(lines[0], message);
    assert.equal(lines[1], `FAIL ${invalid(name)}: 1 problem`);
  });
}

const syntax = [
  ['json-trailing-comma', 66, 4, /comma after the last property/],
  ['json-line-comment', 2, 3, /comments are not allowed/],
  ['json-single-quotes', 2, 3, /double quotes/],
  ['json-unquoted-key', 2, 3, /property names must be in double quotes/],
  ['json-nan-literal', 8, 14, /NaN is not a JSON value/],
  ['json-two-documents', 68, 1, /after the end of the JSON document/],
  ['json-truncated', 32, 14, /never closed/],
  ['json-empty-file', 1, 1, /empty/],
  // The byte order mark is not counted: column 1 is the first character an editor shows.
  ['json-bom-then-garbage', 1, 1, /unexpected 'p'/],
];

for (const [name, line, column, message] of syntax) {
  test(`validate reports the JSON syntax error in ${name}.json at line ${line}:${column}`, () => {
    const r = cli(['validate', invalid(name)]);
    assert.equal(r.code, 1);
    const [first, summary] = r.stdout.trimEnd().split('\n');
    assert.ok(first.startsWith(`${invalid(name)}:${line}:${column}: not valid JSON: `), first);
    assert.match(first, message);
    assert.equal(summary, `FAIL ${invalid(name)}: not valid JSON`);
  });
}

test('validate rejects every file of the invalid corpus, each with a line:column', () => {
  const { files } = JSON.parse(readFileSync(`${root}test/fixtures/invalid/expected.json`, 'utf8'));
  const expected = JSON.parse(readFileSync(`${root}test/fixtures/invalid/expected.json`, 'utf8'));
  const r = cli(['validate', '--json', ...files.map((f) => `test/fixtures/invalid/${f}`)]);
  assert.equal(r.code, 1);
  const reports = JSON.parse(r.stdout);
  assert.equal(reports.length, files.length);
  for (const [i, report] of reports.entries()) {
    const e = expected[files[i]];
    assert.equal(report.ok, false, files[i]);
    assert.equal(report.syntax, e.kind === 'json', `${files[i]} is a ${e.kind} error`);
    const first = report.problems[0];
    assert.ok(first.line >= 1 && first.column >= 1, `${files[i]}: ${first.line}:${first.column}`);
    if (e.kind === 'invalid') {
      assert.equal(first.path, e.path, files[i]);
      assert.ok(first.message.includes(e.message), `${files[i]}: ${first.message}`);
    }
  }
});

test('validate checks several files, reads standard input for "-", and fails if any file fails', () => {
  const text = readFileSync(`${root}data/chicago-welcoming-city.json`, 'utf8');
  const ok = cli(['validate', '-'], { input: text });
  assert.equal(ok.code, 0);
  assert.match(ok.stdout, /^OK <stdin>: /);
  const mixed = cli(['validate', 'data/chicago-welcoming-city.json', invalid('date-impossible-feb-30'), 'no-such-file.json']);
  assert.equal(mixed.code, 1);
  assert.match(mixed.stdout, /^OK data\/chicago-welcoming-city\.json/m);
  assert.match(mixed.stdout, /^FAIL test\/fixtures\/invalid\/date-impossible-feb-30\.json/m);
  assert.match(mixed.stderr, /no-such-file\.json: no such file/);
});

test('validate warns about a repeated key, which JSON.parse silently drops', () => {
  const r = cli(['validate', '-'], { input: '{\n  "id": "first",\n  "id": "second"\n}\n' });
  assert.equal(r.code, 1);
  assert.match(r.stdout, /^<stdin>:3:3: warning: \/id: repeats a key already given at 2:3/m);
});
