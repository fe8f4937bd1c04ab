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
