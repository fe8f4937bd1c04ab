import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Dataset } from '../data/types.js';
import { addLanguage, baseLang, localize, strings } from '../data/i18n.js';
import { endOf, formatDate, startOf } from '../data/dates.js';
import { buildMatrix } from '../matrix/model.js';
import { renderNotes, renderSourceList } from '../shared/render-bits.js';
import { staticEvents } from '../timeline/static.js';
import { staticPositions } from '../matrix/static.js';
import { CliError } from './io.js';
import { EXTRA_LANGUAGES } from './languages.js';

export interface RenderOptions {
  lang: string;
  view: 'both' | 'timeline' | 'matrix';
  theme: 'light' | 'dark' | 'auto';
  headingLevel: number;
  /** Only the element (for an RSS item or a CMS field), not a whole page. */
  fragment: boolean;
  /** Text for the page's generator meta tag. */
  generator: string;
}

/** A heading at a computed level, as a real element (RSS readers and screen readers know h1–h6). */
function heading(level: number, text: string): TemplateResult {
  switch (Math.min(6, Math.max(1, level))) {
    case 1:
      return html`<h1>${text}</h1>`;
    case 2:
      return html`<h2>${text}</h2>`;
    case 3:
      return html`<h3>${text}</h3>`;
    case 4:
      return html`<h4>${text}</h4>`;
    case 5:
      return html`<h5>${text}</h5>`;
    default:
      return html`<h6>${text}</h6>`;
  }
}

/**
 * What the element holds in its light DOM: the same story as plain, semantic HTML — title,
 * summary, the events as a list, the positions as a table, the sources. Browsers show the
 * declarative shadow DOM instead (nothing is slotted); readers that drop <template> (RSS, some
 * apps) show this. Every piece of data text is bound as text, so lit escapes it.
 */
export function lightContent(d: Dataset, o: RenderOptions): TemplateResult {
  const lang = o.lang;
  const t = strings(lang);
  const sub = o.headingLevel + 1;
  const timeline = html`${heading(sub, t.howWeGotHere)} ${staticEvents(d, lang)}`;
  const positions = html`${heading(sub, t.whoStandsWhere)} ${staticPositions(d, buildMatrix(d, { lang }), lang)}`;
  return html`
    ${heading(o.headingLevel, localize(d.title, lang))} ${d.summary ? html`<p>${localize(d.summary, lang)}</p>` : nothing}
    <p>
      <small>${t.describes(formatDate(d.asOf, lang), startOf(d.updated) >= endOf(d.asOf) ? formatDate(d.updated, lang) : undefined)}</small>
    </p>
    ${renderNotes(d.notes, lang)} ${o.view !== 'matrix' ? timeline : nothing} ${o.view !== 'timeline' ? positions : nothing}
    ${heading(sub, t.sources)}
    ${renderSourceList(
      d,
      d.sources.map((s) => s.id),
      lang,
    )}
  `;
}

/** Lit's hydration markers: useless without a script, so they go (data text is escaped, so none can be in it). */
const MARKERS = /<!--\/?lit-(?:part|node)[^>]*-->|<\?>/g;

/** Escapes text for the page's own <title> and meta tags (outside any lit template). */
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The explainer as static HTML, from the elements' own templates, rendered by @lit-labs/ssr:
 * declarative shadow DOM for browsers, readable light-DOM content for everything else, no script.
 * The element modules come from the npm build (dist/esm), loaded after the SSR DOM shim.
 */
export async function renderHtml(d: Dataset, o: RenderOptions): Promise<string> {
  let ssr: typeof import('@lit-labs/ssr');
  let collect: typeof import('@lit-labs/ssr/lib/render-result.js');
  try {
    ssr = await import('@lit-labs/ssr');
    collect = await import('@lit-labs/ssr/lib/render-result.js');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw e;
    throw new CliError('render needs @lit-labs/ssr, which is not installed: npm install --save-dev @lit-labs/ssr');
  }
  const elements = new URL('../esm/define.js', import.meta.url);
  try {
    await import(elements.href);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw e;
    throw new CliError(`render needs the built elements (${elements.pathname}); run npm run build`);
  }
  const lang = o.lang;
  // A language beyond English: registered with this module's strings (the light DOM) and with the
  // elements' own copy (dist/esm), as dist/lang/<tag>.js does in a browser.
  const base = baseLang(lang);
  const pack = EXTRA_LANGUAGES[base];
  if (pack) {
    addLanguage(base, pack);
    const elementsI18n: typeof import('../data/i18n.js') = await import(new URL('../esm/data/i18n.js', import.meta.url).href);
    elementsI18n.addLanguage(base, pack);
  }
  // A server render is one synchronous pass: what the elements load on demand in a browser (the
  // validator for data that is not the bundled story, the views on paper) must be here first.
  const modules: typeof import('../modules/index.js') = await import(new URL('../esm/modules/index.js', import.meta.url).href);
  await Promise.all([modules.validator.load(), modules.print.load()]);
  const rtl = strings(lang).dir === 'rtl';
  // prettier-ignore
  const element = html`<policy-explainer .data=${d} lang=${lang} dir=${ifDefined(rtl ? 'rtl' : undefined)} theme=${o.theme} view=${o.view} heading-level=${o.headingLevel}>${lightContent(d, o)}</policy-explainer>`;
  const body = (await collect.collectResult(ssr.render(element)))
    .replace(MARKERS, '')
    // Only the standard attribute: a browser without declarative shadow DOM shows the light DOM.
    .replace(/<template shadowroot="open" shadowrootmode="open">/g, '<template shadowrootmode="open">')
    // Nothing will hydrate these elements; the attribute would only keep a later script from upgrading them.
    .replace(/(<[a-z][a-z0-9-]*\b[^<>]*?)\s+defer-hydration(?=[\s>])/g, '$1')
    // Bindings that render nothing leave runs of spaces in the custom elements' start tags.
    .replace(/<([a-z][a-z0-9]*-[a-z0-9-]*)\s{2,}/g, '<$1 ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
  if (o.fragment) return `${body.trim()}\n`;
  const title = localize(d.title, lang);
  const summary = d.summary ? localize(d.summary, lang) : '';
  return `<!doctype html>
<html lang="${esc(lang)}"${rtl ? ' dir="rtl"' : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
${summary ? `<meta name="description" content="${esc(summary)}">\n` : ''}<meta name="color-scheme" content="${o.theme === 'auto' ? 'light dark' : o.theme}">
<meta name="generator" content="${esc(o.generator)}">
<style>
  body { margin: 0 auto; padding: 1rem; max-width: 72rem; }
  policy-explainer { display: block; }
</style>
</head>
<body>
${body.trim()}
</body>
</html>
`;
}
