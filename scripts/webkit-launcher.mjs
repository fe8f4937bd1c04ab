// WebKitGTK (Safari's engine) for @web/test-runner: MiniBrowser driven by WebKitWebDriver through
// @web/test-runner-webdriver + webdriverio. WebKitGTK has no headless mode, so the launcher starts an
// Xvfb on a free display when DISPLAY is unset, then WebKitWebDriver on a free port, and stops both
// when wtr stops it (or when the process exits without stopping it). Used by web-test-runner.config.mjs.
import { spawn } from 'node:child_process';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { freePort, startXvfb, stopChild } from './find-browser.mjs';

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
export class WebKitGtkLauncher extends WebdriverLauncher {
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
