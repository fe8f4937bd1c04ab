// `npm start` and `npm test` install what is missing first (scripts/ensure-deps.mjs, as prestart
// and pretest): when node_modules is missing or behind package-lock.json, and only then.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installReason } from '../../scripts/ensure-deps.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** A project folder with a lockfile asking for `want` and node_modules holding `have` (null: no node_modules). */
function project(want, have, { lockIsNewer = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'pe-deps-'));
  const lock = (packages) => JSON.stringify({ lockfileVersion: 3, packages: { '': {}, ...packages } });
  writeFileSync(join(dir, 'package-lock.json'), lock(want));
  if (have) {
    mkdirSync(join(dir, 'node_modules'));
    writeFileSync(join(dir, 'node_modules/.package-lock.json'), lock(have));
    const [older, newer] = [new Date('2026-01-01'), new Date('2026-01-02')];
    utimesSync(join(dir, 'package-lock.json'), lockIsNewer ? newer : older, lockIsNewer ? newer : older);
    utimesSync(join(dir, 'node_modules/.package-lock.json'), lockIsNewer ? older : newer, lockIsNewer ? older : newer);
  }
  return dir;
}

const lit = { 'node_modules/lit': { version: '3.3.0' } };

test('npm start and npm test run it first', () => {
  assert.equal(pkg.scripts?.prestart, 'node scripts/ensure-deps.mjs');
  assert.equal(pkg.scripts?.pretest, 'node scripts/ensure-deps.mjs');
});

test('a fresh clone (no node_modules) needs npm ci', () => {
  const dir = project(lit, null);
  assert.equal(installReason(dir), 'node_modules is missing');
  rmSync(dir, { recursive: true });
});

test('node_modules installed after the lockfile needs nothing', () => {
  const dir = project(lit, lit);
  assert.equal(installReason(dir), undefined);
  rmSync(dir, { recursive: true });
});

test('a lockfile that is newer but asks for the same packages (a checkout touched it) needs nothing', () => {
  const dir = project({ ...lit, 'node_modules/@esbuild/win32-x64': { version: '0.25.12', optional: true } }, lit, { lockIsNewer: true });
  assert.equal(installReason(dir), undefined);
  rmSync(dir, { recursive: true });
});

test('a newer lockfile that asks for another version, or another package, needs npm ci and says why', () => {
  const older = project({ 'node_modules/lit': { version: '3.3.1' } }, lit, { lockIsNewer: true });
  assert.equal(installReason(older), 'node_modules/lit is 3.3.0, package-lock.json asks for 3.3.1');
  const added = project({ ...lit, 'node_modules/entities': { version: '7.0.1' } }, lit, { lockIsNewer: true });
  assert.equal(installReason(added), 'node_modules/entities is not installed');
  rmSync(older, { recursive: true });
  rmSync(added, { recursive: true });
});

test('this checkout is installed: --check says so and exits 0', () => {
  const r = spawnSync(process.execPath, [join(root, 'scripts/ensure-deps.mjs'), '--check'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.equal(r.stdout.trim(), 'dependencies are installed');
});
