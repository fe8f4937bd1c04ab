import { expect } from '@open-wc/testing';
import { inheritedLang, localize, strings, uiLang } from '../../src/data/i18n.js';

describe('i18n', () => {
  it('localize picks the reader\u2019s language, then the base language, then English', () => {
    const text = { en: 'Vote', es: 'Votación' };
    expect(localize(text, 'es')).to.equal('Votación');
    expect(localize(text, 'es-MX')).to.equal('Votación');
    expect(localize(text, 'fr')).to.equal('Vote');
    expect(localize('Same in every language', 'es')).to.equal('Same in every language');
    expect(localize(undefined, 'en')).to.equal('');
  });

  it('uiLang maps any tag to a language the interface speaks', () => {
    expect(uiLang('es-419')).to.equal('es');
    expect(uiLang('EN-gb')).to.equal('en');
    expect(uiLang('de')).to.equal('en');
    expect(uiLang(null)).to.equal('en');
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

  it('strings are complete in Spanish', () => {
    const keys = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v).map((s) => `${k}.${s}`) : [k]));
    expect(keys(strings('es'))).to.deep.equal(keys(strings('en')));
    expect(strings('es').position.unknown).to.equal('Sin postura declarada');
  });
});
