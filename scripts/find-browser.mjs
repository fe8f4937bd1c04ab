// Finds the system browsers the tests drive. npm tools cannot download browsers on this network,
// so when one is missing we say which package provides it on this system: Debian and Ubuntu,
// Fedora, Arch, openSUSE, Alpine, or macOS (Homebrew).
//
// Engines: chromium (Chrome or Chromium via puppeteer-core), firefox (Firefox or Firefox ESR via
// puppeteer over WebDriver BiDi) and webkit (WebKitGTK's MiniBrowser via WebKitWebDriver +
// webdriverio; Linux only, and it needs an X display: an Xvfb is started when DISPLAY is unset).
//
// Path overrides: CHROME_PATH, FIREFOX_PATH, WEBKIT_DRIVER_PATH, MINIBROWSER_PATH, XVFB_PATH.
// An override that is set is the only place looked at, so pointing one at a nonexistent file makes
// that engine "missing" (useful to check the message).
//
// BROWSERS=chromium,firefox,webkit picks engines; unset means every installed engine, except in CI
// (CI=1/true, as .ci/run exports) where it means all three and a missing one is an error.
import { existsSync, accessSync, constants, readFileSync, readdirSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { homedir } from 'node:os';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** Display names, in the order the engines run. */
export const engineLabel = { chromium: 'Chromium', firefox: 'Firefox ESR', webkit: 'WebKitGTK' };

/** macOS apps, system-wide or in the user's own Applications folder. */
const macApp = (app, binary) => [
  `/Applications/${app}.app/Contents/MacOS/${binary}`,
  `${homedir()}/Applications/${app}.app/Contents/MacOS/${binary}`,
];

/** Where WebKitGTK puts MiniBrowser: Debian's /usr/lib/<triplet>/, Fedora's /usr/libexec/, Arch's /usr/lib/. */
function miniBrowserPaths() {
  let triplets = [];
  try {
    triplets = readdirSync('/usr/lib').filter((d) => /-linux-gnu/.test(d));
  } catch {
    /* not Linux */
  }
  // Debian's x86_64 and aarch64 first, as before; then every other place a distribution uses.
  const roots = [
    ...new Set([
      '/usr/lib/x86_64-linux-gnu',
      '/usr/lib/aarch64-linux-gnu',
      ...triplets.map((t) => `/usr/lib/${t}`),
      '/usr/libexec',
      '/usr/lib64',
      '/usr/lib',
    ]),
  ];
  const apis = ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0'];
  return apis.flatMap((api) => roots.map((root) => `${root}/${api}/MiniBrowser`));
}

/** Linux binaries in the usual folders: /usr/bin/<name> for each name. */
const usrBin = (...names) => names.map((name) => `/usr/bin/${name}`);

const candidates = {
  chromium: {
    env: 'CHROME_PATH',
    paths: [
      ...usrBin('chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'),
      // Alpine, Fedora (lib64), Google's .rpm/.deb, the Ubuntu snap.
      ...['/usr/lib/chromium/chromium', '/usr/lib64/chromium-browser/chromium-browser', '/opt/google/chrome/chrome', '/snap/bin/chromium'],
      ...['Google Chrome', 'Chromium', 'Google Chrome for Testing'].flatMap((app) => macApp(app, app)),
    ],
  },
  firefox: {
    env: 'FIREFOX_PATH',
    paths: [
      ...usrBin('firefox-esr'),
      '/usr/lib/firefox-esr/firefox-esr',
      ...usrBin('firefox'),
      ...['/usr/lib/firefox/firefox', '/usr/lib64/firefox/firefox', '/opt/firefox/firefox', '/snap/bin/firefox'],
      ...['Firefox', 'Firefox Developer Edition', 'Firefox Nightly'].flatMap((app) => macApp(app, 'firefox')),
    ],
  },
  'webkit-driver': { env: 'WEBKIT_DRIVER_PATH', paths: ['/usr/bin/WebKitWebDriver', '/usr/local/bin/WebKitWebDriver'] },
  minibrowser: { env: 'MINIBROWSER_PATH', paths: miniBrowserPaths() },
  xvfb: { env: 'XVFB_PATH', paths: ['/usr/bin/Xvfb', '/usr/local/bin/Xvfb'] },
};

/** The Debian packages that provide each engine. */
export const debianPackages = {
  chromium: ['chromium'],
  firefox: ['firefox-esr'],
  webkit: ['webkit2gtk-driver', 'xvfb'],
};

/**
 * What to install on each kind of system: its packages per engine and the command. Names are the
 * distributions' own (checked for Debian 12; the others as their package lists name them).
 */
const systems = {
  debian: {
    label: 'Debian',
    packages: debianPackages,
    command: (pkgs) => `apt-get update && apt-get install -y ${pkgs.join(' ')}`,
  },
  ubuntu: {
    label: 'Ubuntu',
    // Ubuntu's chromium-browser and firefox are snaps; the Debian names do not exist there.
    packages: { chromium: ['chromium-browser'], firefox: ['firefox'], webkit: ['webkit2gtk-driver', 'xvfb'] },
    command: (pkgs) => `sudo apt-get update && sudo apt-get install -y ${pkgs.join(' ')}`,
  },
  fedora: {
    label: 'Fedora',
    packages: { chromium: ['chromium'], firefox: ['firefox'], webkit: ['webkit2gtk4.1-devel', 'xorg-x11-server-Xvfb'] },
    command: (pkgs) => `sudo dnf install -y ${pkgs.join(' ')}`,
  },
  arch: {
    label: 'Arch Linux',
    packages: { chromium: ['chromium'], firefox: ['firefox'], webkit: ['webkit2gtk-4.1', 'xorg-server-xvfb'] },
    command: (pkgs) => `sudo pacman -S --needed ${pkgs.join(' ')}`,
  },
  // WebKitGTK's packaging of WebKitWebDriver and MiniBrowser varies here: the generic advice below.
  opensuse: {
    label: 'openSUSE',
    packages: { chromium: ['chromium'], firefox: ['MozillaFirefox'] },
    command: (pkgs) => `sudo zypper install ${pkgs.join(' ')}`,
  },
  alpine: {
    label: 'Alpine',
    packages: { chromium: ['chromium'], firefox: ['firefox-esr'] },
    command: (pkgs) => `apk add ${pkgs.join(' ')}`,
  },
  macos: {
    label: 'Homebrew',
    packages: { chromium: ['google-chrome'], firefox: ['firefox'] },
    command: (pkgs) => `brew install --cask ${pkgs.join(' ')}`,
  },
};

/** Which of the systems above this is: by /etc/os-release on Linux (ID, then ID_LIKE). */
export function detectSystem(osRelease = readOsRelease(), platform = process.platform) {
  if (platform === 'darwin') return 'macos';
  if (platform !== 'linux') return undefined;
  const field = (name) => new RegExp(`^${name}="?([^"\n]*)"?$`, 'm').exec(osRelease)?.[1] ?? '';
  for (const id of [field('ID'), ...field('ID_LIKE').split(/\s+/)]) {
    if (id === 'ubuntu' || id === 'debian' || id === 'fedora' || id === 'arch' || id === 'alpine') return id;
    if (id === 'rhel' || id === 'centos') return 'fedora';
    if (id.startsWith('opensuse') || id === 'suse') return 'opensuse';
  }
  return undefined;
}

function readOsRelease() {
  try {
    return readFileSync('/etc/os-release', 'utf8');
  } catch {
    return '';
  }
}

const OVERRIDE = { chromium: 'CHROME_PATH', firefox: 'FIREFOX_PATH', webkit: 'WEBKIT_DRIVER_PATH / MINIBROWSER_PATH' };

/** How to install one engine on a system (a detectSystem() answer), with the path variable as the way out. */
export function installCommand(engine, system) {
  const s = systems[system];
  if (engine === 'webkit' && system === 'macos')
    return 'WebKitGTK, the WebKit these tests drive, is Linux-only: run BROWSERS=chromium,firefox npm test here, and WebKit on Linux or in CI';
  if (!s?.packages[engine]) {
    const what = { chromium: 'Chrome or Chromium', firefox: 'Firefox', webkit: "WebKitGTK's WebKitWebDriver and MiniBrowser, and Xvfb" }[
      engine
    ];
    return `install ${what} from your system's packages (set ${OVERRIDE[engine]} if it is not found)`;
  }
  return `${s.command(s.packages[engine])}   (or set ${OVERRIDE[engine]}${engine === 'webkit' ? '' : ` to a ${engine === 'chromium' ? 'Chrome/Chromium' : 'Firefox'} binary`})`;
}

/** This system's packages for each engine (Debian's on an unknown system) and what it calls them. */
export const systemPackages = () => {
  const s = systems[detectSystem()];
  return { label: s?.label ?? 'Debian', packages: s?.packages ?? debianPackages };
};

/** " Debian packages: webkit2gtk-driver + xvfb." for a missing engine; "" where this system has none to name. */
export const packageNote = (m) =>
  m.packages.length ? ` ${systemPackages().label} package${m.packages.length > 1 ? 's' : ''}: ${m.packages.join(' + ')}.` : '';

/** One line per engine: how to install it here (on Debian, exactly the apt-get line). */
export const installHint = Object.fromEntries(ENGINES.map((e) => [e, installCommand(e, detectSystem())]));

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
    else missing.push({ name, reason: missingReason(name), packages: systemPackages().packages[name] ?? [], hint: installHint[name] });
  }
  if (missing.length && (explicit || ci)) {
    const why = explicit ? `is requested in BROWSERS=${env.BROWSERS}` : 'is required in CI (CI=1 runs every engine)';
    for (const m of missing) {
      errors.push(`${engineLabel[m.name]} ${why} but missing: ${m.reason}.${packageNote(m)} Install with:\n    ${m.hint}`);
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
