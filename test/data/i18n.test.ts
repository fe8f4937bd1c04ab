import { expect, fixture, html } from '@open-wc/testing';
import {
  addLanguage,
  needLanguage,
  dateLocale,
  inheritedLang,
  languages,
  localize,
  strings,
  uiLang,
  type Strings,
} from '../../src/data/i18n.js';
import { formatDate } from '../../src/data/dates.js';
import '../../src/timeline/define.js';
import '../../src/explainer/define.js';
import type { PolicyExplainer } from '../../src/explainer/policy-explainer.js';
import type { PolicyTimeline } from '../../src/timeline/policy-timeline.js';
import en from '../../src/i18n/en.js';
import es from '../../src/i18n/es.js';
import fr from '../../src/i18n/fr.js';
import de from '../../src/i18n/de.js';
import pt from '../../src/i18n/pt.js';
import it_ from '../../src/i18n/it.js';
import ar from '../../src/i18n/ar.js';

const PACKS: Record<string, Strings> = { en, es, fr, de, pt, it: it_, ar };
/** Every key path of a pack, with the type of what is there ("function", "string"). */
const shape = (o: object): string[] =>
  Object.entries(o)
    .filter(([k]) => k !== 'dir')
    .flatMap(([k, v]) => (typeof v === 'object' ? shape(v).map((s) => `${k}.${s}`) : [`${k}:${typeof v}`]));
/** Every string a pack can say, its functions called with sample arguments. */
const sayings = (t: Strings): string[] =>
  [
    ...shape(t).map((path) => {
      const [key] = path.split(':');
      const v = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], t);
      return typeof v === 'function' ? '' : String(v);
    }),
    t.errorNetwork('https://example.org/a.json'),
    t.errorHttp('https://example.org/a.json', 404),
    ...[0, 1, 2, 3, 11, 100].flatMap((n) => [
      t.errorTimeout('https://example.org/a.json', n),
      t.errorInvalid(t.inlineScript, n),
      t.earlier(n),
      t.clusterTitle(n),
    ]),
    t.errorJson(t.dataProperty, 'Unexpected token'),
    t.errorUrl('ftp://x'),
    t.asOf('10 December 2024'),
    t.describes('2024', '2026'),
    t.viewingAsOf('2017', 'Title'),
    t.viewingExpected('Title'),
    t.zoomedTo('2019'),
  ].filter(Boolean);

