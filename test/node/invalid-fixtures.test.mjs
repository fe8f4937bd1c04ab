// The bad-input corpus (test/fixtures/invalid/) is written by scripts/gen-invalid-fixtures.mjs from
// one table; a hand edit of a fixture, or a row changed without regenerating, fails here.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIR, differences } from '../../scripts/gen-invalid-fixtures.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'pe-corpus-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

test('test/fixtures/invalid/ is exactly what the table makes (gen-invalid-fixtures.mjs --check)', () => {
  const r = spawnSync(process.execPath, ['scripts/gen-invalid-fixtures.mjs', '--check'], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^test\/fixtures\/invalid\/: 82 files and expected\.json, as the table makes them$/m);
});

test('the check names a fixture edited by hand, one missing and one no row makes', () => {
  const copy = join(tmp, 'invalid');
  cpSync(DIR, copy, { recursive: true });
  writeFileSync(join(copy, 'root-null.json'), 'null');
  rmSync(join(copy, 'events-empty.json'));
  writeFileSync(join(copy, 'stray.json'), '{}\n');
  assert.deepEqual(differences(copy), [
    'root-null.json: differs from the table',
    'events-empty.json: missing',
    'stray.json: not made by any row',
  ]);
});
