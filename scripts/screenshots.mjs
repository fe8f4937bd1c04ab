// Screenshots of a page at 320, 768 and 1280 px, light and dark, in headless Chromium:
//   node scripts/screenshots.mjs [url] [outdir] [selector]
// Look at them before calling visual work done.
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { findBrowser, installHint } from './find-browser.mjs';

const [url = 'http://localhost:8000/demo/', out = 'screenshots', selector] = process.argv.slice(2);
const executablePath = findBrowser('chromium');
if (!executablePath) {
  console.error(`No Chromium found. Install it with:\n  ${installHint.chromium}`);
  process.exit(1);
}
mkdirSync(out, { recursive: true });
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
/** In the page: two frames (ResizeObserver → re-render), then every element's pending update. */
async function settle() {
  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await frame();
  const all = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
  await Promise.all(all(document).map((el) => el.updateComplete));
  await frame();
}

try {
  const page = await browser.newPage();
  page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
  page.on('pageerror', (e) => console.error('page error:', e.message));
  for (const scheme of ['light', 'dark']) {
    for (const width of [320, 768, 1280]) {
      await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await page.goto(url, { waitUntil: 'networkidle0' });
      await page.evaluate(() => document.fonts.ready);
      // A viewport as tall as the page, then a plain screenshot: Chromium's capture beyond the
      // viewport (fullPage) sometimes painted the timeline's region blank although its DOM was
      // complete. The taller viewport is a resize: let the elements settle before the capture.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewport({ width, height, deviceScaleFactor: 1 });
      await page.evaluate(settle);
      const file = `${out}/${width}-${scheme}.png`;
      if (selector) {
        const el = await page.$(selector);
        await el.screenshot({ path: file });
      } else await page.screenshot({ path: file });
      console.log(file);
    }
  }
} finally {
  await browser.close();
}
