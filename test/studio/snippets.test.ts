import { expect } from '@open-wc/testing';
import { escapeHtml, fallbackSentence, scriptSafeJson, studioSnippets } from '../../src/studio/snippets.js';
import { bundledDataset } from '../../src/data/load.js';
import type { Dataset } from '../../src/data/types.js';

const hostile: Dataset = {
  ...bundledDataset,
  title: { en: 'A </script><script>alert(1)</script> & <!-- story', es: 'Una historia' },
  summary: '"Quoted" <b>bold</b>',
};
const options = {
  lang: 'en',
  theme: 'auto',
  view: 'both',
  scriptBase: 'https://cdn.example/pe/dist',
  hostUrl: 'https://news.example/s.json?a=1&b=2',
} as const;

describe('studio snippets', () => {
  it('the inline snippet keeps any data inside its script: parsed as HTML, it gives back the dataset', () => {
    const { inline } = studioSnippets(hostile, options);
    const doc = new DOMParser().parseFromString(`<!doctype html><body>${inline}</body>`, 'text/html');
    const el = doc.querySelector('policy-explainer')!;
    expect(el.querySelectorAll('script')).to.have.length(1);
    expect(JSON.parse(el.querySelector('script')!.textContent!)).to.deep.equal(hostile);
    // The fallback is text: the title's markup is shown, not made.
    expect(el.querySelectorAll('b, script + script')).to.have.length(0);
    expect(el.textContent).to.contain('A </script><script>alert(1)</script> & <!-- story: "Quoted" <b>bold</b>');
    expect(el.getAttribute('style')).to.equal('display:block;min-height:100vh');
  });

  it('the src and iframe snippets carry the address and options, escaped, and a fallback with the data link', () => {
    const { src, iframe } = studioSnippets(hostile, { ...options, lang: 'es', theme: 'dark', view: 'matrix' });
    const doc = new DOMParser().parseFromString(`<!doctype html><body>${src}${iframe}</body>`, 'text/html');
    const el = doc.querySelector('policy-explainer')!;
    expect([
      el.getAttribute('src'),
      el.getAttribute('lang'),
      el.getAttribute('theme'),
      el.getAttribute('view'),
      el.hasAttribute('style'),
    ]).to.deep.equal([options.hostUrl, 'es', 'dark', 'matrix', false]);
    expect(el.querySelector('a')!.getAttribute('href')).to.equal(options.hostUrl);
    expect(el.querySelector('a')!.textContent).to.equal('Descargar los datos');
    const frame = new URL(doc.querySelector('iframe')!.getAttribute('src')!);
    expect(frame.origin + frame.pathname).to.equal('https://cdn.example/pe/dist/embed.html');
    expect(Object.fromEntries(frame.searchParams)).to.deep.equal({
      src: options.hostUrl,
      lang: 'es',
      theme: 'dark',
      view: 'matrix',
      id: 'pe1',
    });
    expect(doc.querySelector('noscript')!.textContent).to.contain('Una historia');
  });

  it('helpers: HTML escaping, script-safe JSON, the fallback sentence', () => {
    expect(escapeHtml(`<a href="x">&</a>`)).to.equal('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
    expect(scriptSafeJson({ a: '</script>\u2028' })).to.equal('{"a":"\\u003c/script>\\u2028"}');
    expect(fallbackSentence({ ...bundledDataset, summary: undefined }, 'en')).to.equal('Chicago’s Welcoming City ordinance');
  });
});
