// The bloggers' snippets, built from the chosen options. Pure (no DOM), so the WordPress test
// (test/wordpress/) posts exactly what this page offers.
//
// Every snippet degrades to the same fallback where a platform strips what it does not allow
// (WordPress for authors, contributors and other roles without `unfiltered_html`): readers then see
// a sentence and the data link, never code or CSS as text. Hence no <style> element (its rule
// would be left as text), the script snippets' fallback in <noscript> (hidden wherever the script
// can run; its text stays when the tags are stripped), and the iframe's resize script inside an
// HTML comment (JavaScript skips a leading `<!--` line; filters that strip <script> keep the
// comment, which readers never see).

export const PUBLISHED = 'https://unpkg.com/policy-explainer/';

const DEFAULTS = { lang: 'en', theme: 'auto', view: 'both' };

/** The fallback readers see where the explainer cannot run, per language. */
export const FALLBACK = {
  en: { sentence: 'Chicago’s Welcoming City ordinance: how it came to be and who stands where.', link: 'Get the data' },
  es: { sentence: 'La ordenanza de Ciudad Acogedora de Chicago: cómo surgió y qué postura tiene cada actor.', link: 'Descargar los datos' },
};

const TITLE = { en: 'Chicago’s Welcoming City ordinance, explained', es: 'La ordenanza de Ciudad Acogedora de Chicago, explicada' };

/** Options that differ from the defaults, in a stable order. */
function chosen(options) {
  return Object.keys(DEFAULTS)
    .filter((k) => options[k] && options[k] !== DEFAULTS[k])
    .map((k) => [k, options[k]]);
}

/**
 * The three snippets for `{ lang, theme, view }`: `element` (script and element), `script`
 * (`<script data-embed>`) and `iframe` (dist/embed.html and its resize listener).
 */
export function snippets(options = {}, base = PUBLISHED) {
  const o = chosen(options);
  const lang = options.lang === 'es' ? 'es' : 'en';
  const text = FALLBACK[lang];
  const fallback = `${text.sentence} <a href="${base}data/chicago-welcoming-city.json">${text.link}</a>`;
  const attrs = (prefix) => o.map(([k, v]) => ` ${prefix}${k}="${v}"`).join('');
  // The full explainer is taller than a screen: keeping that much room until the script has run
  // means the text below it never jumps (README, "No layout shift"). On the element, so the rule
  // goes wherever the element goes: a filter that strips the element strips its style too.
  const room = (options.view ?? 'both') === 'both' ? ' style="display:block;min-height:100vh"' : '';
  const query = new URLSearchParams([...o, ['id', 'pe1']]);
  return {
    element:
      `<script src="${base}dist/policy-explainer.js" defer></script>\n` +
      `<policy-explainer${attrs('')}${room}>\n  ${fallback}\n</policy-explainer>`,
    script: `<script src="${base}dist/policy-explainer.js" data-embed${attrs('data-')}></script>\n<noscript>${fallback}</noscript>`,
    iframe:
      `<iframe src="${base}dist/embed.html?${query}" title="${TITLE[lang]}" width="100%" height="1400" style="border:0" loading="lazy"></iframe>\n` +
      `<noscript>${fallback}</noscript>\n` +
      `<script><!--\naddEventListener("message",function(e){var d=e.data;if(d&&d.type==="policy-explainer:height")document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=d.height+"px"})})\n//--></script>`,
  };
}
