// `npm test`: type check, schema/type drift check, Node tests, then every browser test in real
// browsers (Chromium, Firefox ESR, WebKitGTK; see scripts/find-browser.mjs) under a pinned time
// zone. BROWSERS=chromium,firefox,webkit picks engines; unset means every installed engine, or all
// three in CI (CI=1), where a missing engine fails the run. Ends with one line "N passed, N failed"
// summed over all runners and engines.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { engineLabel, findBrowser, packageNote, selectEngines, webkitPaths } from './find-browser.mjs';

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
  if (ok) passed++;
  else failed++;
  if (!ok) console.error(`✗ ${label} failed`);
}

// Which engines run, and for each missing one the package that provides it here.
const selection = selectEngines();
const where = (e) =>
  e === 'webkit'
    ? `${webkitPaths().driver}${process.env.DISPLAY ? `, DISPLAY=${process.env.DISPLAY}` : ', on its own Xvfb'}`
    : findBrowser(e);
console.log(
  `Browser engines: ${selection.engines.map((e) => `${engineLabel[e]} (${where(e)})`).join(', ') || 'none'}${selection.explicit ? '   [BROWSERS]' : selection.ci ? '   [CI: all engines]' : ''}`,
);
for (const m of selection.errors.length ? [] : selection.missing) {
  console.log(`Skipping ${engineLabel[m.name]} (not installed): ${m.reason}.${packageNote(m)} Install with:\n  ${m.hint}`);
}
if (selection.errors.length) {
  console.error(selection.errors.map((e) => `✗ ${e}`).join('\n'));
  console.error('then run npm test again.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

check('type check', step('Type check (tsc --noEmit)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']));
// ESLint (typescript-eslint, lit, wc), lit-analyzer (template types; its CSS parser cannot read
// the theme's token fragments, so no-invalid-css is off), Prettier.
check('lint', step('Lint (ESLint, lit-analyzer, Prettier)', 'npm', ['run', '--silent', 'lint']));
check('types match schema', step('Types match data/schema.json', 'node', ['scripts/gen-types.mjs', '--check']));

// The Node tests run the built CLI and pack the npm package; the browser tests load the one-script bundle.
check('build', step('Build (npm run build: one-script bundle, ES modules, CLI, types)', 'npm', ['run', 'build']));

const nodeTests = readdirSync('test/node')
  .filter((f) => f.endsWith('.test.mjs'))
  .map((f) => join('test/node', f));
if (nodeTests.length) {
  const tap = join(tmp, 'node.tap');
  step('Node tests', 'node', [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...nodeTests,
  ]);
  const out = readFileSync(tap, 'utf8');
  const pass = Number(/^# pass (\d+)/m.exec(out)?.[1] ?? 0);
  const fail = Number(/^# fail (\d+)/m.exec(out)?.[1] ?? 1);
  passed += pass;
  failed += fail;
}

const counts = join(tmp, 'wtr.json');
const names = selection.engines.map((e) => engineLabel[e]).join(', ');
const started = Date.now();
const ok = step(`Browser tests (@web/test-runner: ${names})`, 'npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs'], {
  WTR_COUNTS_FILE: counts,
  // The config runs exactly the engines chosen here, and does not repeat the messages above.
  BROWSERS: selection.engines.join(','),
  PE_ENGINES_REPORTED: '1',
});
try {
  const c = JSON.parse(readFileSync(counts, 'utf8'));
  passed += c.passed;
  failed += c.failed;
  console.log(`\nBrowser tests by engine (${((Date.now() - started) / 1000).toFixed(1)} s):`);
  for (const e of selection.engines) {
    const r = c.engines?.[e];
    if (r) console.log(`  ${engineLabel[e].padEnd(12)} ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`);
    else {
      failed++;
      console.error(`  ${engineLabel[e].padEnd(12)} ✗ ran no test file`);
    }
  }
  if (!ok && c.failed === 0) failed++;
} catch {
  failed++;
  console.error('✗ the browser test run did not report its results');
}
rmSync(tmp, { recursive: true, force: true });
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
