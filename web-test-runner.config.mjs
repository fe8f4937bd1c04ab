// Browser tests: @web/test-runner in the system's Chromium (see scripts/find-browser.mjs).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { findBrowser, installHint } from './scripts/find-browser.mjs';

const chromium = findBrowser('chromium');
if (!chromium) {
  console.error(`No Chromium found. Install it with:\n  ${installHint.chromium}`);
  process.exit(1);
}

/** Sums passed/failed tests over every browser and writes them where scripts/test.mjs reads them. */
function countingReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      const walk = (suite) => {
        for (const t of suite.tests) if (!t.skipped) t.passed ? passed++ : failed++;
        for (const s of suite.suites) walk(s);
      };
      for (const s of sessions) {
        if (s.testResults) walk(s.testResults);
        // A file that failed to load counts as a failure, so a broken import cannot look green.
        if (!s.passed && (!s.testResults || s.errors?.length)) failed += s.errors?.length || 1;
      }
      if (file) writeFileSync(file, JSON.stringify({ passed, failed }));
    },
  };
}

/** Server commands the tests call through @web/test-runner-commands' executeServerCommand. */
function timezonePlugin() {
  return {
    name: 'emulate-timezone',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-timezone') return undefined;
      const page = session.browser.getPage(session.id);
      await page.emulateTimezone(payload?.timezone);
      return true;
    },
  };
}

/** Test-only endpoints: a response that arrives too late, for timeout tests. */
async function testEndpoints(ctx, next) {
  if (ctx.path === '/__test/slow') {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    ctx.type = 'json';
    ctx.body = '{}';
    return;
  }
  return next();
}

export default {
  middleware: [testEndpoints],
  files: process.env.TEST_FILES ? process.env.TEST_FILES.split(',') : ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  rootDir: fileURLToPath(new URL('.', import.meta.url)),
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }), timezonePlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromium,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      },
    }),
  ],
  reporters: [defaultReporter(), countingReporter(process.env.WTR_COUNTS_FILE)],
};
