// Browser tests: @web/test-runner in the system's browsers (see scripts/find-browser.mjs):
//   chromium  Chromium via puppeteer-core (@web/test-runner-chrome)
//   firefox   Firefox ESR via puppeteer over WebDriver BiDi (@web/test-runner-puppeteer)
//   webkit    WebKitGTK's MiniBrowser via WebKitWebDriver (@web/test-runner-webdriver + webdriverio);
//             an Xvfb is started on a free display when DISPLAY is unset, and stopped at the end.
// BROWSERS=chromium,firefox,webkit picks engines (default: every installed one; all three in CI).
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { defaultReporter } from '@web/test-runner';
import { engineLabel, findBrowser, freePort, selectEngines, startXvfb, stopChild, webkitPaths } from './scripts/find-browser.mjs';

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
  if (ctx.path === '/__test/slow') {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    ctx.type = 'json';
    ctx.body = '{}';
    return;
  }
  await next();
  if (ctx.path.startsWith('/test/e2e/pages/csp')) ctx.set('Content-Security-Policy', STRICT_CSP);
}

/** Kills what we started even if wtr exits without stopping its launchers. */
const children = new Map(); // ChildProcess -> kill its whole process group too
process.once('exit', () => {
  for (const [child, group] of children) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    try {
      if (group) process.kill(-child.pid, 'SIGKILL');
      else child.kill('SIGKILL');
    } catch {}
  }
});

/** Polls WebKitWebDriver's /status until it accepts sessions. */
async function waitForDriver(port, child, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${timeoutMs / 1000} s`);
}

/**
 * WebKitGTK through @web/test-runner-webdriver. The launcher expects a running WebDriver server, so
 * this one starts Xvfb (when there is no DISPLAY) and WebKitWebDriver on a free port in initialize()
 * and stops both in stop(), after the WebDriver session (and with it MiniBrowser) has closed.
 */
class WebKitGtkLauncher extends WebdriverLauncher {
  constructor({ driver, minibrowser, xvfb }) {
    super({
      hostname: '127.0.0.1',
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // Without it webdriverio asks for BiDi, which WebKitWebDriver cannot match.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: minibrowser, args: ['--automation'] },
      },
    });
    this.paths = { driver, minibrowser, xvfb };
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
    let display = process.env.DISPLAY;
    if (!display) {
      this.xvfb = await startXvfb(this.paths.xvfb);
      children.set(this.xvfb.child, false);
      display = this.xvfb.display;
    }
    const port = await freePort();
    // Own process group, so MiniBrowser and its WebKit helper processes can be killed with it.
    this.driverProcess = spawn(this.paths.driver, [`--port=${port}`], {
      env: { ...process.env, DISPLAY: display },
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    });
    let stderr = '';
    this.driverProcess.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
    children.set(this.driverProcess, true);
    try {
      await waitForDriver(port, this.driverProcess);
    } catch (e) {
      await this.stopProcesses();
      throw new Error(`${e.message}${stderr ? `\n${stderr.trim()}` : ''}`);
    }
    this.options.port = port;
  }

  async createDriverManager() {
    const manager = await super.createDriverManager();
    // Same viewport as the puppeteer engines (800 × 600), so layouts that depend on it match. The
    // window size includes MiniBrowser's frame, so measure the viewport and grow by the difference.
    try {
      await this.driver.setWindowSize(800, 600);
      const inner = await this.driver.execute('return [window.innerWidth, window.innerHeight]');
      if (inner[0] !== 800 || inner[1] !== 600) await this.driver.setWindowSize(800 + 800 - inner[0], 600 + 600 - inner[1]);
    } catch (e) {
      console.warn(`Could not size the WebKit window to an 800 × 600 viewport: ${e.message}`);
    }
    return manager;
  }

  async stopProcesses() {
    if (this.driverProcess) {
      const child = this.driverProcess;
      this.driverProcess = undefined;
      await stopChild(child);
      // MiniBrowser and its helpers, if the session did not close them.
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
      children.delete(child);
    }
    if (this.xvfb) {
      const x = this.xvfb;
      this.xvfb = undefined;
      await x.stop();
      children.delete(x.child);
    }
  }

  async stop() {
    await super.stop();
    await this.stopProcesses();
  }
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
  middleware: [testEndpoints],
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
