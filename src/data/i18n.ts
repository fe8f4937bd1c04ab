import type { Text } from './types.js';
import en, { type Strings } from '../i18n/en.js';
import { SHIPPED_LANGUAGES } from '../i18n/languages.js';
import { importLanguage } from '../modules/index.js';
import { OnDemand } from '../modules/on-demand.js';

export type { Strings };

/**
 * Languages the interface speaks: English inside every build, and every other language of
 * SHIPPED_LANGUAGES (src/i18n/) loaded when an element first needs it (`needLanguage`), from
 * `dist/lang/<tag>.js` beside the one-script embed. Others are added with `addLanguage`. Dataset
 * text may carry any language.
 */
export const LANGUAGES = SHIPPED_LANGUAGES;
/** A language tag the interface may speak (`en`, `es`, or any added with `addLanguage`). */
export type Lang = string;

/** Language packs by lowercase tag: a Map, so a page's lang="constructor" finds nothing. */
const packs = new Map<string, Strings>([['en', en]]);
/** The shipped languages being loaded, or loaded, or that failed to load, by base tag. */
const loads = new Map<string, OnDemand<unknown>>();
/** Connected elements, re-rendered when a language arrives after they did (a script loaded later). */
export const live = new Set<{ requestUpdate(): void }>();

/**
 * Teaches the interface a language (`tag` such as `fr`, or `pt-br` for a regional variant); elements
 * already on the page speak it at once. Adding a tag again replaces its strings.
 */
export function addLanguage(tag: string, pack: Strings): void {
  packs.set(tag.toLowerCase(), pack);
  live.forEach((el) => el.requestUpdate());
}

/** A tag's language without its region, lowercase (`pt-BR` → `pt`). */
export const baseLang = (tag: string): string => tag.toLowerCase().split('-')[0];

/**
 * Loads the interface's words for `tag` when the package ships its language and it is not here
 * yet: resolves once the elements can speak it (or, when it cannot be loaded, once they fall back
 * to English, with the reason in the console). Undefined when there is nothing to wait for.
 */
export function needLanguage(tag: string): Promise<unknown> | undefined {
  const want = baseLang(tag);
  if (packs.has(uiLang(tag)) && uiLang(tag) !== 'en') return undefined;
  if (want === 'en' || !(SHIPPED_LANGUAGES as readonly string[]).includes(want)) return undefined;
  let load = loads.get(want);
  if (!load) {
    load = new OnDemand(`lang/${want}.js`, () =>
      importLanguage(want).then((m) => {
        if (m.default) addLanguage(want, m.default);
        if (!packs.has(want)) throw new Error(`it did not register "${want}"`);
        return true;
      }),
    );
    loads.set(want, load);
  }
  return load.need();
}

/** The tags the interface speaks now. */
export function languages(): string[] {
  return [...packs.keys()];
}

/**
 * Picks the reader's language from a text field: exact tag, then its base language, then English.
 * The first *string* found: a tag that names an Object.prototype member (`lang="constructor"`) is
 * no language of the text, not a function to render.
 */
export function localize(text: Text | undefined, lang: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  for (const tag of [lang, lang.split('-')[0], 'en']) if (typeof text[tag] == 'string') return text[tag];
  return '';
}

/**
 * A quote's translation as this reader should see it: '' when there is none, or when it is the
 * quote itself (the reader reads the speaker's language; `quoteTranslation` needs English, so an
 * English quote's `en` is the quote).
 */
export function translationFor(quote: string | undefined, translation: Text | undefined, lang: string): string {
  const text = localize(translation, lang);
  return text === quote ? '' : text;
}

/**
 * The tag of the language pack the interface uses for a tag: the tag itself, then shorter and
 * shorter prefixes, then English ("pt-BR" → "pt-br" → "pt" → "en"; "es-MX" → "es"; "he" → "en").
 */
export function uiLang(tag: string | null | undefined): string {
  const parts = (tag ?? '').toLowerCase().split('-');
  while (parts.length && !packs.has(parts.join('-'))) parts.pop();
  return parts.join('-') || 'en';
}

/**
 * The locale dates are written in, so that they speak the interface's language: the reader's tag
 * when the interface speaks it (its region too: "pt-BR", "es-MX", "en-GB"), else the pack's
 * ("he" with no Hebrew pack → "en", never Hebrew dates inside English sentences).
 */
export function dateLocale(tag: string): string {
  const pack = uiLang(tag);
  try {
    if (tag.toLowerCase().startsWith(`${pack}-`)) return Intl.getCanonicalLocales(tag)[0];
  } catch {
    // Not a well-formed tag ("en_US"): the pack's own.
  }
  return pack;
}

/**
 * The language an element should speak: its own `lang` attribute, else the nearest ancestor's
 * (crossing shadow roots), else English.
 */
export function inheritedLang(el: Element): string {
  // Server rendering (no DOM tree to walk): the element's own attribute only.
  if (typeof ShadowRoot === 'undefined') return el.getAttribute('lang') || 'en';
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'en';
}

/** The interface's own words in the given language (see `uiLang` for the fallbacks). */
export function strings(lang: string): Strings {
  return packs.get(uiLang(lang))!;
}
