import { decodeHTML, decodeHTMLAttribute } from 'entities/decode';

/**
 * HTML (as TimelineJS stores its text) as plain text, as a dataset keeps it. Tags go
 * (paragraphs and line breaks become line breaks, list items bullets), entities are decoded by
 * the `entities` package (the HTML standard's table, as browsers decode them), scripts and styles
 * are dropped with their content, and the http(s) links are returned so the caller can say they
 * were dropped.
 */
export function htmlToText(html: string): { text: string; links: string[]; hadMarkup: boolean } {
  const links: string[] = [];
  const hadMarkup = /<[a-z!/][^>]*>/i.test(html);
  let s = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|iframe|object|template)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<a\b[^>]*?\bhref\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>/gi, (_m, _q, a?: string, b?: string, c?: string) => {
      const href = decodeHTMLAttribute((a ?? b ?? c ?? '').trim());
      if (/^https?:\/\//i.test(href)) links.push(href);
      return '';
    })
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n• ')
    .replace(/<\/(p|div|h[1-6]|ul|ol|blockquote|li|tr|table|section|article)\s*>/gi, '\n\n')
    .replace(/<[^>]*>/g, '');
  s = decodeHTML(s)
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text: s, links, hadMarkup };
}
