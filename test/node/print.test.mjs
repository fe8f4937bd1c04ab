// Print and PDF: the explainer printed by Chromium (page.pdf, Letter and A4) is complete static
// content — every event with its date, summary and sources; every position with its basis, date
// and quote; sources with their URLs written out — in the light theme, with no controls. The text
// is read back from the PDF with poppler's pdftotext.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { findBrowser } from '../../scripts/find-browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bundled = JSON.parse(readFileSync(join(root, 'data/chicago-welcoming-city.json'), 'utf8'));
const en = (t) => (typeof t === 'string' ? t : t.en);
const tmp = mkdtempSync(join(tmpdir(), 'pe-print-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

const chromium = findBrowser('chromium');
const pdftotext = spawnSync('pdftotext', ['-v']).error ? undefined : 'pdftotext';
const skip = !chromium
  ? 'Chromium is not installed (apt-get install -y chromium)'
  : !pdftotext
    ? 'pdftotext is not installed (apt-get install -y poppler-utils)'
    : false;

const page = join(tmp, 'article.html');
writeFileSync(
  page,
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Print</title>
<script src="/dist/policy-explainer.js"></script></head>
<body><policy-explainer theme="dark"></policy-explainer></body></html>`,
);
// Served over http, as readers get it: the views on paper and the story's details are modules
// the script imports from beside itself in idle time (a file:// page cannot import modules).
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  const file = path === '/article.html' ? page : join(root, path);
  try {
    const body = readFileSync(file);
    res.writeHead(200, { 'content-type': file.endsWith('.html') ? 'text/html' : 'text/javascript' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
after(() => server.close());
const pageUrl = `http://127.0.0.1:${server.address().port}/article.html`;

/** Text of a PDF, with line breaks and hyphenation at line ends undone (content-stream order: a table cell's lines stay together). */
function pdfText(file) {
  const r = spawnSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.replace(/\s+/g, ' ');
}

test('printed to PDF, the explainer is complete static content in the light theme, with no controls', { skip }, async () => {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({ executablePath: chromium, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const tab = await browser.newPage();
    await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    await tab.goto(pageUrl, { waitUntil: 'load' });
    await tab.waitForFunction(() =>
      document.querySelector('policy-explainer')?.shadowRoot?.querySelector('stance-matrix')?.shadowRoot?.querySelector('.cell'),
    );
    // Ready to print: the idle-time modules are in (the views on paper, the story's details).
    await tab.waitForFunction(() =>
      ['modules/print.js', 'modules/story-details.js'].every((m) =>
        performance.getEntriesByType('resource').some((e) => e.name.endsWith(m) && e.responseEnd > 0),
      ),
    );
    await tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
    for (const format of ['letter', 'a4']) {
      const file = join(tmp, `${format}.pdf`);
      await tab.pdf({ path: file, format, printBackground: true });
      const text = pdfText(file);
      for (const e of bundled.events) assert.ok(text.includes(en(e.title)), `${format}: event "${en(e.title)}"`);
      for (const e of bundled.events.filter((e) => e.summary)) {
        const start = en(e.summary).split(' ').slice(0, 6).join(' ');
        assert.ok(text.includes(start), `${format}: the summary of "${en(e.title)}" ("${start}…")`);
      }
      for (const a of bundled.actors) assert.ok(text.includes(en(a.name)), `${format}: actor ${en(a.name)}`);
      for (const s of bundled.stances.filter((s) => s.quote)) {
        const start = s.quote.split(' ').slice(0, 5).join(' ');
        assert.ok(text.includes(start), `${format}: the quote "${start}…"`);
      }
      assert.match(text, /Supports \(Own words, November 12, 2024\)/, `${format}: a position with its basis and date`);
      for (const s of bundled.sources.filter((s) => s.url))
        assert.ok(text.replace(/ /g, '').includes(s.url), `${format}: the URL ${s.url}`);
      for (const control of ['Get the data', 'Positions (CSV)', 'Show them', '×'])
        assert.ok(!text.includes(control), `${format}: no "${control}"`);
    }
    // On paper the dark theme gives way to the light one.
    await tab.emulateMediaType('print');
    const bg = await tab.evaluate(() => getComputedStyle(document.querySelector('policy-explainer')).backgroundColor);
    assert.equal(bg, 'rgb(255, 255, 255)');
    // After printing, the interactive explainer is back.
    await tab.emulateMediaType(null);
    const back = await tab.evaluate(
      () =>
        !!document
          .querySelector('policy-explainer')
          .shadowRoot.querySelector('policy-timeline')
          .shadowRoot.querySelector('li.event button'),
    );
    assert.equal(back, true);
  } finally {
    await browser.close();
  }
});
