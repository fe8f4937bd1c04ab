/**
 * The studio page (dist/studio.html): files and pasted tabs in, problems by tab, row and column, a
 * live preview of the explainer, and the dataset, CSV tabs, embed snippets and social images out.
 * Everything is read and made in this tab: after load the page makes no request but the ones a
 * producer asks for (its Content-Security-Policy forbids any other).
 *
 * This file starts the page: the state (store.ts), the actions (controller.ts), the reader (a
 * worker), and one paint of every part on every change, with lit-html. Producer text reaches the
 * page through lit-html's bindings only, which write text and attribute values, never markup.
 */
import { render } from 'lit';
import type { Dataset } from '../data/types.js';
import { SHIPPED_LANGUAGES } from '../i18n/languages.js';
import { createActions } from './controller.js';
import { blankView, inputsView, wireIntake } from './intake-view.js';
import { outputsView } from './outputs-view.js';
import { previewView, wirePreview } from './preview-view.js';
import { problemsView, statusView } from './problems-view.js';
import type { ConvertReply } from './protocol.js';
import { sourceView } from './source-view.js';
import { createStore, initialState, type StudioState } from './store.js';
import { STRINGS, type UiLang } from './strings.js';

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

// The reader: a worker with the conversions (src/studio/worker.ts), started with the page, next to this script.
const workerUrl = new URL('studio-worker.js', (document.currentScript as HTMLScriptElement).src);
const worker = new Worker(workerUrl);
/**
 * The preview's on-demand modules (the embed imports them from beside itself when first needed):
 * imported here while the page loads, at the very URLs the embed uses, so the module map has them
 * and nothing is fetched once the studio is ready. One that fails only leaves its feature off.
 */
const embedModules = Promise.all(
  [
    ...['validate', 'csv', 'print', 'story-details', 'story-es'].map((m) => `modules/${m}.js`),
    ...SHIPPED_LANGUAGES.filter((l) => l !== 'en').map((l) => `lang/${l}.js`),
  ].map((path) => import(new URL(path, workerUrl).href).catch(() => undefined)),
);
worker.addEventListener('message', ({ data }: MessageEvent<ConvertReply>) => {
  // From here on the page has everything it will ever load (the tests wait for this).
  if (data.ready) void embedModules.then(() => (document.documentElement.dataset.ready = ''));
});

/**
 * The Chicago story: the embed carries it, an explainer given no data shows it, and `shown` hands
 * it over (no request). In Spanish the embed shows the whole story, from the modules loaded above.
 */
async function chicago(): Promise<Dataset | undefined> {
  await customElements.whenDefined('policy-explainer');
  const probe = document.createElement('policy-explainer') as HTMLElement & { shown?: Dataset; updateComplete?: Promise<unknown> };
  probe.hidden = true;
  probe.lang = 'es';
  document.body.append(probe);
  await probe.updateComplete;
  for (let i = 0; i < 50 && !probe.shown; i++) await new Promise((r) => setTimeout(r, 20));
  const d = probe.shown;
  probe.remove();
  return d;
}

const asked = new URLSearchParams(location.search).get('lang');
const lang: UiLang = asked === 'es' || (!asked && navigator.language.startsWith('es')) ? 'es' : 'en';
const store = createStore(initialState(lang, new URL('.', workerUrl).href));
const actions = createActions(store, worker, { fetch: (input, init) => fetch(input, init), chicago });
worker.addEventListener('error', () => store.set({ workerFailed: true }));

/** The page's static words (studio.html, data-i18n) in its language. */
function applyLanguage(l: UiLang) {
  document.documentElement.lang = l;
  const s = STRINGS[l] as unknown as Record<string, unknown>;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const v = s[el.dataset.i18n!];
    if (typeof v === 'string') el.textContent = v;
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-placeholder]'))
    el.setAttribute('placeholder', String(s[el.dataset.i18nPlaceholder!]));
  document.title = `${STRINGS[l].title} — policy-explainer`;
}

let painted: UiLang | undefined;
function paint(s: StudioState) {
  if (s.lang !== painted) applyLanguage((painted = s.lang));
  render(inputsView(s, actions), $('inputs-part'));
  render(blankView(s), $('blank-part'));
  render(statusView(s), $('status-part'));
  render(problemsView(s, actions), $('problems'));
  render(sourceView(s, actions), $('source-part'));
  render(previewView(s), $('preview'));
  render(outputsView(s, actions), $('take-away'));
}

$<HTMLSelectElement>('ui-lang').value = lang;
$<HTMLSelectElement>('ui-lang').addEventListener('change', (e) =>
  actions.setLang((e.target as HTMLSelectElement).value === 'es' ? 'es' : 'en'),
);
wireIntake(document, actions);
wirePreview($<HTMLFormElement>('view-options'), actions);
store.subscribe(paint);
paint(store.get());
