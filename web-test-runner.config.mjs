// Browser tests: @web/test-runner in the system's browsers (see scripts/find-browser.mjs):
//   chromium  Chromium via puppeteer-core (@web/test-runner-chrome)
//   firefox   Firefox ESR via puppeteer over WebDriver BiDi (@web/test-runner-puppeteer)
//   webkit    WebKitGTK's MiniBrowser via WebKitWebDriver (@web/test-runner-webdriver + webdriverio);
//             an Xvfb is started on a free display when DISPLAY is unset, and stopped at the end
//             (scripts/webkit-launcher.mjs).
// BROWSERS=chromium,firefox,webkit picks engines (default: every installed one; all three in CI).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { defaultReporter } from '@web/test-runner';
import { engineLabel, findBrowser, selectEngines, webkitPaths } from './scripts/find-browser.mjs';
import { WebKitGtkLauncher } from './scripts/webkit-launcher.mjs';

const selection = selectEngines();
// scripts/test.mjs has already reported the selection; say it here only when wtr is run directly.
const quiet = process.env.PE_ENGINES_REPORTED === '1';
if (selection.errors.length) {
  console.error(selection.errors.map((e) => `✗ ${e}`).join('\n'));
  process.exit(1);
}
if (!quiet) {
  for (const m of selection.missing) console.warn(`Skipping ${engineLabel[m.name]}: ${m.reason}. Install it with:\n  ${m.hint}`);
  console.log(`Browser engines: ${selection.engines.map((e) => engineLabel[e]).join(', ')}`);
}

/** Which engine ('chromium' | 'firefox' | 'webkit') each launcher object drives. */
const engineOf = new Map();

/** Sums passed/failed tests over every browser and writes them where scripts/test.mjs reads them. */
function countingReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const total = { passed: 0, failed: 0, skipped: 0 };
      const perEngine = {};
      for (const s of sessions) {
        const key = engineOf.get(s.browser) ?? s.browser?.name ?? 'unknown';
        const c = (perEngine[key] ??= { passed: 0, failed: 0, skipped: 0 });
        const walk = (suite) => {
          for (const t of suite.tests) c[t.skipped ? 'skipped' : t.passed ? 'passed' : 'failed']++;
          for (const sub of suite.suites) walk(sub);
        };
        if (s.testResults) walk(s.testResults);
        // A file that failed to load counts as a failure, so a broken import cannot look green.
        if (!s.passed && (!s.testResults || s.errors?.length)) c.failed += s.errors?.length || 1;
      }
      for (const c of Object.values(perEngine)) for (const k of Object.keys(total)) total[k] += c[k];
      if (file)
        writeFileSync(file, JSON.stringify({ passed: total.passed, failed: total.failed, skipped: total.skipped, engines: perEngine }));
    },
  };
}

/**
 * Server commands the tests call through @web/test-runner-commands' executeServerCommand.
 * 'emulate-timezone' resolves to true when the page now runs in that zone, false when the engine
 * cannot emulate time zones (WebKit over WebDriver has no such command), so a test can skip.
 */
function timezonePlugin() {
  const warned = new Set();
  return {
    name: 'emulate-timezone',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-timezone') return undefined;
      const engine = engineOf.get(session.browser);
      const unsupported = (why) => {
        if (!warned.has(engine))
          console.warn(`emulate-timezone is not supported in ${engineLabel[engine] ?? session.browser.name}: ${why}`);
        warned.add(engine);
        return false;
      };
      if (session.browser.type !== 'puppeteer') return unsupported('only puppeteer-driven engines can emulate a time zone');
      const page = session.browser.getPage(session.id);
      const timezone = payload?.timezone;
      try {
        await page.emulateTimezone(timezone);
      } catch (e) {
        if (engine === 'chromium') throw e;
        return unsupported(e.message);
      }
      if (!timezone) return true;
      const actual = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
      return actual === timezone || unsupported(`asked for ${timezone}, the page reports ${actual}`);
    },
  };
}

