/**
 * The bloggers' page (demo/bloggers.html): its Language select offers every interface language,
 * each by its own name, and for each writes the three snippets (demo/snippets.js) in that language,
 * with the language's script where the embed does not speak it, and previews it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { openPage } from '../helpers/page.js';
import type { Strings } from '../../src/data/i18n.js';
import ar from '../../src/i18n/ar.js';
import de from '../../src/i18n/de.js';
import en from '../../src/i18n/en.js';
import es from '../../src/i18n/es.js';
import fr from '../../src/i18n/fr.js';
import it_ from '../../src/i18n/it.js';
import pt from '../../src/i18n/pt.js';

const UI: Record<string, Strings> = { en, es, fr, de, pt, it: it_, ar };
const NAMES = { en: 'English', es: 'Español', fr: 'Français', de: 'Deutsch', pt: 'Português', it: 'Italiano', ar: 'العربية' };
const BASE = 'https://unpkg.com/policy-explainer/';
const DATA = `${BASE}data/chicago-welcoming-city.json`;

type Win = Window & typeof globalThis;
const parse = (html: string) => new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
const words = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Chooses a language in the page's select, as a reader would, and returns the three snippets. */
function choose(win: Win, lang: string) {
  const select = win.document.querySelector<HTMLSelectElement>('select[name="lang"]')!;
  select.value = lang;
  select.dispatchEvent(new win.Event('change', { bubbles: true }));
  const snippet = (kind: string) => win.document.getElementById(`snippet-${kind}`)!.textContent!;
  return { element: snippet('element'), script: snippet('script'), iframe: snippet('iframe') };
}

/** The fallback in a parsed snippet: its sentence, its link, and the direction set on what holds it. */
function fallback(holder: Element) {
  const link = holder.querySelector('a')!;
  return { sentence: words(link.parentElement!.firstChild!.textContent), link: link.textContent, href: link.getAttribute('href') };
}

describe('the bloggers’ page', () => {
  it('offers every interface language, each by its own name', async () => {
    const win = await openPage<Win>('/demo/bloggers.html');
    const options = [...win.document.querySelectorAll<HTMLOptionElement>('select[name="lang"] option')];
    expect(options.map((o) => [o.value, o.textContent, o.lang])).to.deep.equal(
      Object.entries(NAMES).map(([tag, name]) => [tag, name, tag]),
    );
    expect(options[0].selected).to.equal(true);
  });

  it('writes each language’s snippets: its script beside the embed’s, its lang, and the fallback in its words', async () => {
    const win = await openPage<Win>('/demo/bloggers.html');
    for (const lang of Object.keys(NAMES)) {
      const s = choose(win, lang);
      const extra = !['en', 'es'].includes(lang);
      const langScript = `${BASE}dist/lang/${lang}.js`;
      const dir = UI[lang].dir === 'rtl' ? 'rtl' : null;

      // Script and element: the embed, then the language's script (deferred too), then the element.
      const element = parse(s.element);
      const scripts = [...element.querySelectorAll('script')].map((e) => [e.getAttribute('src'), e.hasAttribute('defer')]);
      expect(scripts, lang).to.deep.equal([[`${BASE}dist/policy-explainer.js`, true], ...(extra ? [[langScript, true]] : [])]);
      const el = element.querySelector('policy-explainer')!;
      expect([el.getAttribute('lang'), el.getAttribute('dir')], lang).to.deep.equal([lang === 'en' ? null : lang, dir]);
      const inElement = fallback(el);
      expect([inElement.link, inElement.href], lang).to.deep.equal([UI[lang].getData, DATA]);

      // One script tag: data-embed with data-lang, then the language's script; the fallback in <noscript>.
      const script = parse(s.script);
      const tags = [...script.querySelectorAll('script')];
      expect(
        tags.map((e) => [e.getAttribute('src'), e.getAttribute('data-lang')]),
        lang,
      ).to.deep.equal([[`${BASE}dist/policy-explainer.js`, lang === 'en' ? null : lang], ...(extra ? [[langScript, null]] : [])]);
      if (extra) expect(tags[1].hasAttribute('defer'), lang).to.equal(true);

      // The iframe: embed.html with ?lang= (it loads the language's script itself), and the fallback.
      const iframe = parse(s.iframe);
      const src = new URL(iframe.querySelector('iframe')!.getAttribute('src')!);
      expect([src.origin + src.pathname, src.searchParams.get('lang')], lang).to.deep.equal([
        `${BASE}dist/embed.html`,
        lang === 'en' ? null : lang,
      ]);
      expect(iframe.querySelectorAll('script[src]'), lang).to.have.length(0);

      // The same fallback in all three, in the language; right to left where it is written so,
      // in a paragraph inside <noscript> (which keeps its direction where a filter strips the <noscript>).
      for (const doc of [script, iframe]) {
        const noscript = doc.querySelector('noscript')!;
        expect(fallback(noscript), lang).to.deep.equal(inElement);
        expect(noscript.querySelector('p')?.getAttribute('dir') ?? null, lang).to.equal(dir);
      }
    }
  });

  it('the fallback sentences: each in its language (the plugin’s words, held to them by the WordPress step)', async () => {
    const win = await openPage<Win>('/demo/bloggers.html');
    const sentence = (lang: string) => fallback(parse(choose(win, lang).element).querySelector('policy-explainer')!).sentence;
    expect(sentence('en')).to.equal('Chicago’s Welcoming City ordinance: how it came to be and who stands where.');
    expect(sentence('fr')).to.equal('L’ordonnance « Ville accueillante » de Chicago : comment on en est arrivé là et qui pense quoi.');
    expect(sentence('ar')).to.equal('قانون «المدينة المرحِّبة» في شيكاغو: كيف وصلنا إلى هنا ومواقف الأطراف.');
    // Seven different sentences: no language falls back to another's.
    expect(new Set(Object.keys(NAMES).map(sentence)).size).to.equal(7);
  });

  it('previews the chosen language: French, then Arabic right to left', async () => {
    const win = await openPage<Win>('/demo/bloggers.html');
    for (const lang of ['fr', 'ar']) {
      choose(win, lang);
      const heading = () =>
        win.document.querySelector('#preview policy-explainer')?.shadowRoot?.querySelector('section > .section')?.textContent?.trim();
      await waitUntil(() => heading() === UI[lang].howWeGotHere, `${lang}: the preview never spoke it (${heading()})`, { timeout: 8000 });
      const article = win.document.querySelector('#preview policy-explainer')!.shadowRoot!.querySelector('article')!;
      expect(win.getComputedStyle(article).direction, lang).to.equal(UI[lang].dir ?? 'ltr');
    }
  });
});
