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

/**
 * The languages a snippet may speak: each by its own name (as a reader of it looks for it; the
 * plugin's editor names them so), and the fallback readers see where the explainer cannot run:
 * the WordPress plugin's sentence for the bundled story and its link (FALLBACK's `story` and
 * `link` in wordpress/policy-explainer.php), so a reader sees the same words from a snippet and
 * from the plugin. The WordPress step (test/wordpress/run.mjs) fails when the two tables differ.
 */
export const LANGUAGES = {
  en: { name: 'English', sentence: 'Chicago’s Welcoming City ordinance: how it came to be and who stands where.', link: 'Get the data' },
  es: {
    name: 'Español',
    sentence: 'La ordenanza de Ciudad Acogedora de Chicago: cómo surgió y qué postura tiene cada actor.',
    link: 'Descargar los datos',
  },
  fr: {
    name: 'Français',
    sentence: 'L’ordonnance «\u00a0Ville accueillante\u00a0» de Chicago\u00a0: comment on en est arrivé là et qui pense quoi.',
    link: 'Télécharger les données',
  },
  de: {
    name: 'Deutsch',
    sentence: 'Chicagos Verordnung „Willkommensstadt“: wie es dazu kam und wer wo steht.',
    link: 'Daten herunterladen',
  },
  pt: {
    name: 'Português',
    sentence: 'A lei Cidade Acolhedora de Chicago: como chegamos até aqui e quem defende o quê.',
    link: 'Baixar os dados',
  },
  it: {
    name: 'Italiano',
    sentence: 'L’ordinanza Città accogliente di Chicago: come si è arrivati fin qui e chi è a favore, chi è contro.',
    link: 'Scarica i dati',
  },
  ar: { name: 'العربية', sentence: 'قانون «المدينة المرحِّبة» في شيكاغو: كيف وصلنا إلى هنا ومواقف الأطراف.', link: 'تنزيل البيانات' },
};

/** The languages the embed speaks by itself; every other one is a second script, dist/lang/<tag>.js. */
const EMBEDDED = ['en', 'es'];

/** Whether `lang` is one of LANGUAGES that needs its own script (dist/lang/<tag>.js). */
export const needsScript = (lang) => Object.hasOwn(LANGUAGES, lang) && !EMBEDDED.includes(lang);

/** Languages written right to left: their fallback carries dir="rtl". */
const RTL = ['ar'];

/**
 * The iframe's title (its accessible name): "…, explained" in English and Spanish; in the other
 * languages the fallback sentence, which says the same in the plugin's reviewed words.
 */
const TITLE = { en: 'Chicago’s Welcoming City ordinance, explained', es: 'La ordenanza de Ciudad Acogedora de Chicago, explicada' };

/** Options that differ from the defaults, in a stable order. */
function chosen(options) {
  return Object.keys(DEFAULTS)
    .filter((k) => options[k] && options[k] !== DEFAULTS[k])
    .map((k) => [k, options[k]]);
}

/**
 * The three snippets for `{ lang, theme, view }`: `element` (script and element), `script`
 * (`<script data-embed>`) and `iframe` (dist/embed.html and its resize listener). A language the
 * embed does not speak by itself brings its script (dist/lang/<tag>.js) to the first two;
 * embed.html loads it for the iframe. A `lang` outside LANGUAGES is dropped (English).
 */
export function snippets(options = {}, base = PUBLISHED) {
  const lang = Object.hasOwn(LANGUAGES, options.lang ?? '') ? options.lang : 'en';
  const o = chosen({ ...options, lang });
  const text = LANGUAGES[lang];
  const fallback = `${text.sentence} <a href="${base}data/chicago-welcoming-city.json">${text.link}</a>`;
  // Right to left: on the element, as the plugin writes it (a paragraph inside the element would be
  // closed early by WordPress's wpautop, leaving the fallback outside the element); in a paragraph
  // inside <noscript>, whose direction survives where a filter strips the <noscript> (WordPress
  // keeps a paragraph's dir for authors too). The running explainer sets its own direction.
  const rtl = RTL.includes(lang);
  const outside = rtl ? `<p dir="rtl">${fallback}</p>` : fallback;
  const attrs = (prefix) => o.map(([k, v]) => ` ${prefix}${k}="${v}"`).join('');
  // The full explainer is taller than a screen: keeping that much room until the script has run
  // means the text below it never jumps (README, "No layout shift"). On the element, so the rule
  // goes wherever the element goes: a filter that strips the element strips its style too.
  const room = (options.view ?? 'both') === 'both' ? ' style="display:block;min-height:100vh"' : '';
  // After the embed's script, as the README shows (either order works).
  const language = !needsScript(lang) ? '' : `\n<script src="${base}dist/lang/${lang}.js" defer></script>`;
  const query = new URLSearchParams([...o, ['id', 'pe1']]);
  return {
    element:
      `<script src="${base}dist/policy-explainer.js" defer></script>${language}\n` +
      `<policy-explainer${attrs('')}${rtl ? ' dir="rtl"' : ''}${room}>\n  ${fallback}\n</policy-explainer>`,
    script: `<script src="${base}dist/policy-explainer.js" data-embed${attrs('data-')}></script>${language}\n<noscript>${outside}</noscript>`,
    iframe:
      `<iframe src="${base}dist/embed.html?${query}" title="${TITLE[lang] ?? text.sentence}" width="100%" height="1400" style="border:0" loading="lazy"></iframe>\n` +
      `<noscript>${outside}</noscript>\n` +
      `<script><!--\naddEventListener("message",function(e){var d=e.data;if(d&&d.type==="policy-explainer:height")document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=d.height+"px"})})\n//--></script>`,
  };
}
