import { expect } from '@open-wc/testing';
import { htmlToText } from '../../src/convert/html-text.js';

describe('htmlToText', () => {
  it('decodes entities as a browser does: named, numeric, and the legacy ones without ";"', () => {
    expect(htmlToText('A &amp; B &eacute;t&eacute; &#x41;&#66; &hellip; &copy 2020 &unknown;').text).to.equal(
      'A & B été AB … © 2020 &unknown;',
    );
  });

  it('keeps paragraphs and list items apart and drops tags, scripts and styles', () => {
    const r = htmlToText('<p>One<br>two</p><ul><li>a</li><li>b</li></ul><script>alert(1)</script><style>p{}</style>');
    expect(r).to.deep.equal({ text: 'One\ntwo\n\n• a\n\n• b', links: [], hadMarkup: true });
  });

  it('returns the http(s) links, decoded, so the caller can say they were dropped', () => {
    const r = htmlToText('<a href="https://x.org/?a=1&amp;b=2">x</a> <a href="javascript:alert(1)">y</a>');
    expect(r.links).to.deep.equal(['https://x.org/?a=1&b=2']);
    expect(r.text).to.equal('x y');
  });
});

describe('htmlToText on text that never closes (issue 22: linear, whatever it holds)', () => {
  const within = (ms: number, f: () => unknown) => {
    const start = performance.now();
    const result = f();
    expect(performance.now() - start, 'milliseconds').to.be.below(ms);
    return result as ReturnType<typeof htmlToText>;
  };

  it('an unclosed <script or <!-- swallows the rest, as a browser reads it, in one pass over 420 KB', () => {
    expect(within(500, () => htmlToText('before <script'.repeat(30_000))).text).to.equal('before');
    expect(within(500, () => htmlToText('a <!--'.repeat(70_000))).text).to.equal('a');
    expect(within(500, () => htmlToText('<a '.repeat(140_000))).text).to.equal('');
    expect(within(500, () => htmlToText('<script>x</script>'.repeat(23_000) + 'end')).text).to.equal('end');
  });

  it('a "<" that starts no tag is a character, and a comment or script that closes is dropped', () => {
    expect(htmlToText('1 < 2 and 3 <4').text).to.equal('1 < 2 and 3 <4');
    expect(htmlToText('a<!-- gone -->b<SCRIPT type="x">gone</script >c<br/>d').text).to.equal('abc\nd');
    expect(htmlToText('x<b').hadMarkup).to.equal(true);
  });
});
