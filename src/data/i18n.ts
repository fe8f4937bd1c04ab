import type { Text } from './types.js';

/** Languages the interface itself speaks. Dataset text may carry any language; it falls back to English. */
export const LANGUAGES = ['en', 'es'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** Picks the reader's language from a text field: exact tag, then its base language, then English. */
export function localize(text: Text | undefined, lang: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[lang] ?? text[lang.split('-')[0]] ?? text.en ?? '';
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

/** Normalises any language tag to one the interface speaks ("es-MX" → "es", "fr" → "en"). */
export function uiLang(tag: string | null | undefined): Lang {
  const base = (tag ?? '').toLowerCase().split('-')[0];
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Lang) : 'en';
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

const en = {
  loading: 'Loading…',
  errorTitle: 'This explainer could not be shown',
  retry: 'Try again',
  errorNetwork: (url: string) => `The data at ${url} could not be reached.`,
  errorHttp: (url: string, status: number) => `The data at ${url} answered with HTTP ${status}.`,
  errorTimeout: (url: string, s: number) => `The data at ${url} did not arrive within ${s} seconds.`,
  errorJson: (where: string, detail: string) => `The data from ${where} is not valid JSON: ${detail}`,
  errorInvalid: (where: string, n: number) =>
    `The data from ${where} has ${n} problem${n === 1 ? '' : 's'}; details are in the browser console.`,
  errorUrl: (url: string) => `“${url}” is not an http(s) address.`,
  inlineScript: 'the inline script',
  dataProperty: 'the data property',
  asOf: (date: string) => `As of ${date}`,
  expected: 'Expected',
  sources: 'Sources',
  source: 'Source',
  actorsInvolved: 'Who took part',
  notes: { clarification: 'Clarification', correction: 'Correction', update: 'Update' },
  close: 'Close',
  timelineLabel: 'Timeline',
  position: { support: 'Supports', oppose: 'Opposes', mixed: 'Mixed', unknown: 'No stated position' },
  basis: { 'own-words': 'In their own words', action: 'By their actions', reported: 'As reported' },
  basisShort: { 'own-words': 'Own words', action: 'Action', reported: 'Reported' },
  history: 'Earlier positions',
  earlier: (n: number) => `${n} earlier`,
  noStance: 'Our sources record no stated position.',
  basisLegend: { 'own-words': 'a direct quote', action: 'voted, sponsored or signed', reported: 'someone else says so' },
  translation: 'Translation',
  matrixCaption: 'Where they stand',
  actor: 'Who',
  getData: 'Get the data',
  eventsCsv: 'Events (CSV)',
  stancesCsv: 'Positions (CSV)',
  /** The header's stamp: what moment the story describes; `checked` only when the facts were checked after it. */
  describes: (asOf: string, checked?: string) => `Describes the situation as of ${asOf}${checked ? ` (facts checked ${checked})` : ''}`,
  howWeGotHere: 'How we got here',
  whoStandsWhere: 'Who stands where',
  viewingAsOf: (date: string, title: string) => `Positions as of ${date} (${title}).`,
  viewingExpected: (title: string) => `${title}: not yet happened; showing the latest positions.`,
  backToLatest: 'Show latest',
  clusterTitle: (n: number) => `${n} events`,
  zoomIn: 'Show them',
  zoomedTo: (period: string) => `Showing ${period}.`,
  zoomOut: 'Whole timeline',
  stretched: 'Shaded: crowded years, drawn at a larger scale.',
};
export type Strings = typeof en;

const es: Strings = {
  loading: 'Cargando…',
  errorTitle: 'No se pudo mostrar este explicador',
  retry: 'Reintentar',
  errorNetwork: (url) => `No se pudo acceder a los datos de ${url}.`,
  errorHttp: (url, status) => `Los datos de ${url} respondieron con HTTP ${status}.`,
  errorTimeout: (url, s) => `Los datos de ${url} no llegaron en ${s} segundos.`,
  errorJson: (where, detail) => `Los datos de ${where} no son JSON válido: ${detail}`,
  errorInvalid: (where, n) =>
    `Los datos de ${where} tienen ${n} problema${n === 1 ? '' : 's'}; los detalles están en la consola del navegador.`,
  errorUrl: (url) => `“${url}” no es una dirección http(s).`,
  inlineScript: 'el script en línea',
  dataProperty: 'la propiedad data',
  asOf: (date) => `Datos al ${date}`,
  expected: 'Previsto',
  sources: 'Fuentes',
  source: 'Fuente',
  actorsInvolved: 'Quiénes participaron',
  notes: { clarification: 'Aclaración', correction: 'Corrección', update: 'Actualización' },
  close: 'Cerrar',
  timelineLabel: 'Cronología',
  position: { support: 'A favor', oppose: 'En contra', mixed: 'Postura matizada', unknown: 'Sin postura declarada' },
  basis: { 'own-words': 'En sus propias palabras', action: 'Por sus acciones', reported: 'Según lo publicado' },
  basisShort: { 'own-words': 'Sus palabras', action: 'Acción', reported: 'Publicado' },
  history: 'Posturas anteriores',
  earlier: (n) => `${n} anterior${n === 1 ? '' : 'es'}`,
  noStance: 'Nuestras fuentes no registran una postura declarada.',
  basisLegend: { 'own-words': 'una cita textual', action: 'votó, propuso o firmó', reported: 'otra persona lo afirma' },
  translation: 'Traducción',
  matrixCaption: 'Dónde se ubica cada uno',
  actor: 'Quién',
  getData: 'Descargar los datos',
  eventsCsv: 'Hechos (CSV)',
  stancesCsv: 'Posturas (CSV)',
  // "al 10 de diciembre de 2024" but "a diciembre de 2024"; "el 27 de…" but "en noviembre de 2026".
  describes: (asOf, checked) =>
    `Describe la situación ${/^\d+ /.test(asOf) ? 'al' : 'a'} ${asOf}${checked ? ` (datos verificados ${/^\d+ /.test(checked) ? 'el' : 'en'} ${checked})` : ''}`,
  howWeGotHere: 'Cómo se llegó hasta aquí',
  whoStandsWhere: 'Quién está dónde',
  viewingAsOf: (date, title) => `Posturas al ${date} (${title}).`,
  viewingExpected: (title) => `${title}: aún no ha ocurrido; se muestran las posturas más recientes.`,
  backToLatest: 'Ver lo más reciente',
  clusterTitle: (n) => `${n} hechos`,
  zoomIn: 'Mostrarlos',
  zoomedTo: (period) => `Se muestra ${period}.`,
  zoomOut: 'Toda la cronología',
  stretched: 'Sombreado: años con muchos hechos, a mayor escala.',
};

/** The interface's own words in the given language. */
export function strings(lang: string): Strings {
  return uiLang(lang) === 'es' ? es : en;
}
