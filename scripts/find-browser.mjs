// Finds the system browsers the tests drive. npm tools cannot download browsers on this network,
// so when one is missing we say exactly which Debian package provides it.
//
// Engines: chromium (Chromium via puppeteer-core), firefox (Firefox ESR via puppeteer over WebDriver
// BiDi) and webkit (WebKitGTK's MiniBrowser via WebKitWebDriver + webdriverio; needs an X display,
// an Xvfb is started when DISPLAY is unset).
//
// Path overrides: CHROME_PATH, FIREFOX_PATH, WEBKIT_DRIVER_PATH, MINIBROWSER_PATH, XVFB_PATH.
// An override that is set is the only place looked at, so pointing one at a nonexistent file makes
// that engine "missing" (useful to check the message).
//
// BROWSERS=chromium,firefox,webkit picks engines; unset means every installed engine, except in CI
// (CI=1/true, as .ci/run exports) where it means all three and a missing one is an error.
import { existsSync, accessSync, constants } from 'node:fs';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** Display names, in the order the engines run. */
export const engineLabel = { chromium: 'Chromium', firefox: 'Firefox ESR', webkit: 'WebKitGTK' };

const candidates = {
  chromium: {
    env: 'CHROME_PATH',
    paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'],
  },
  firefox: { env: 'FIREFOX_PATH', paths: ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr'] },
  'webkit-driver': { env: 'WEBKIT_DRIVER_PATH', paths: ['/usr/bin/WebKitWebDriver'] },
  minibrowser: {
    env: 'MINIBROWSER_PATH',
    paths: [
      '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
      '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
    ],
  },
  xvfb: { env: 'XVFB_PATH', paths: ['/usr/bin/Xvfb'] },
};

/** The Debian packages that provide each engine. */
export const debianPackages = {
  chromium: ['chromium'],
  firefox: ['firefox-esr'],
  webkit: ['webkit2gtk-driver', 'xvfb'],
};

export const installHint = {
  chromium: 'apt-get update && apt-get install -y chromium   (or set CHROME_PATH to a Chrome/Chromium binary)',
  firefox: 'apt-get update && apt-get install -y firefox-esr   (or set FIREFOX_PATH to a Firefox binary)',
  webkit: 'apt-get update && apt-get install -y webkit2gtk-driver xvfb   (or set WEBKIT_DRIVER_PATH / MINIBROWSER_PATH)',
};

function executable(p) {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function findTool(name) {
  const { env, paths } = candidates[name];
  const override = process.env[env];
  const list = override ? [override] : paths;
  return list.find((p) => p && existsSync(p) && executable(p));
}

/**
 * The path of the named browser, or undefined when it is not installed. For 'webkit' this is the
 * WebKitWebDriver path; webkitPaths() gives everything WebKit needs.
 */
export function findBrowser(name) {
  if (name === 'chromium' || name === 'firefox') return findTool(name);
  if (name === 'webkit') return webkitPaths().ok ? findTool('webkit-driver') : undefined;
  return undefined;
}

/** WebKitWebDriver, MiniBrowser and (when there is no DISPLAY) Xvfb, and what is missing. */
export function webkitPaths() {
  const driver = findTool('webkit-driver');
  const minibrowser = findTool('minibrowser');
  const xvfb = process.env.DISPLAY ? undefined : findTool('xvfb');
  const missing = [];
  if (!driver)
    missing.push(
      `WebKitWebDriver (${process.env.WEBKIT_DRIVER_PATH ? `WEBKIT_DRIVER_PATH=${process.env.WEBKIT_DRIVER_PATH} does not exist` : 'package webkit2gtk-driver'})`,
    );
  if (!minibrowser)
    missing.push(
      `MiniBrowser (${process.env.MINIBROWSER_PATH ? `MINIBROWSER_PATH=${process.env.MINIBROWSER_PATH} does not exist` : 'package webkit2gtk-driver'})`,
    );
  if (!process.env.DISPLAY && !xvfb)
    missing.push(
      `Xvfb, needed because DISPLAY is unset (${process.env.XVFB_PATH ? `XVFB_PATH=${process.env.XVFB_PATH} does not exist` : 'package xvfb'})`,
    );
  return { ok: missing.length === 0, driver, minibrowser, xvfb, missing };
}

/** Why an engine is missing, in one line. */
export function missingReason(name) {
  if (name === 'webkit') return webkitPaths().missing.join('; ');
  const env = candidates[name].env;
  return process.env[env] ? `${env}=${process.env[env]} does not exist or is not executable` : `no ${engineLabel[name]} binary found`;
}

export const isCI = () => /^(1|true|yes)$/i.test(process.env.CI ?? '');

const aliases = {
  chromium: 'chromium',
  chrome: 'chromium',
  firefox: 'firefox',
  'firefox-esr': 'firefox',
  webkit: 'webkit',
  webkitgtk: 'webkit',
  minibrowser: 'webkit',
};

/**
 * Which engines to run. Returns { engines, missing, errors, requested } where `errors` is non-empty
 * when the run must fail (unknown name; a requested engine is missing; CI and an engine is missing;
 * nothing at all to run). `missing` lists engines that are skipped or failing, with their reason.
 */
export function selectEngines(env = process.env) {
  const errors = [];
  const explicit = Boolean(env.BROWSERS && env.BROWSERS.trim());
  const ci = isCI();
  let requested = ENGINES;
  if (explicit) {
    requested = [];
    for (const raw of env.BROWSERS.split(/[\s,]+/).filter(Boolean)) {
      const name = aliases[raw.toLowerCase()];
      if (!name) errors.push(`Unknown engine "${raw}" in BROWSERS (use any of: ${ENGINES.join(', ')})`);
      else if (!requested.includes(name)) requested.push(name);
    }
    requested.sort((a, b) => ENGINES.indexOf(a) - ENGINES.indexOf(b));
  }
  const engines = [];
  const missing = [];
  for (const name of requested) {
    if (findBrowser(name)) engines.push(name);
    else missing.push({ name, reason: missingReason(name), packages: debianPackages[name], hint: installHint[name] });
  }
  if (missing.length && (explicit || ci)) {
    const why = explicit ? `is requested in BROWSERS=${env.BROWSERS}` : 'is required in CI (CI=1 runs every engine)';
    for (const m of missing) {
      errors.push(
        `${engineLabel[m.name]} ${why} but missing: ${m.reason}. Debian package${m.packages.length > 1 ? 's' : ''}: ${m.packages.join(' + ')}. Install with:\n    ${m.hint}`,
      );
    }
  }
  if (!engines.length && !errors.length) errors.push('No browser engine is installed, so no browser test can run.');
  return { engines, missing, errors, requested, explicit, ci };
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts Xvfb on a free display number that the server picks itself (-displayfd: it skips displays
 * whose lock file or socket exists, so there is no race with another X server). Resolves to
 * { display, child, stop }.
 */
export function startXvfb(xvfbPath) {
  return new Promise((resolve, reject) => {
    // Xvfb writes the display number it chose to fd 3, then a newline.
    const child = spawn(xvfbPath, ['-displayfd', '3', '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let done = false;
    const timer = setTimeout(() => fail(new Error('Xvfb did not report a display within 10 s')), 10000);
    function fail(e) {
      if (done) return;
      done = true;
      clearTimeout(timer);
      try {
        child.kill('SIGKILL');
      } catch {}
      reject(new Error(`${e.message}${err ? `\n${err.trim()}` : ''}`));
    }
    child.stderr.on('data', (d) => (err += d));
    child.on('error', fail);
    child.on('exit', (code) => fail(new Error(`Xvfb exited with code ${code} before it was ready`)));
    child.stdio[3].on('data', (d) => {
      out += d;
      if (done || !out.includes('\n')) return;
      done = true;
      clearTimeout(timer);
      child.stderr.removeAllListeners('data');
      child.stderr.resume();
      child.removeAllListeners('exit');
      resolve({ display: `:${out.trim()}`, child, stop: () => stopChild(child) });
    });
  });
}

/** SIGTERM, then SIGKILL after a grace period; resolves when the process has exited. */
export function stopChild(child, graceMs = 3000) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const t = setTimeout(() => {
      try {
        child.kill('SIGKILL');
      } catch {}
    }, graceMs);
    child.once('exit', () => {
      clearTimeout(t);
      resolve();
    });
    try {
      child.kill('SIGTERM');
    } catch {
      clearTimeout(t);
      resolve();
    }
  });
}
