/**
 * `policy-explainer render` on a phone, read as a reader with JavaScript off would: each page is
 * written by the command line (web-test-runner.config.mjs, /__test/render/) and opened in a
 * sandboxed iframe where no script may run, so only HTML and CSS (declarative shadow DOM, container
 * queries) shape it. It should read as the live widget does at the same width.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { PolicyExplainer } from '../../src/explainer/policy-explainer.js';
import newcomer from '../fixtures/newcomer-story.json' with { type: 'json' };
import type { Dataset } from '../../src/data/types.js';

/** Opens a rendered story at a viewport width, scripts off; resolves to its document. */
async function openStatic(fixture: string, width: number, query = ''): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = `width:${width}px;height:800px;border:0;display:block`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/__test/render/${fixture}.html${query}`;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  expect(doc.querySelector('policy-explainer')?.shadowRoot, 'the declarative shadow root was attached').to.exist;
  return doc;
}

afterEach(() => document.querySelectorAll('iframe, .live').forEach((f) => f.remove()));

/** Every element, through open shadow roots. */
const all = (root: Document | ShadowRoot | Element): Element[] =>
  [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);

/** Hidden from sight: not rendered, or a visually-hidden box for screen readers (1 px, clipped). */
function unseen(el: Element): boolean {
  if (!el.checkVisibility({ visibilityProperty: true })) return true;
  for (let n: Element | null = el; n; n = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host || null)) {
    const cs = n.ownerDocument.defaultView!.getComputedStyle(n);
    if (cs.clipPath === 'inset(50%)') return true;
  }
  return false;
}

/** Each visible text node with its element. */
function visibleTexts(root: Document | Element): Text[] {
  const texts: Text[] = [];
  // (A frame's document is not an instance of this window's Document.)
  for (const el of [root.nodeType === Node.DOCUMENT_NODE ? (root as Document).documentElement : (root as Element), ...all(root)]) {
    if (unseen(el)) continue;
    for (const n of el.childNodes) if (n.nodeType === Node.TEXT_NODE && n.textContent!.trim()) texts.push(n as Text);
  }
  return texts;
}

/** Text (by its words) that reaches outside the viewport. */
function outside(doc: Document): string[] {
  const width = doc.documentElement.clientWidth;
  const found: string[] = [];
  for (const node of visibleTexts(doc)) {
    const range = doc.createRange();
    range.selectNodeContents(node);
    for (const r of range.getClientRects())
      if (r.width > 0.5 && (r.left < -0.5 || r.right > width + 0.5))
        found.push(`"${node.textContent!.trim().slice(0, 40)}" ${Math.round(r.left)}–${Math.round(r.right)}`);
  }
  return found;
}

/** Words split across two lines anywhere but at a hyphen or dash: "Transportat / ion". */
function splitWords(doc: Document): string[] {
  const found: string[] = [];
  for (const node of visibleTexts(doc)) {
    const text = node.textContent!;
    for (const m of text.matchAll(/[^\s\-‐–—/]+/g)) {
      const range = doc.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0.5).map((r) => Math.round(r.top)));
      if (lines.size > 1) found.push(m[0]);
    }
  }
  return found;
}

/** The matrix's shadow root inside the explainer. */
const matrixRoot = (doc: Document) => doc.querySelector('policy-explainer')!.shadowRoot!.querySelector('stance-matrix')!.shadowRoot!;

/** The table a reader sees (the other layout is not rendered). */
function shownTable(doc: Document): HTMLTableElement {
  const shown = [...matrixRoot(doc).querySelectorAll('table')].filter((t) => t.checkVisibility());
  expect(shown, 'exactly one table is shown').to.have.length(1);
  return shown[0];
}

/** Visible headings and captions, by their text: what a reader scanning the page sees as titles. */
function headings(root: Document | ShadowRoot | Element): string[] {
  return all(root)
    .filter((el) => el.matches('h1, h2, h3, h4, h5, h6, [role="heading"], caption') && !unseen(el))
    .map((el) => el.textContent!.replace(/\s+/g, ' ').trim());
}

describe('policy-explainer render, read with JavaScript off', () => {
  for (const fixture of ['bundled', 'newcomer-story'])
    for (const width of [320, 375]) {
      it(`${fixture} at ${width} px: nothing is wider than the screen`, async () => {
        const doc = await openStatic(fixture, width);
        // Every <details> open too (Sources): a reader can open them without script.
        for (const d of all(doc)) if (d instanceof HTMLDetailsElement) d.open = true;
        expect(doc.documentElement.scrollWidth, 'the page scrolls sideways').to.equal(doc.documentElement.clientWidth);
        for (const el of all(matrixRoot(doc)).filter((e) => e.matches('.scroll') && !unseen(e)))
          expect(el.scrollWidth - el.clientWidth, "the matrix's frame scrolls sideways").to.be.at.most(0);
        expect(outside(doc), 'text outside the screen').to.deep.equal([]);
      });

      it(`${fixture} at ${width} px: the matrix is in its compact layout`, async () => {
        const doc = await openStatic(fixture, width);
        const table = shownTable(doc);
        expect(table.classList.contains('compact'), 'the compact table').to.equal(true);
        // The phone's key above it: the positions' icons and the questions.
        const root = matrixRoot(doc);
        expect(root.querySelector('.positions')!.checkVisibility()).to.equal(true);
        expect(root.querySelector('.key')!.checkVisibility()).to.equal(true);
        // Each cell: the icon alone (the word is for screen readers).
        const word = table.querySelector('.cell .word')!;
        expect(unseen(word), 'the word in a cell is for screen readers').to.equal(true);
      });

      it(`${fixture} at ${width} px: words break only between words`, async () => {
        expect(splitWords(await openStatic(fixture, width))).to.deep.equal([]);
      });
    }

  it('with seven questions at 320 px the table scrolls inside its frame, names in view, and the page does not', async () => {
    const doc = await openStatic('many-questions-story', 320);
    const table = shownTable(doc);
    expect(table.classList.contains('compact')).to.equal(true);
    const frame = table.closest('.scroll')!;
    expect(frame.scrollWidth, 'the frame scrolls').to.be.above(frame.clientWidth);
    expect(frame.getAttribute('role'), 'a scrolling region a keyboard can reach').to.equal('region');
    expect(frame.getAttribute('tabindex')).to.equal('0');
    expect(doc.documentElement.scrollWidth, 'the page scrolls sideways').to.equal(doc.documentElement.clientWidth);
    expect(splitWords(doc)).to.deep.equal([]);
  });

  for (const width of [768, 1280])
    it(`at ${width} px the matrix is the full table, its questions in the head`, async () => {
      const doc = await openStatic('newcomer-story', width);
      const table = shownTable(doc);
      expect(table.classList.contains('compact')).to.equal(false);
      const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
      expect(heads.slice(1)).to.deep.equal(newcomer.issues.map((i) => i.label));
      expect(matrixRoot(doc).querySelector('.positions')?.checkVisibility() ?? false, 'no phone key').to.equal(false);
      expect(unseen(table.querySelector('.cell .word')!), 'each cell says its position in words').to.equal(false);
      expect(splitWords(doc)).to.deep.equal([]);
    });

  it('dark, at 375 px: compact, and nothing wider than the screen', async () => {
    const doc = await openStatic('newcomer-story', 375, '?theme=dark');
    expect(shownTable(doc).classList.contains('compact')).to.equal(true);
    expect(doc.documentElement.scrollWidth).to.equal(doc.documentElement.clientWidth);
    expect(outside(doc)).to.deep.equal([]);
  });

  for (const width of [375, 1280])
    it(`at ${width} px it shows no heading the live widget lacks`, async () => {
      const doc = await openStatic('newcomer-story', width);
      const live = document.createElement('policy-explainer') as PolicyExplainer;
      live.className = 'live';
      live.style.width = `${width - 32}px`;
      live.data = newcomer as unknown as Dataset;
      document.body.append(live);
      await live.updateComplete;
      for (const el of all(live.shadowRoot!)) await (el as Partial<PolicyExplainer>).updateComplete;
      const liveHeadings = headings(live.shadowRoot!);
      expect(liveHeadings).to.include('Who stands where');
      expect(headings(doc.querySelector('policy-explainer')!.shadowRoot!)).to.deep.equal(liveHeadings);
    });
});
