/**
 * Links that open a source at the quoted words: URL Fragment Text Directives
 * (https://wicg.github.io/scroll-to-text-fragment/), `#:~:text=[prefix-,]start[,end][,-suffix]`.
 * Pure functions, no DOM: the dialog, print, the static render and the studio all build the same
 * link. A browser without text fragments ignores the directive and opens the page at its top.
 *
 * The quote is the data's verbatim words; what the directive holds is chosen so that it still
 * finds them on the page:
 * - Whitespace (line breaks included) collapses to one space, as the page's rendered text does.
 * - Up to EXACT_MAX_WORDS words: the whole quote (`text=start`). Longer: its first
 *   RANGE_WORDS words and its last RANGE_WORDS words (`text=start,end`), which stays short
 *   and still matches when the middle differs by a character.
 * - A quote's own breaks — a line break (a new paragraph, which an exact match cannot cross),
 *   an ellipsis marking an omission ("…", "...", "[…]") or a bracketed editorial insertion
 *   ("[the mayor]") — are words the page does not have in that place: the directive is then
 *   the start of the first part and the end of the last (`start,end`).
 * - Nothing else changes: typographic quotes, apostrophes, dashes and right-to-left text stay
 *   as the data has them (verbatim from the page), UTF-8 percent-encoded.
 * - Percent-encoding: the spec requires `&`, `-` and `,` (the directive's own syntax) and every
 *   character outside the URL code points to be percent-encoded; encoding more is always
 *   allowed, so everything but ASCII letters, digits and `.` `_` `~` is encoded (spaces as
 *   %20, `%` as %25, `#` as %23, `'` `(` `)` too, so the link is safe in Markdown, CSV and HTML).
 */

/** A quote of at most this many words is matched whole. */
export const EXACT_MAX_WORDS = 12;
/** A longer quote is matched from its first this-many words to its last this-many. */
export const RANGE_WORDS = 5;

/** Lone UTF-16 surrogates (which no page text holds and encodeURIComponent refuses) become U+FFFD. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Where the quote's words are not the page's words in a row: paragraph breaks, omissions, insertions. */
const BREAKS = /[\n\r\u2028\u2029]+|\[[^\]]*\]|\([…]\)|…|\.{3,}/;

/** One directive term, percent-encoded for a text directive (see the module's comment). */
export function encodeTerm(term: string): string {
  return encodeURIComponent(term.replace(LONE_SURROGATE, '\uFFFD')).replace(
    /[-!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

const wordsOf = (part: string) => part.split(/\s+/).filter(Boolean);

/**
 * The terms of the text directive for a quote: `[start]` or `[start, end]` (not encoded), or
 * `[]` when the quote has no words to find.
 */
export function directiveTerms(quote: string): string[] {
  const parts = quote
    .split(new RegExp(BREAKS.source, 'g'))
    .map(wordsOf)
    .filter((words) => words.length > 0);
  if (!parts.length) return [];
  if (parts.length === 1 && parts[0].length <= EXACT_MAX_WORDS) return [parts[0].join(' ')];
  const first = parts[0];
  const last = parts[parts.length - 1];
  return [first.slice(0, RANGE_WORDS).join(' '), last.slice(-RANGE_WORDS).join(' ')];
}

/** The text directive for a quote without the `:~:` (`text=…`), or '' when there is nothing to find. */
export function textDirective(quote: string | undefined): string {
  const terms = quote ? directiveTerms(quote) : [];
  return terms.length ? `text=${terms.map(encodeTerm).join(',')}` : '';
}

/**
 * The fragment that opens a page at a quote: `#:~:text=…` (start,end for a long quote), or ''
 * for an empty or blank quote. For a URL that may already have a fragment, use sourceHref().
 */
export function quoteFragment(quote: string): string {
  const directive = textDirective(quote);
  return directive ? `#:~:${directive}` : '';
}

/**
 * The id of the source a stance's quote came from: its `quoteSource`, else its first source
 * (undefined without a quote, or without sources). Only this source's link carries the quote's
 * text fragment; the stance's other sources link to their pages as they are.
 */
export function quoteSourceId(stance: { quote?: string; quoteSource?: string; sources?: readonly string[] }): string | undefined {
  return stance.quote ? (stance.quoteSource ?? stance.sources?.[0]) : undefined;
}

/** An http(s) URL that can be linked: the schema's rule (no spaces), and one the URL parser reads as http(s). */
export function isWebUrl(url: string | undefined): url is string {
  if (!url || !/^https?:\/\/[^\s]+$/i.test(url)) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * The link to a source, opening at the quote when one is given: undefined unless `url` is an
 * http(s) URL (never a link the data does not hold). The directive goes after the page's own
 * fragment (`…#section:~:text=…`), as the spec places it: a browser that finds the words goes
 * there, one that does not falls back to the page's own fragment. A URL whose fragment already
 * holds a directive (`:~:`) is the editor's choice and is returned as it is.
 */
export function sourceHref(url: string | undefined, quote?: string): string | undefined {
  if (!isWebUrl(url)) return undefined;
  const directive = textDirective(quote);
  if (!directive) return url;
  const hash = url.indexOf('#');
  if (hash < 0) return `${url}#:~:${directive}`;
  const fragment = url.slice(hash + 1);
  if (fragment.includes(':~:')) return url;
  return `${url.slice(0, hash)}#${fragment}:~:${directive}`;
}

/**
 * Links for a position's sources: the one its quote came from (`quoteSourceId`) opens at the
 * quoted words; the others open as they are; none but http(s).
 */
export function quoteHrefs(stance: {
  quote?: string;
  quoteSource?: string;
  sources?: readonly string[];
}): (source: { id: string; url?: string }) => string | undefined {
  const from = quoteSourceId(stance);
  return (source) => sourceHref(source.url, source.id === from ? stance.quote : undefined);
}
