/**
 * Interface languages beyond English and Spanish, as a page gets them: the one-script embed plus a
 * per-language classic script (dist/lang/<tag>.js), built by npm test before the browser tests.
 */
import { expect, waitUntil } from '@open-wc/testing';

type PageWindow = Window & typeof globalThis & { __errors: string[] };

async function open(page: string, width = 1000, height = 800): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/e2e/pages/${page}`;
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as PageWindow;
}

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

/** The explainer's own text and its views', once they have rendered. */
const text = (el: Element) =>
  [el.shadowRoot!, ...[...el.shadowRoot!.querySelectorAll('policy-timeline, stance-matrix')].map((v) => v.shadowRoot!)]
    .map((r) => r?.textContent ?? '')
    .join(' ');
const view = (el: Element, tag: string) => el.shadowRoot!.querySelector(tag)!.shadowRoot!;

describe('interface languages from a second script tag', () => {
  it('speaks French with the reader\u2019s regional dates, and falls back to English where no script was loaded', async () => {
    const win = await open('languages.html');
    const fr = win.document.getElementById('fr')!;
    await waitUntil(() => text(fr).includes('Les positions de chacun'), 'French never arrived');
    expect(text(fr)).to.contain('Qui pense quoi');
    expect(text(fr)).to.match(/Situation au 10 décembre 2024/);
    // pt-BR → pt → en: no Portuguese script on this page, so English words and English dates.
    const pt = win.document.getElementById('pt')!;
    expect(text(pt)).to.contain('Where they stand');
    expect(text(pt)).to.contain('December 10, 2024');
    expect(win.__errors).to.deep.equal([]);
  });

  it('lays Arabic out right to left in a dir="rtl" page, and keeps an English explainer there left to right', async () => {
    const win = await open('languages.html');
    const ar = win.document.getElementById('ar')!;
    await waitUntil(() => text(ar).includes('خريطة المواقف'), 'Arabic never arrived');
    await waitUntil(() => view(ar, 'policy-timeline').querySelector('circle.marker'), 'no timeline');
    const en = win.document.getElementById('en-in-rtl')!;
    await waitUntil(() => view(en, 'policy-timeline')?.querySelector('circle.marker'), 'no English timeline');
    const direction = (el: Element) => win.getComputedStyle(el.shadowRoot!.querySelector('article')!).direction;
    expect(direction(ar)).to.equal('rtl');
    expect(direction(en)).to.equal('ltr');
    const firstAndLast = (el: Element) => {
      const m = [...view(el, 'policy-timeline').querySelectorAll('circle.marker')].map((c) => c.getBoundingClientRect().left);
      return [m[0], m[m.length - 1]];
    };
    const [arFirst, arLast] = firstAndLast(ar);
    expect(arFirst, 'Arabic: time runs leftwards').to.be.greaterThan(arLast);
    const [enFirst, enLast] = firstAndLast(en);
    expect(enFirst, 'English in an RTL page: time runs rightwards').to.be.lessThan(enLast);
    // The matrix reads from the right in Arabic, from the left in English.
    const whoColumn = (el: Element) => {
      const m = view(el, 'stance-matrix');
      const table = m.querySelector('table')!.getBoundingClientRect();
      const who = m.querySelector('thead th')!.getBoundingClientRect();
      return who.left - table.left < table.right - who.right ? 'left' : 'right';
    };
    expect(whoColumn(ar)).to.equal('right');
    expect(whoColumn(en)).to.equal('left');
    expect(win.__errors).to.deep.equal([]);
  });

  it('takes a language script that runs before the embed', async () => {
    const win = await open('language-first.html');
    const el = win.document.querySelector('policy-explainer')!;
    await waitUntil(() => el.shadowRoot && text(el).includes('Wer wo steht'), 'German never arrived');
    expect(text(el)).to.contain('Stand: 10. Dezember 2024');
    expect(win.__errors).to.deep.equal([]);
  });
});
