// `npm test`: type check, schema/type drift check, Node tests, then every browser test in real
// Chromium under a pinned time zone. Ends with one line "N passed, N failed" summed over all runners.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBrowser, installHint } from './find-browser.mjs';

const tmp = mkdtempSync(join(tmpdir(), 'pe-test-'));
const env = { ...process.env, TZ: 'America/Chicago' };
let passed = 0;
let failed = 0;

function step(label, cmd, args, extraEnv = {}) {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  return r.status === 0;
}
function check(label, ok) {
  ok ? passed++ : failed++;
  if (!ok) console.error(`✗ ${label} failed`);
}

if (!findBrowser('chromium')) {
  console.error(`No Chromium found for the browser tests. Install it with:\n  ${installHint.chromium}\nthen run npm test again.`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

check('type check', step('Type check (tsc --noEmit)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']));
check('types match schema', step('Types match data/schema.json', 'node', ['scripts/gen-types.mjs', '--check']));

const nodeTests = readdirSync('test/node').filter((f) => f.endsWith('.test.mjs')).map((f) => join('test/node', f));
if (nodeTests.length) {
  const tap = join(tmp, 'node.tap');
  step('Node tests', 'node', ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...nodeTests]);
  const out = readFileSync(tap, 'utf8');
  const pass = Number(/^# pass (\d+)/m.exec(out)?.[1] ?? 0);
  const fail = Number(/^# fail (\d+)/m.exec(out)?.[1] ?? 1);
  passed += pass;
  failed += fail;
}

const counts = join(tmp, 'wtr.json');
const ok = step('Browser tests (@web/test-runner, Chromium)', 'npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs'], { WTR_COUNTS_FILE: counts });
try {
  const c = JSON.parse(readFileSync(counts, 'utf8'));
  passed += c.passed;
  failed += c.failed;
  if (!ok && c.failed === 0) failed++;
} catch {
  failed++;
  console.error('✗ the browser test run did not report its results');
}
rmSync(tmp, { recursive: true, force: true });
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
