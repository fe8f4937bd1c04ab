/**
 * `<script src=".../policy-explainer.js" data-embed data-lang="es">` support, for CMSs that keep
 * scripts but strip unknown tags, and the iframe page (`dist/embed.html?lang=es`).
 */

/** The explainer attributes a script's data-* (or the iframe page's query) may set. Anything else is ignored: no `onclick` by way of `data-onclick`. */
export const EMBED_ATTRIBUTES = ['src', 'lang', 'theme', 'view', 'event', 'actor', 'heading-level', 'deep-link'] as const;

/** The message the iframe page posts to its parent whenever its height changes. */
export const HEIGHT_MESSAGE = 'policy-explainer:height';

/** Places a <policy-explainer> right after the script; returns it. */
export function placeEmbed(script: HTMLScriptElement, location: Location): HTMLElement {
  const el = document.createElement('policy-explainer');
  const frame = script.hasAttribute('data-frame');
  const query = new URLSearchParams(frame ? location.search : '');
  for (const name of EMBED_ATTRIBUTES) {
    const value = query.get(name) ?? script.getAttribute(`data-${name}`);
    if (value !== null) el.setAttribute(name, value);
  }
  // A self-hosted embed.html may list the only origins its ?src= may name (its meta, empty: any).
  const origins = frame && document.querySelector<HTMLMetaElement>('meta[name="policy-explainer:src-origins"]')?.content.match(/\S+/g);
  if (origins) (el as HTMLElement & { srcOrigins?: string[] }).srcOrigins = origins;
  script.after(el);
  if (frame) {
    // The iframe page is ours: no margins, and the page language the explainer speaks (CSSOM, not inline CSS, for strict CSP).
    document.body.style.margin = '0';
    document.documentElement.lang = el.getAttribute('lang') ?? 'en';
    reportHeight(el, query.get('id') ?? '');
  }
  return el;
}

/** Tells the parent page the iframe's content height, so a one-line listener can size the iframe. */
function reportHeight(el: HTMLElement, id: string): void {
  if (window.parent === window) return;
  let last = -1;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // The height is not secret; '*' lets any host page listen without configuration.
    window.parent.postMessage({ type: HEIGHT_MESSAGE, id, height }, '*');
  }).observe(el);
}