/** The policy a publisher with a strict CSP would send (README, "Strict Content-Security-Policy"). */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'; trusted-types lit-html";

/**
 * Test-only endpoints: a response that arrives too late (timeout tests), and a strict
 * Content-Security-Policy on every page under /test/e2e/pages/csp* (CSP tests).
 */
const store = new Map();
async function testEndpoints(ctx, next) {
  // TimelineJS3's own sample timelines, converted by our command line exactly as a producer would
  // (the build runs before the browser tests): real data nobody here wrote, for the geometry tests.
  const sample = ctx.path.match(/^\/__test\/timelinejs\/([\w-]+)\.json$/);
  if (sample) {
    const template = fileURLToPath(new URL(`./node_modules/@knight-lab/timelinejs/src/template/${sample[1]}.json`, import.meta.url));
    const r = spawnSync(
      process.execPath,
      [fileURLToPath(new URL('./bin/policy-explainer.mjs', import.meta.url)), 'from-timelinejs', template, '--as-of', '2026-01-01'],
      {
        encoding: 'utf8',
      },
    );
    ctx.status = r.status === 0 ? 200 : 500;
    ctx.type = r.status === 0 ? 'json' : 'text';
    ctx.body = r.status === 0 ? r.stdout : r.stderr;
    return;
  }
  // A story as `policy-explainer render` writes it (no script; test/e2e/static-render.test.ts):
  // /__test/render/<fixture>.html renders test/fixtures/<fixture>.json, `bundled` the bundled story.
  const rendered = ctx.path.match(/^\/__test\/render\/([\w-]+)\.html$/);
  if (rendered) {
    const file = rendered[1] === 'bundled' ? 'data/chicago-welcoming-city.json' : `test/fixtures/${rendered[1]}.json`;
    const options = ['lang', 'theme', 'view'].flatMap((k) => (ctx.query[k] ? [`--${k}`, String(ctx.query[k])] : []));
    const r = spawnSync(
      process.execPath,
      [fileURLToPath(new URL('./bin/policy-explainer.mjs', import.meta.url)), 'render', file, ...options],
      {
        cwd: fileURLToPath(new URL('.', import.meta.url)),
        encoding: 'utf8',
      },
    );
    ctx.status = r.status === 0 ? 200 : 500;
    ctx.type = r.status === 0 ? 'html' : 'text';
    ctx.body = r.status === 0 ? r.stdout : r.stderr;
    return;
  }
  // A file host for the studio's tests: a page PUTs a dataset here, then a snippet's `src` (or the
  // iframe's) reads it back, as it would from the producer's own server.
  const stored = ctx.path.match(/^\/__test\/store\/([\w-]+)\.json$/);
  if (stored) {
    if (ctx.method === 'PUT') {
      const chunks = [];
      for await (const chunk of ctx.req) chunks.push(chunk);
      store.set(stored[1], Buffer.concat(chunks).toString('utf8'));
      ctx.status = 204;
      return;
    }
    ctx.status = store.has(stored[1]) ? 200 : 404;
    ctx.type = 'json';
    ctx.body = store.get(stored[1]) ?? '{}';
    return;
  }
  // The one-script embed alone, with nothing beside it (a CDN outage, a blocked path): every
  // on-demand module it asks for answers 404 (test/e2e/on-demand.test.ts).
  if (ctx.path.startsWith('/__test/lonely/')) {
    if (ctx.path === '/__test/lonely/policy-explainer.js') {
      ctx.type = 'js';
      ctx.body = readFileSync(fileURLToPath(new URL('./dist/policy-explainer.js', import.meta.url)), 'utf8');
    } else ctx.status = 404;
    return;
  }
  // dist/embed.html as a publisher who allows only one origin for ?src= would serve it.
  if (ctx.path === '/dist/embed-allow-list.html') {
    ctx.type = 'html';
    ctx.body = readFileSync(fileURLToPath(new URL('./dist/embed.html', import.meta.url)), 'utf8').replace(
      '<meta name="policy-explainer:src-origins" content="">',
      '<meta name="policy-explainer:src-origins" content="https://data.example.org">',
    );
    return;
  }
  if (ctx.path === '/__test/slow') {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    ctx.type = 'json';
    ctx.body = '{}';
    return;
  }
  await next();
  if (ctx.path.startsWith('/test/e2e/pages/csp')) ctx.set('Content-Security-Policy', STRICT_CSP);
  // dist/embed.html as a publisher with the strict policy would serve it: ?csp=hash allows its
  // language loader by its hash (README), ?csp=strict does not.
  if (ctx.path === '/dist/embed.html' && ctx.query.csp) ctx.set('Content-Security-Policy', embedPagePolicy(ctx));
}

