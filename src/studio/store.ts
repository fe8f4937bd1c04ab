import type { Conversion, Problem } from '../convert/problems.js';
import type { LinkReport } from '../convert/check-links.js';
import type { Input } from './intake.js';
import type { UiLang } from './strings.js';

/**
 * The studio's state, all of it in one object, and a small store that hands each change to its
 * subscribers (the page paints on every change). The views read a state and call actions; only the
 * actions (controller.ts) change it. Pure: no DOM.
 */

/** A file the studio would not read (too big, a workbook…), with the problem saying why. */
export interface Refused {
  name: string;
  problem: Problem;
}

/** A file the producer can take away: an object URL the controller made, and revokes when it is replaced. */
export interface Download {
  name: string;
  url: string;
  label: string;
}

/** The preview's options, which the snippets and images follow too. */
export interface ViewOptions {
  width: 375 | 1280;
  theme: 'light' | 'dark';
  lang: 'en' | 'es';
  view: 'both' | 'timeline' | 'matrix';
}

export interface SnippetFields {
  /** Where the producer will put the JSON file: empty until they say. */
  hostUrl: string;
  /** Where the script comes from: empty means the folder the studio is served from. */
  scriptUrl: string;
  theme: 'auto' | 'light' | 'dark';
}

export interface MadeImage {
  name: string;
  url: string;
  alt: string;
  width: number;
  height: number;
}

export interface StudioState {
  /** The page's own language. */
  lang: UiLang;
  /** The folder the studio is served from (its dist/): where the script and its modules are, which the snippets name by default. */
  home: string;
  inputs: Input[];
  refused: Refused[];
  /** The title and "as of" the producer typed, for when no file gives them. */
  story: { title: string; asOf: string };
  result: Conversion;
  /** What the page is waiting for, if anything: the reader's conversion, or a spreadsheet's link. */
  busy?: 'reading' | 'sheet';
  workerFailed?: boolean;
  /** The spreadsheet's link the story was read from, if any: the snippets follow it. */
  live?: string;
  /** The dataset JSON and its CSV tabs, once the data has no errors. */
  downloads?: { json: Download; tabs: Download[] };
  /** The blank template tabs, once asked for. */
  blank?: Download[];
  /** The problem whose row (or line) is shown, and the id of its place in the list, to go back to. */
  source?: { problem: Problem; back: string };
  view: ViewOptions;
  snippet: SnippetFields;
  /** Which snippet was copied, and whether the clipboard took it. */
  copied?: { kind: string; ok: boolean };
  /** The images' source line, once the producer has edited it (until then, one made from the data). */
  sourceLine?: string;
  image?: 'making' | MadeImage;
  links?: 'checking' | LinkReport;
}

export const initialState = (lang: UiLang, home: string): StudioState => ({
  lang,
  home,
  inputs: [],
  refused: [],
  story: { title: '', asOf: '' },
  result: { problems: [] },
  view: { width: 375, theme: 'light', lang: 'en', view: 'both' },
  snippet: { hostUrl: '', scriptUrl: '', theme: 'auto' },
});

export interface Store<S> {
  get(): S;
  /** Merges the change into the state and tells every subscriber, at once. */
  set(change: Partial<S>): void;
  /** Calls `fn` on every change; returns the way to stop. */
  subscribe(fn: (state: S) => void): () => void;
}

export function createStore<S extends object>(initial: S): Store<S> {
  let state = initial;
  const subscribers = new Set<(state: S) => void>();
  return {
    get: () => state,
    set(change) {
      state = { ...state, ...change };
      for (const fn of subscribers) fn(state);
    },
    subscribe(fn) {
      subscribers.add(fn);
      return () => subscribers.delete(fn);
    },
  };
}

/** The errors among the problems: while there is one, nothing can be taken away. */
export const errorsOf = (s: StudioState) => s.result.problems.filter((p) => p.severity === 'error');

/** The dataset the preview and the outputs show: only when there is no error. */
export const shownDataset = (s: StudioState) => (errorsOf(s).length ? undefined : s.result.dataset);
