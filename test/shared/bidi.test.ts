import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/explainer/define.js';
import type { PolicyExplainer } from '../../src/explainer/policy-explainer.js';
import { addLanguage } from '../../src/data/i18n.js';
import { bundledDataset as d } from '../../src/data/load.js';
import { buildMatrix } from '../../src/matrix/model.js';
import { staticEvents } from '../../src/timeline/static.js';
import { staticPositions } from '../../src/matrix/static.js';
import ar from '../../src/i18n/ar.js';

/**
 * Data in one direction inside an interface in the other: the bundled story's English inside the
 * Arabic interface. Each run of data text is isolated (<bdi>), so an English sentence keeps its
 * punctuation at its end instead of the right-to-left paragraph moving it to the front
 * (".The article spells…").
 */

/** The on-screen box of the character at `index` of a text node. */
function charBox(node: Text, index: number): DOMRect {
  const range = document.createRange();
  range.setStart(node, index);
  range.setEnd(node, index + 1);
  const rects = range.getClientRects();
  return rects[rects.length - 1];
}

/** For each English sentence in `root` that ends with a period: is the period drawn after its last letter (to its right)? */
function periodsAtTheEnd(root: Node): Array<{ text: string; ok: boolean }> {
  const out: Array<{ text: string; ok: boolean }> = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const text = n.data.trimEnd();
    if (text.length < 20 || !/[a-z]\.$/i.test(text)) continue;
    const period = charBox(n, text.length - 1);
    const letter = charBox(n, text.length - 2);
    out.push({ text: text.slice(-30), ok: period.left >= letter.left });
  }
  return out;
}

describe('bidi: data text keeps its own direction inside an interface of the other', () => {
  before(() => addLanguage('ar', ar));

  it('in the Arabic interface, an English note ends with its period', async () => {
    const el = await fixture<PolicyExplainer>(html`<policy-explainer lang="ar" style="width: 700px"></policy-explainer>`);
    await el.updateComplete;
    const note = el.shadowRoot!.querySelector('.note')!;
    expect(getComputedStyle(el.shadowRoot!.querySelector('article')!).direction).to.equal('rtl');
    const seen = periodsAtTheEnd(note);
    expect(seen).to.have.length(1);
    expect(seen[0].ok, seen[0].text).to.equal(true);
  });

  it('the static views (print, the command line) isolate every event, position, quote and source list', async () => {
    const box = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar" style="width: 700px"></div>`);
    render(html`${staticEvents(d, 'ar')} ${staticPositions(d, buildMatrix(d, { lang: 'ar' }), 'ar')}`, box);
    const seen = periodsAtTheEnd(box);
    expect(seen.length, 'sentences checked').to.be.greaterThan(d.events.length);
    expect(seen.filter((s) => !s.ok).map((s) => s.text)).to.deep.equal([]);
    expect(box.querySelectorAll('li bdi').length, 'every event and its sources').to.be.at.least(d.events.length * 2);
  });
});