/**
 * STRICT_CSP for dist/embed.html, with or without its inline language loader's hash in script-src.
 * The hash of the loader as served: this server rewrites inline scripts for engines it does not
 * know as modern (WebKitGTK gets it transpiled), so the build's hash fits the other engines only.
 */
function embedPagePolicy(ctx) {
  if (ctx.query.csp !== 'hash') return STRICT_CSP;
  const served =
    typeof ctx.body === 'string' || Buffer.isBuffer(ctx.body)
      ? String(ctx.body)
      : readFileSync(fileURLToPath(new URL('./dist/embed.html', import.meta.url)), 'utf8');
  const loader = /<script>([\s\S]*?)<\/script>/.exec(served)?.[1] ?? '';
  const hash = createHash('sha256').update(loader).digest('base64');
  return STRICT_CSP.replace("script-src 'self'", `script-src 'self' 'sha256-${hash}'`);
}

function launcherFor(engine) {
  switch (engine) {
    case 'chromium':
      return chromeLauncher({
        launchOptions: {
          executablePath: findBrowser('chromium'),
          headless: true,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      });
    case 'firefox':
      return puppeteerLauncher({
        launchOptions: { browser: 'firefox', executablePath: findBrowser('firefox'), headless: true },
      });
    case 'webkit':
      return new WebKitGtkLauncher(webkitPaths());
  }
}

const browsers = selection.engines.map((engine) => {
  const launcher = launcherFor(engine);
  engineOf.set(launcher, engine);
  return launcher;
});

export default {
  middleware: [testEndpoints, (await import('./test/helpers/sheets-standin.mjs')).default.middleware],
  files: process.env.TEST_FILES ? process.env.TEST_FILES.split(',') : ['test/**/*.test.ts'],
  // Lit's development build, whose warnings (an update scheduled after an update, a class field
  // shadowing a reactive property…) fail the test that caused them (testRunnerHtml below).
  nodeResolve: { exportConditions: ['development'] },
  testRunnerHtml: (testFramework) => `<!doctype html>
<html>
  <head>
    <script>
      // Lit announces its development build once per page: known, and not worth a line per test file.
      (globalThis.litIssuedWarnings ??= new Set()).add('dev-mode');
      (() => {
        const warn = console.warn;
        console.warn = (...args) => {
          warn.apply(console, args);
          const text = String(args[0]);
          // Thrown from a task of its own: an uncaught error fails the test file, wherever Lit warned from.
          if (text.includes('lit.dev/msg/') && !text.includes('lit.dev/msg/dev-mode')) setTimeout(() => { throw new Error('Lit warned: ' + text); });
        };
      })();
    </script>
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  concurrency: 1,
  // One engine at a time: on a 2-CPU machine running engines side by side was about twice as slow
  // in total and made WebKit's axe-core checks brush the 10 s test timeout. WTR_CONCURRENT_BROWSERS
  // raises it on bigger machines.
  concurrentBrowsers: Number(process.env.WTR_CONCURRENT_BROWSERS) || 1,
  rootDir: fileURLToPath(new URL('.', import.meta.url)),
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }), timezonePlugin()],
  browsers,
  reporters: [defaultReporter(), countingReporter(process.env.WTR_COUNTS_FILE)],
};
