import { expect } from '@open-wc/testing';
import {
  EXACT_MAX_WORDS,
  RANGE_WORDS,
  directiveTerms,
  encodeTerm,
  isWebUrl,
  quoteFragment,
  quoteSourceId,
  sourceHref,
  textDirective,
} from '../../src/data/text-fragment.js';
import { bundledDataset } from '../../src/data/load.js';

/**
 * The spec's grammar (URL Fragment Text Directives, "Syntax"), written out independently of the
 * encoder: a term is one or more TextDirectiveExplicitChar (a URL code point other than the
 * syntax's own & - ,) or percent-encoded bytes; a text directive is `text=` and one or two terms
 * here (the encoder writes neither prefix- nor -suffix).
 */
const EXPLICIT_OR_ESCAPE = /^(?:[A-Za-z0-9!$'()*+./:;=?@_~]|%[0-9A-F]{2})+$/;

/** Parses `#:~:text=a[,b]` back into its decoded terms, failing the test on anything the spec would not accept. */
function parse(fragment: string): string[] {
  expect(fragment.startsWith('#:~:text='), fragment).to.equal(true);
  const value = fragment.slice('#:~:text='.length);
  expect(value.includes('&'), 'an unencoded & would start a second directive').to.equal(false);
  const terms = value.split(',');
  expect(terms.length).to.be.within(1, 2);
  for (const term of terms) {
    expect(term, `term ${term}`).to.match(EXPLICIT_OR_ESCAPE);
    // A term that started or ended with an unencoded "-" would be read as a prefix or a suffix.
    expect(term.startsWith('-') || term.endsWith('-'), term).to.equal(false);
  }
  return terms.map(decodeURIComponent);
}

const words = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `w${i + from}`).join(' ');

describe('text fragments for quotes', () => {
  it('percent-encodes the syntax characters - , & and everything outside the URL code points', () => {
    expect(encodeTerm('a-b,c&d')).to.equal('a%2Db%2Cc%26d');
    expect(encodeTerm('50% #1 ok?')).to.equal('50%25%20%231%20ok%3F');
    expect(encodeTerm("it's (really) *that*!")).to.equal('it%27s%20%28really%29%20%2Athat%2A%21');
    expect(encodeTerm('a.b_c~d')).to.equal('a.b_c~d');
  });

  it('keeps typographic quotes and apostrophes as they are, UTF-8 percent-encoded', () => {
    const quote = '“We won’t back down,” she said — “not now.”';
    const fragment = quoteFragment(quote);
    expect(fragment).to.equal(
      '#:~:text=%E2%80%9CWe%20won%E2%80%99t%20back%20down%2C%E2%80%9D%20she%20said%20%E2%80%94%20%E2%80%9Cnot%20now.%E2%80%9D',
    );
    expect(parse(fragment)).to.deep.equal([quote]);
    // A straight apostrophe stays straight: the page has what the data has.
    expect(parse(quoteFragment("We won't"))).to.deep.equal(["We won't"]);
  });

  // [name, quote, the decoded terms]
  // prettier-ignore
  const hostile: [string, string, string[]][] = [
    ['an ampersand', 'Law & order', ['Law & order']],
    ['a hyphen, alone and at the ends', '- well-known -', ['- well-known -']],
    ['a comma', 'Yes, and no', ['Yes, and no']],
    ['a number sign', 'Item #5', ['Item #5']],
    ['a percent sign and something that looks like an escape', '100% of %41 and %%', ['100% of %41 and %%']],
    ['the directive syntax itself', ':~:text=a,-b&text=c', [':~:text=a,-b&text=c']],
    ['quotes in quotes', '"He said \'no\' to “‘us’”"', ['"He said \'no\' to “‘us’”"']],
    ['right-to-left text', 'نحن ندعم المدينة الترحيبية', ['نحن ندعم المدينة الترحيبية']],
    ['Hebrew with a maqaf and a comma', 'לא, בשום־אופן', ['לא, בשום־אופן']],
    ['an emoji and a combining accent', 'Cafe\u0301 👍🏽', ['Cafe\u0301 👍🏽']],
    ['a lone surrogate (no page holds it)', 'bad \uD800 text', ['bad \uFFFD text']],
    ['tabs, no-break spaces and runs of spaces', ' a\t\tb\u00A0 c  ', ['a b c']],
  ];
  for (const [name, quote, terms] of hostile) {
    it(`survives ${name}`, () => {
      const fragment = quoteFragment(quote);
      expect(parse(fragment)).to.deep.equal(terms);
      // The URL parser keeps the fragment exactly: nothing in it needs encoding again.
      expect(new URL(`https://example.org/a${fragment}`).hash).to.equal(fragment);
    });
  }

  it(`matches a quote of up to ${EXACT_MAX_WORDS} words whole, a longer one by its first and last ${RANGE_WORDS} words`, () => {
    expect(directiveTerms(words(EXACT_MAX_WORDS))).to.deep.equal([words(EXACT_MAX_WORDS)]);
    expect(directiveTerms(words(EXACT_MAX_WORDS + 1))).to.deep.equal([
      words(RANGE_WORDS),
      words(RANGE_WORDS, EXACT_MAX_WORDS + 2 - RANGE_WORDS),
    ]);
    const long = `${words(400)}, said - the end`;
    expect(parse(quoteFragment(long))).to.deep.equal(['w1 w2 w3 w4 w5', 'w400, said - the end']);
    expect(quoteFragment(long).length).to.be.below(120);
  });

  it('matches a quote across its line breaks, omissions and bracketed insertions by start and end', () => {
    expect(directiveTerms('First paragraph.\n\nSecond one.')).to.deep.equal(['First paragraph.', 'Second one.']);
    expect(directiveTerms('Line one\r\nline two')).to.deep.equal(['Line one', 'line two']);
    expect(directiveTerms('We will … fight')).to.deep.equal(['We will', 'fight']);
    expect(directiveTerms('We will... fight [it] all the way')).to.deep.equal(['We will', 'all the way']);
    expect(directiveTerms('We will […] fight')).to.deep.equal(['We will', 'fight']);
    expect(directiveTerms('[The city] will not cooperate')).to.deep.equal(['will not cooperate']);
    expect(directiveTerms('Not one bit…')).to.deep.equal(['Not one bit']);
    expect(directiveTerms(`${words(20)}\n${words(3, 50)}`)).to.deep.equal([words(RANGE_WORDS), words(3, 50)]);
  });

  it('gives nothing for an empty or blank quote', () => {
    for (const blank of ['', ' ', '\n\t ', '…', '[…]', '...']) {
      expect(quoteFragment(blank), JSON.stringify(blank)).to.equal('');
      expect(textDirective(blank)).to.equal('');
    }
    expect(textDirective(undefined)).to.equal('');
  });

  it('builds a valid directive for every quote of the bundled story', () => {
    for (const s of bundledDataset.stances) {
      if (!s.quote) continue;
      for (const term of parse(quoteFragment(s.quote))) expect(s.quote.replace(/\s+/g, ' ')).to.include(term);
    }
  });
});

describe('sourceHref', () => {
  const quote = 'We will not cooperate';
  const directive = ':~:text=We%20will%20not%20cooperate';

  it('adds the directive to an http(s) URL', () => {
    expect(sourceHref('https://example.org/story', quote)).to.equal(`https://example.org/story#${directive}`);
    expect(sourceHref('http://example.org/a?b=1&c=2', quote)).to.equal(`http://example.org/a?b=1&c=2#${directive}`);
  });

  it("keeps the page's own fragment before the directive, as the spec places it", () => {
    expect(sourceHref('https://example.org/story#section-2', quote)).to.equal(`https://example.org/story#section-2${directive}`);
    expect(sourceHref('https://example.org/story#', quote)).to.equal(`https://example.org/story#${directive}`);
  });

  it('leaves a URL that already holds a directive as the editor wrote it', () => {
    const url = 'https://example.org/story#:~:text=hand-,tuned';
    expect(sourceHref(url, quote)).to.equal(url);
  });

  it('returns the URL as it is without a quote (or with a blank one)', () => {
    expect(sourceHref('https://example.org/story')).to.equal('https://example.org/story');
    expect(sourceHref('https://example.org/story', '  ')).to.equal('https://example.org/story');
  });

  it('returns undefined for anything but an http(s) URL', () => {
    for (const url of [
      undefined,
      '',
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'JAVASCRIPT:alert(1)//https://x',
      'data:text/html,<script>alert(1)</script>',
      'ftp://example.org/file',
      '//example.org/story',
      '/story',
      'https://',
      'https://exa mple.org/',
      'https://example.org/\nstory',
    ]) {
      expect(sourceHref(url, quote), JSON.stringify(url)).to.equal(undefined);
      expect(isWebUrl(url), JSON.stringify(url)).to.equal(false);
    }
    expect(isWebUrl('HTTPS://Example.org/')).to.equal(true);
  });
});

describe('quoteSourceId', () => {
  it("is the stance's quoteSource, else its first source, and nothing without a quote", () => {
    expect(quoteSourceId({ quote: 'Yes.', sources: ['paper', 'radio'] })).to.equal('paper');
    expect(quoteSourceId({ quote: 'Yes.', quoteSource: 'radio', sources: ['paper', 'radio'] })).to.equal('radio');
    expect(quoteSourceId({ quote: 'Yes.' })).to.equal(undefined);
    expect(quoteSourceId({ sources: ['paper'] })).to.equal(undefined);
  });
});