describe('i18n', () => {
  // Spanish, like every language but English, loads when first needed.
  before(() => needLanguage('es'));

  before(() => {
    for (const tag of ['fr', 'de', 'pt', 'it', 'ar']) addLanguage(tag, PACKS[tag]);
  });

  it('localize picks the reader\u2019s language, then the base language, then English', () => {
    const text = { en: 'Vote', es: 'Votación' };
    expect(localize(text, 'es')).to.equal('Votación');
    expect(localize(text, 'es-MX')).to.equal('Votación');
    expect(localize(text, 'fr')).to.equal('Vote');
    expect(localize('Same in every language', 'es')).to.equal('Same in every language');
    expect(localize(undefined, 'en')).to.equal('');
  });

  it('uiLang falls back from a region to its language, then to English', () => {
    expect(uiLang('es-419')).to.equal('es');
    expect(uiLang('es-MX')).to.equal('es');
    expect(uiLang('pt-BR')).to.equal('pt');
    expect(uiLang('EN-gb')).to.equal('en');
    expect(uiLang('fr-CA')).to.equal('fr');
    expect(uiLang('ar-EG')).to.equal('ar');
    expect(uiLang('he')).to.equal('en');
    expect(uiLang('zh-Hant-TW')).to.equal('en');
    expect(uiLang('constructor')).to.equal('en');
    expect(uiLang(null)).to.equal('en');
    expect(strings('pt-BR')).to.equal(pt);
    expect(strings('de-AT').position.support).to.equal('Dafür');
  });

  it('a regional pack wins over its language for that region only', () => {
    const ptPT: Strings = { ...pt, loading: 'A carregar…', getData: 'Descarregar os dados' };
    addLanguage('pt-PT', ptPT);
    expect(strings('pt-PT').getData).to.equal('Descarregar os dados');
    expect(strings('pt-pt').getData).to.equal('Descarregar os dados');
    expect(strings('pt-BR').getData).to.equal('Baixar os dados');
    expect(languages()).to.include.members(['en', 'es', 'fr', 'de', 'pt', 'it', 'ar', 'pt-pt']);
  });

  it('dates speak the interface\u2019s language, with the reader\u2019s region', () => {
    expect(dateLocale('pt-BR')).to.equal('pt-BR');
    expect(dateLocale('fr')).to.equal('fr');
    expect(dateLocale('es-mx')).to.equal('es-MX');
    // No Hebrew interface: English sentences get English dates, not Hebrew ones.
    expect(dateLocale('he')).to.equal('en');
    expect(dateLocale('en_US')).to.equal('en');
    expect(formatDate('2017-01-25', 'fr')).to.equal('25 janvier 2017');
    expect(formatDate('2017-01-25', 'de')).to.equal('25. Januar 2017');
    expect(formatDate('2022-08', 'it')).to.equal('agosto 2022');
    expect(formatDate('2017-01-25', 'pt-BR')).to.equal('25 de janeiro de 2017');
    expect(formatDate('2017-01-25', 'he')).to.equal('January 25, 2017');
    expect(formatDate('2017-01-25', 'ar')).to.contain('يناير');
  });

  it('inheritedLang finds the nearest lang, across a shadow root', () => {
    const outer = document.createElement('div');
    outer.lang = 'es';
    const host = document.createElement('div');
    outer.append(host);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(inheritedLang(inner)).to.equal('es');
    expect(inheritedLang(document.createElement('p'))).to.equal('en');
  });

  for (const [tag, pack] of Object.entries(PACKS)) {
    it(`${tag}: every string English has, of the same kind, and each one says something`, () => {
      expect(shape(pack)).to.deep.equal(shape(en));
      for (const s of sayings(pack)) {
        expect(s.trim(), s).to.not.equal('');
        expect(s, s).to.not.match(/undefined|NaN|\$\{|#/);
      }
    });
  }

  it('Arabic is right to left and counts as Arabic does', () => {
    expect(ar.dir).to.equal('rtl');
    expect(fr.dir).to.equal(undefined);
    expect(ar.clusterTitle(2)).to.equal('حدثان');
    expect(ar.clusterTitle(3)).to.equal('3 أحداث');
    expect(ar.clusterTitle(11)).to.equal('11 حدثًا');
    expect(ar.clusterTitle(100)).to.equal('100 حدث');
    expect(ar.earlier(1)).to.equal('موقف سابق');
  });

  it('contractions and elisions are the language\u2019s, not word for word', () => {
    expect(es.errorJson(es.inlineScript, 'x')).to.contain('Los datos del script en línea');
    expect(fr.errorJson(fr.inlineScript, 'x')).to.contain('Les données du script intégré');
    expect(fr.errorJson('https://e.org/a.json', 'x')).to.contain('de https://e.org/a.json');
    expect(pt.errorInvalid(pt.dataProperty, 2)).to.contain('Os dados da propriedade data têm 2 problemas');
    expect(it_.errorInvalid(it_.inlineScript, 1)).to.contain('provenienti dallo script incorporato presentano 1 problema;');
    expect(it_.asOf('8 dicembre 2024')).to.equal('All’8 dicembre 2024');
    expect(it_.asOf('dicembre 2024')).to.equal('A dicembre 2024');
    expect(it_.describes('10 dicembre 2024', '1 novembre 2026')).to.equal(
      'Situazione al 10 dicembre 2024 (fatti verificati l’1 novembre 2026)',
    );
    expect(fr.describes('décembre 2024')).to.equal('Situation en décembre 2024');
    expect(de.viewingAsOf('25. Januar 2017', 'T')).to.equal('Positionen am 25. Januar 2017 (T).');
    expect(de.viewingAsOf('August 2022', 'T')).to.equal('Positionen im August 2022 (T).');
  });

  it('a label\u2019s colon is the language\u2019s: French puts a no-break space before it', async () => {
    addLanguage('fr', fr);
    expect(en.colon).to.equal(':');
    expect(fr.colon).to.equal('\u00a0:');
    const el = await fixture<PolicyExplainer>(html`<policy-explainer lang="fr" style="width: 700px"></policy-explainer>`);
    await el.updateComplete;
    // The bundled story's note, as a French reader sees it.
    expect(el.shadowRoot!.querySelector('.note strong')!.textContent).to.equal('Précision\u00a0:');
  });

  it('an element already on the page speaks a language that arrives after it', async () => {
    const fi: Strings = { ...en, timelineLabel: 'Aikajana', expected: 'Odotettu' };
    const el = await fixture<PolicyTimeline>(html`<policy-timeline lang="fi" style="width: 400px"></policy-timeline>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('ol.events')!.getAttribute('aria-label')).to.equal('Timeline');
    addLanguage('fi', fi);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('ol.events')!.getAttribute('aria-label')).to.equal('Aikajana');
    // The layout too: the expected event's label says it in the new words.
    expect(el.shadowRoot!.textContent).to.contain('Odotettu');
  });
});
