/**
 * Interface languages beyond English, as a page gets them: the one-script embed loads
 * dist/lang/<tag>.js from beside itself when an element speaks it; a page may also preload it with a
 * second script tag. Built by npm test before the browser tests.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { openPage, type PageWindow } from '../helpers/page.js';
import ar from '../../src/i18n/ar.js';
import en from '../../src/i18n/en.js';
import es from '../../src/i18n/es.js';
import fr from '../../src/i18n/fr.js';
import pt_ from '../../src/i18n/pt.js';

const open = (page: string, width = 1000, height = 800) => openPage<PageWindow>(page, width, height);

/** The explainer's own text and its views', once they have rendered. */
const text = (el: Element) =>
  [el.shadowRoot!, ...[...el.shadowRoot!.querySelectorAll('policy-timeline, stance-matrix')].map((v) => v.shadowRoot!)]
    .map((r) => r?.textContent ?? '')
    .join(' ');
const view = (el: Element, tag: string) => el.shadowRoot!.querySelector(tag)!.shadowRoot!;

describe('interface languages from a second script tag, or loaded by the embed itself', () => {
  it('speaks French with the reader\u2019s regional dates, and loads a language no script tag brought (pt-BR → pt)', async () => {
    const win = await open('languages.html');
    const fr = win.document.getElementById('fr')!;
    await waitUntil(() => text(fr).includes('Les positions de chacun'), 'French never arrived');
    expect(text(fr)).to.contain('Qui pense quoi');
    expect(text(fr)).to.match(/Situation au 10 décembre 2024/);
    // pt-BR → pt: no Portuguese script on this page, so the embed loads lang/pt.js itself.
    const pt = win.document.getElementById('pt')!;
    await waitUntil(() => text(pt).includes(pt_.whoStandsWhere), 'Portuguese never arrived');
    expect(text(pt)).to.contain('10 de dezembro de 2024');
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

describe('dist/embed.html, the iframe page, in every language its ?lang= names', () => {
  // The test server adds a script of its own to every page it serves (/__web-dev-server…): not the page's.
  const ours = (path: string) => !path.startsWith('/__web-dev-server');
  /** The page's own requests, by path (the embed's script, and a language's if it loaded one). */
  const requested = (win: Window) =>
    win.performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter(ours);
  const explainer = async (win: Window, words: string) => {
    const el = win.document.querySelector('policy-explainer')!;
    await waitUntil(
      () => el?.shadowRoot?.querySelector('stance-matrix')?.shadowRoot?.querySelector('.cell') && text(el).includes(words),
      `${win.location.search}: never showed "${words}"`,
      {
        timeout: 8000,
      },
    );
    return el;
  };

  it('?lang=fr loads lang/fr.js beside it and speaks French; a regional tag (pt-BR) gets its language', async () => {
    const win = await open('/dist/embed.html?lang=fr');
    const el = await explainer(win, fr.whoStandsWhere);
    expect(text(el)).to.contain(fr.howWeGotHere);
    expect(requested(win)).to.include('/dist/lang/fr.js');
    expect([win.document.documentElement.lang, win.document.documentElement.dir]).to.deep.equal(['fr', '']);
    const br = await open('/dist/embed.html?lang=pt-BR&view=matrix');
    await explainer(br, pt_.whoStandsWhere);
    expect(requested(br)).to.include('/dist/lang/pt.js');
  });

  it('?lang=ar: Arabic, right to left, the page too (<html lang="ar" dir="rtl">)', async () => {
    const win = await open('/dist/embed.html?lang=ar');
    const el = await explainer(win, ar.whoStandsWhere);
    expect(win.getComputedStyle(el.shadowRoot!.querySelector('article')!).direction).to.equal('rtl');
    expect([win.document.documentElement.lang, win.document.documentElement.dir]).to.deep.equal(['ar', 'rtl']);
  });

  it('?lang=es loads Spanish and the story\u2019s Spanish text beside it', async () => {
    const win = await open('/dist/embed.html?lang=es');
    const el = await explainer(win, es.whoStandsWhere);
    expect(text(el)).to.contain('Ciudad Acogedora');
    expect(requested(win)).to.include.members(['/dist/lang/es.js', '/dist/modules/story-es.js']);
  });

  it('unknown or hostile values load no language, inject nothing, and fall back to the embed’s own words', async () => {
    for (const [lang, words] of [
      ['he', en.whoStandsWhere],
      ['<script>window.__pwned=1</script>', en.whoStandsWhere],
      ['fr"><img src=x onerror="window.__pwned=1">', en.whoStandsWhere],
      ['../../test/e2e/pages/capture', en.whoStandsWhere],
      // Names of Object.prototype members: no language of the text, never a function to render.
      ['constructor', en.whoStandsWhere],
      ['__proto__', en.whoStandsWhere],
    ]) {
      const win = (await open(`/dist/embed.html?${new URLSearchParams({ lang })}`)) as PageWindow & { __pwned?: number };
      await explainer(win, words);
      // The script, and only the on-demand modules of its own folder (print, the story's details).
      expect(
        requested(win).filter((path) => !path.startsWith('/dist/modules/')),
        lang,
      ).to.deep.equal(['/dist/policy-explainer.js']);
      expect(
        [...win.document.querySelectorAll('body *, head script')]
          .filter((e) => !(e instanceof win.HTMLScriptElement) || ours(new URL(e.src || '/', win.location.href).pathname))
          .map((e) => e.localName),
        lang,
      ).to.deep.equal(['script', 'script', 'policy-explainer']);
      expect(win.document.documentElement.dir, lang).to.equal('');
      expect(win.__pwned, lang).to.equal(undefined);
    }
  });
});
