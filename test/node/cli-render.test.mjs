// `policy-explainer render`: static HTML from the elements' own templates (@lit-labs/ssr) —
// declarative shadow DOM for browsers, plain light-DOM content for readers that drop <template>,
// no script. Opened in Chromium with JavaScript disabled. Runs the built CLI and dist/esm
// (npm run build).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findBrowser, installHint } from '../../scripts/find-browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = `${root}bin/policy-explainer.mjs`;
const bundled = JSON.parse(readFileSync(`${root}data/chicago-welcoming-city.json`, 'utf8'));
const tmp = mkdtempSync(join(tmpdir(), 'pe-cli-render-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

assert.ok(existsSync(`${root}dist/cli/main.js`) && existsSync(`${root}dist/esm/define.js`), 'run `npm run build` first');

function cli(args) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Text as it appears in HTML source once escaped. */
const escaped = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const en = (t) => (typeof t === 'string' ? t : t.en);
const es = (t) => (typeof t === 'string' ? t : (t.es ?? t.en));

/** The element's light DOM: what is left of it with every <template> (and its content) removed. */
function withoutTemplates(page) {
  let out = '';
  let i = 0;
  for (;;) {
    const start = page.indexOf('<template', i);
    if (start < 0) return out + page.slice(i);
    out += page.slice(i, start);
    let depth = 0;
    let j = start;
    for (;;) {
      const open = page.indexOf('<template', j + 1);
      const close = page.indexOf('</template>', j + 1);
      if (open >= 0 && open < close) [depth, j] = [depth + 1, open];
      else if (depth === 0) {
        i = close + '</template>'.length;
        break;
      } else [depth, j] = [depth - 1, close];
    }
  }
}

const page = cli(['render', 'data/chicago-welcoming-city.json']);

test('render writes a complete HTML page with no script', () => {
  assert.equal(page.code, 0, page.stderr);
  assert.match(page.stdout, /^<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">/);
  assert.match(page.stdout, /<\/body>\n<\/html>\n$/);
  assert.ok(!/<script/i.test(page.stdout), 'no <script>');
  assert.ok(!/\son[a-z]+=/i.test(page.stdout), 'no inline event handler');
  assert.ok(!page.stdout.includes('<!--lit-part') && !page.stdout.includes('defer-hydration'), 'no hydration markers');
  assert.match(page.stdout, new RegExp(`<title>${escaped(en(bundled.title))}</title>`));
});

test('the explainer, its timeline and its matrix are declarative shadow roots', () => {
  assert.equal(page.stdout.match(/<template shadowrootmode="open">/g)?.length, 3);
  assert.match(page.stdout, /<policy-explainer\s[^>]*lang="en"[^>]*><template shadowrootmode="open"><style>/);
  assert.match(page.stdout, /<policy-timeline\s[^>]*><template shadowrootmode="open">/);
  assert.match(page.stdout, /<stance-matrix\s[^>]*><template shadowrootmode="open">/);
});

test('the shadow DOM and the light DOM each carry the title and every event title', () => {
  const light = withoutTemplates(page.stdout);
  for (const text of [en(bundled.title), ...bundled.events.map((e) => en(e.title))]) {
    assert.ok(page.stdout.split(escaped(text)).length - 1 >= 2, `"${text}" appears in both trees`);
    assert.ok(light.includes(escaped(text)), `"${text}" is in the light DOM`);
  }
  for (const a of bundled.actors) assert.ok(light.includes(escaped(en(a.name))), `${en(a.name)} is in the light DOM table`);
  for (const s of bundled.sources) assert.ok(light.includes(escaped(en(s.label))), `source ${s.id} is in the light DOM`);
  assert.match(light, /<table class="static">\s*<caption>\s*Where they stand/);
  assert.match(light, /<h2>Chicago’s Welcoming City ordinance<\/h2>/);
  // Dates and "expected" read as on screen (the timeline's own helpers).
  assert.match(light, /<strong>Jan 25, 2017<\/strong>/);
  assert.match(light, /<strong>Expected · Jan 15, 2025<\/strong>/);
});

test('--lang es renders the Spanish text and interface', () => {
  const r = cli(['render', 'data/chicago-welcoming-city.json', '--lang', 'es']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /<html lang="es">/);
  assert.ok(r.stdout.includes(escaped(es(bundled.title))));
  for (const e of bundled.events) assert.ok(r.stdout.includes(escaped(es(e.title))), es(e.title));
  assert.ok(withoutTemplates(r.stdout).includes('Cómo se llegó hasta aquí'));
});

test('--lang takes every interface language, dist/lang/ ones too, and regional tags', () => {
  for (const [lang, heading, section] of [
    ['fr', 'Comment on en est arrivé là', 'Qui pense quoi'],
    ['pt-BR', 'Como chegamos até aqui', 'Quem defende o quê'],
  ]) {
    const r = cli(['render', 'data/chicago-welcoming-city.json', '--lang', lang]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`<html lang="${lang}">`));
    // The interface speaks the language in both trees: the shadow DOM's headings and the light DOM's.
    assert.ok(withoutTemplates(r.stdout).includes(heading), `${lang}: light DOM`);
    assert.ok(r.stdout.split(heading).length - 1 >= 2, `${lang}: shadow DOM too`);
    assert.ok(r.stdout.includes(section), `${lang}: ${section}`);
    assert.ok(!r.stdout.includes('How we got here'), `${lang}: no English interface left`);
  }
  const wrong = cli(['render', 'data/chicago-welcoming-city.json', '--lang', 'xx']);
  assert.equal(wrong.code, 2);
  assert.match(wrong.stderr, /--lang must be one of en, es, fr, de, pt, it, ar \(got "xx"\)/);
});

const arabic = cli(['render', 'data/chicago-welcoming-city.json', '--lang', 'ar']);

test('--lang ar writes a right-to-left page: the page, the element and each shadow root', () => {
  assert.equal(arabic.code, 0, arabic.stderr);
  assert.match(arabic.stdout, /<html lang="ar" dir="rtl">/);
  assert.match(arabic.stdout, /<policy-explainer lang="ar" dir="rtl"/);
  const roots = arabic.stdout.split(/<template shadowrootmode="open">/).slice(1);
  assert.equal(roots.length, 3, 'the explainer, its timeline and its matrix');
  for (const root of roots) {
    // Each shadow root's own styles hold the right-to-left rules, and its top-level elements say dir="rtl".
    assert.match(root, /:host > \[dir='rtl'\]\s*\{\s*direction: rtl;/);
    const top = root.slice(root.lastIndexOf('</style>') + 8).match(/^\s*(?:<!--[^]*?-->\s*)*<[a-z]+\b[^>]*>/)?.[0] ?? '';
    assert.match(top, /\bdir="rtl"/, `first element after the styles: ${top}`);
  }
  assert.ok(withoutTemplates(arabic.stdout).includes('كيف وصلنا إلى هنا'));
});

test('--view, --theme, --heading-level and --fragment shape the output', () => {
  const r = cli([
    'render',
    'data/chicago-welcoming-city.json',
    '--view',
    'timeline',
    '--theme',
    'dark',
    '--heading-level',
    '3',
    '--fragment',
  ]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^<policy-explainer [^>]*theme="dark" view="timeline" heading-level="3">/);
  assert.ok(!r.stdout.includes('<!doctype'), 'a fragment is not a page');
  assert.ok(!r.stdout.includes('<stance-matrix'), 'no matrix in the timeline view');
  const light = withoutTemplates(r.stdout);
  assert.match(light, /<h3>Chicago’s Welcoming City ordinance<\/h3>/);
  assert.ok(!light.includes('<table'));
});

test('data text is escaped, never markup, in both trees', () => {
  const d = structuredClone(bundled);
  d.title = '<img src=x onerror=alert(1)> & <script>alert(2)</script>';
  d.events[0].title = { en: '</policy-explainer><script>alert(3)</script>', es: 'x' };
  d.actors[0].name = '"><svg onload=alert(4)>';
  const file = join(tmp, 'hostile.json');
  writeFileSync(file, JSON.stringify(d));
  const r = cli(['render', file]);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(!/<script|<img|<svg onload/i.test(r.stdout), 'no injected element');
  assert.ok(r.stdout.includes('&lt;img src=x onerror=alert(1)&gt; &amp; &lt;script&gt;'));
  assert.equal(r.stdout.match(/<\/policy-explainer>/g).length, 1);
});

test('render refuses an invalid dataset with its problems (exit 1)', () => {
  const r = cli(['render', 'test/fixtures/invalid/date-impossible-feb-30.json']);
  assert.equal(r.code, 1);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /date-impossible-feb-30\.json:60:7: \/stances\/0\/date: /);
});

const out = join(tmp, 'explainer.html');
const chromium = findBrowser('chromium');
const noChromium = chromium ? false : `Chromium is not installed (${installHint.chromium})`;

/** Opens `file` in headless Chromium with JavaScript disabled (as a static page must read) and runs `fn` on the tab. */
async function withStaticPage(file, fn, viewport = { width: 1024, height: 800 }) {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({ executablePath: chromium, args: ['--no-sandbox'] });
  try {
    const tab = await browser.newPage();
    await tab.setJavaScriptEnabled(false);
    await tab.setViewport(viewport);
    await tab.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return await fn(tab);
  } finally {
    await browser.close();
  }
}

test('render -o writes the file and reports its size', () => {
  const r = cli(['render', 'data/chicago-welcoming-city.json', '-o', out]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, new RegExp(`^OK .*explainer\\.html: ${statSync(out).size} bytes$`, 'm'));
});

test('in Chromium with JavaScript disabled, the static page shows the explainer', { skip: noChromium }, () =>
  withStaticPage(out, async (tab) => {
    // Evaluated through the DevTools protocol, which works with the page's JavaScript off.
    const seen = await tab.evaluate(
      (titles) => {
        const host = document.querySelector('policy-explainer');
        /** Every element of the page, through the declarative shadow roots. */
        const all = (node) => [...node.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
        const elements = all(document);
        const visible = (text) =>
          elements.some((el) => {
            const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.includes(text));
            const r = el.getBoundingClientRect();
            return own && r.width > 0 && r.height > 0 && el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
          });
        const lightHeading = host.querySelector(':scope > h2');
        return {
          scripts: document.scripts.length,
          defined: Boolean(customElements.get('policy-explainer')),
          shadow: Boolean(
            host.shadowRoot &&
            host.shadowRoot.querySelector('policy-timeline')?.shadowRoot &&
            host.shadowRoot.querySelector('stance-matrix')?.shadowRoot,
          ),
          hostHeight: host.getBoundingClientRect().height,
          missing: titles.filter((t) => !visible(t)),
          // Not slotted: the light-DOM copy is not rendered twice.
          lightShown: lightHeading ? lightHeading.getBoundingClientRect().height > 0 : null,
          tableRows: host.shadowRoot.querySelector('stance-matrix').shadowRoot.querySelectorAll('tbody tr').length,
        };
      },
      [en(bundled.title), ...bundled.events.map((e) => en(e.title)), 'Donald Trump'],
    );
    assert.equal(seen.scripts, 0);
    assert.equal(seen.defined, false, 'no element was defined: no script ran');
    assert.equal(seen.shadow, true, 'the declarative shadow roots were attached');
    assert.ok(seen.hostHeight > 1000, `the explainer has its height (${seen.hostHeight}px)`);
    assert.deepEqual(seen.missing, [], 'every title is visible');
    assert.equal(seen.lightShown, false, 'the light-DOM copy stays hidden behind the shadow root');
    assert.ok(seen.tableRows >= bundled.actors.length, 'the stance table has its rows');
    await tab.screenshot({ path: join(tmp, 'no-js.png') });
  }),
);

test('in Chromium, the light-DOM content alone (as an RSS reader keeps it) reads as an article', { skip: noChromium }, async () => {
  const light = join(tmp, 'light.html');
  writeFileSync(light, withoutTemplates(readFileSync(out, 'utf8')));
  await withStaticPage(light, async (tab) => {
    const text = await tab.evaluate(() => document.body.innerText);
    for (const t of [
      en(bundled.title),
      en(bundled.summary),
      ...bundled.events.map((e) => en(e.title)),
      'How we got here',
      'Who stands where',
      'Sources',
    ]) {
      assert.ok(text.includes(t), `"${t}" is readable`);
    }
    const quote = bundled.stances.find((s) => s.quote).quote;
    assert.ok(text.includes(quote), 'quotes are there verbatim');
  });
});

test('in Chromium with JavaScript disabled, the Arabic page reads right to left', { skip: noChromium }, async () => {
  const file = join(tmp, 'ar.html');
  writeFileSync(file, arabic.stdout);
  await withStaticPage(file, async (tab) => {
    const seen = await tab.evaluate(() => {
      const host = document.querySelector('policy-explainer');
      const article = host.shadowRoot.querySelector('article');
      const timeline = host.shadowRoot.querySelector('policy-timeline').shadowRoot;
      const heading = [...article.querySelectorAll('*')].findLast((e) => e.textContent.trim() === 'كيف وصلنا إلى هنا');
      const a = article.getBoundingClientRect();
      // The text itself, not its block (which spans the column).
      const range = document.createRange();
      range.selectNodeContents(heading);
      const h = range.getBoundingClientRect();
      return {
        article: getComputedStyle(article).direction,
        timeline: getComputedStyle(timeline.querySelector('style ~ *')).direction,
        // A right-to-left heading's text sits flush right in its column.
        headingGapRight: Math.round(a.right - h.right),
        headingGapLeft: Math.round(h.left - a.left),
      };
    });
    assert.equal(seen.article, 'rtl');
    assert.equal(seen.timeline, 'rtl');
    assert.ok(seen.headingGapRight < seen.headingGapLeft, `the section heading sits on the right (${JSON.stringify(seen)})`);
  });
});
