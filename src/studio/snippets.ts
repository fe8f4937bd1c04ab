import type { Dataset } from '../data/types.js';
import { localize } from '../data/i18n.js';

/**
 * The three snippets for a producer's own story, following the bloggers' page's conventions
 * (demo/snippets.js, README "Where to paste it"): the script once, the element with a `style`
 * that keeps its room (for the full explainer), and a fallback sentence (and link, where there is
 * a file to link to) that readers see where scripts don't run or a filter strips the element.
 * Pure: strings in, strings out.
 */

export interface SnippetOptions {
  lang: 'en' | 'es';
  theme: 'light' | 'dark' | 'auto';
  view: 'both' | 'timeline' | 'matrix';
  /** Where dist/ is published: the script and embed.html are read from here. */
  scriptBase: string;
  /** Where the producer will put the dataset JSON (for the src and iframe snippets). */
  hostUrl: string;
  /** A spreadsheet's link the story was read from: the snippets follow the sheet (a live story). */
  liveLink?: string;
}

export interface Snippets {
  /** The element with the dataset inside it: no file to host. */
  inline: string;
  /** The element with `src`: the dataset hosted as a file. */
  src: string;
  /** dist/embed.html in an iframe, with its resize listener. */
  iframe: string;
  /** With a spreadsheet's link: the element follows the sheet, with the story as its snapshot inside. */
  live?: string;
  /** With a spreadsheet's link: the WordPress plugin's shortcode (its block takes the link as Story URL). */
  wordpress?: string;
}

const DEFAULTS = { theme: 'auto', view: 'both' };
const DATA_LINK = { en: 'Get the data', es: 'Descargar los datos' };

/** Text for HTML: text content and attribute values alike. */
export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * JSON that can sit inside <script type="application/json">: every "<" written as \u003c, so no
 * "</script>" or "<!--" in the data can end or change the script element. JSON.parse reads it back unchanged.
 */
export const scriptSafeJson = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

const withSlash = (base: string) => (base.endsWith('/') ? base : `${base}/`);

/** The story in one sentence, for the fallback: "Title: summary." or the title alone. */
export function fallbackSentence(d: Dataset, lang: string): string {
  const title = localize(d.title, lang).trim();
  const summary = localize(d.summary, lang).trim();
  return summary ? `${title}: ${summary}` : title;
}

export function studioSnippets(d: Dataset, o: SnippetOptions): Snippets {
  const base = withSlash(o.scriptBase.trim());
  const live = o.liveLink?.trim();
  // A live story's snippets read the sheet: its link is the src.
  const host = live || o.hostUrl.trim();
  const attrs: Array<[string, string]> = [['lang', o.lang]];
  if (o.theme !== DEFAULTS.theme) attrs.push(['theme', o.theme]);
  if (o.view !== DEFAULTS.view) attrs.push(['view', o.view]);
  const attrText = attrs.map(([k, v]) => ` ${k}="${escapeHtml(v)}"`).join('');
  // The full explainer is taller than a screen: keep its room until the script has run (README, "No layout shift").
  const room = o.view === 'both' ? ' style="display:block;min-height:100vh"' : '';
  const sentence = escapeHtml(fallbackSentence(d, o.lang));
  const link = `<a href="${escapeHtml(host)}">${DATA_LINK[o.lang]}</a>`;
  const script = `<script src="${escapeHtml(base)}policy-explainer.js" defer></script>`;
  const query = new URLSearchParams([['src', host], ...attrs, ['id', 'pe1']]);
  const title = escapeHtml(localize(d.title, o.lang));
  return {
    inline:
      `${script}\n<policy-explainer${attrText}${room}>\n` +
      `  <script type="application/json">\n${scriptSafeJson(d)}\n  </script>\n` +
      `  ${sentence}\n</policy-explainer>`,
    src: `${script}\n<policy-explainer src="${escapeHtml(host)}"${attrText}${room}>\n  ${sentence} ${link}\n</policy-explainer>`,
    ...(live
      ? {
          live:
            `${script}\n<policy-explainer src="${escapeHtml(live)}"${attrText}${room}>\n` +
            `  <script type="application/json">\n${scriptSafeJson(d)}\n  </script>\n` +
            `  ${sentence}\n</policy-explainer>`,
          wordpress: `[policy-explainer src="${escapeHtml(live)}"${attrs
            .filter(([k]) => k !== 'lang' || o.lang !== 'en')
            .map(([k, v]) => ` ${k}="${escapeHtml(v)}"`)
            .join('')}]`,
        }
      : {}),
    iframe:
      `<iframe src="${escapeHtml(`${base}embed.html?${query}`)}" title="${title}" width="100%" height="1400" style="border:0" loading="lazy"></iframe>\n` +
      `<noscript>${sentence} ${link}</noscript>\n` +
      `<script><!--\naddEventListener("message",function(e){var d=e.data;if(d&&d.type==="policy-explainer:height")document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=d.height+"px"})})\n//--></script>`,
  };
}
