import { decodeHTML, decodeHTMLAttribute } from 'entities/decode';

/**
 * HTML (as TimelineJS stores its text) as plain text, as a dataset keeps it. Tags go
 * (paragraphs and line breaks become line breaks, list items bullets), entities are decoded by
 * the `entities` package (the HTML standard's table, as browsers decode them), scripts and styles
 * are dropped with their content, and the http(s) links are returned so the caller can say they
 * were dropped.
 *
 * One pass over the text, whatever it holds: the converters run in readers' browsers, on text
 * anyone may have typed into a spreadsheet. A construct that is never closed (`<script` or `<!--`
 * or `<b` with no end) swallows the rest of the text, as a browser's parser does, instead of being
 * searched for again from every later position (which was quadratic: a 420 KB TimelineJS3 file of
 * unclosed `<script` took 40 s).
 */

/** Elements dropped with everything inside them, up to their end tag. */
const RAW = new Set(['script', 'style', 'iframe', 'object', 'template']);
/** End tags that close a block: a paragraph break. */
const BLOCK_END = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'blockquote',
  'li',
  'tr',
  'table',
  'section',
  'article',
]);
const HREF = /\bhref\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/i;
/** A tag name, at the start of what follows "<" or "</". */
const NAME = /^[a-z][a-z0-9-]*/i;

export function htmlToText(html: string): { text: string; links: string[]; hadMarkup: boolean } {
  const links: string[] = [];
  let hadMarkup = false;
  let out = '';
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
    const next = html.charCodeAt(lt + 1);
    const isLetter = (next >= 65 && next <= 90) || (next >= 97 && next <= 122);
    if (html.startsWith('<!--', lt)) {
      hadMarkup = true;
      const end = html.indexOf('-->', lt + 4);
      if (end < 0) break; // an unclosed comment runs to the end of the text
      i = end + 3;
      continue;
    }
    if (!isLetter && next !== 47 /* / */ && next !== 33 /* ! */ && next !== 63 /* ? */) {
      out += '<'; // "a < b": a character, not a tag
      i = lt + 1;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) {
      // "<b …" never closed: a browser drops it; dropping the rest is the linear reading of that.
      hadMarkup = true;
      break;
    }
    hadMarkup = true;
    const tag = html.slice(lt + 1, gt);
    i = gt + 1;
    const closing = tag.startsWith('/');
    const name = (NAME.exec(closing ? tag.slice(1) : tag)?.[0] ?? '').toLowerCase();
    if (!closing && RAW.has(name)) {
      // Dropped with its content, up to its end tag (searched once, from here on).
      const endTag = new RegExp(`</${name}\\s*>`, 'gi');
      endTag.lastIndex = i;
      const m = endTag.exec(html);
      if (!m) break; // an unclosed <script swallows the rest
      i = m.index + m[0].length;
      continue;
    }
    if (closing) {
      if (BLOCK_END.has(name)) out += '\n\n';
    } else if (name === 'br') out += '\n';
    else if (name === 'li') out += '\n• ';
    else if (name === 'a') {
      const m = HREF.exec(tag);
      if (m) {
        const href = decodeHTMLAttribute((m[2] ?? m[3] ?? m[4] ?? '').trim());
        if (/^https?:\/\//i.test(href)) links.push(href);
      }
    }
  }
  const text = decodeHTML(out)
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, links, hadMarkup };
}
