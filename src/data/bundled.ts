import bundled from '../../data/chicago-welcoming-city.json' with { type: 'json' };
import type { Dataset } from './types.js';
import { storyDetails, storyText } from '../modules/index.js';
import { fillText, withText, type StoryText } from '../modules/story-text.js';
import { valid } from './trusted.js';
import { baseLang, live } from './i18n.js';

/**
 * The Chicago Welcoming City dataset that ships inside the bundle. Shared by every element and
 * trusted without runtime validation (`npm test` validates it): read it, don't mutate it; to
 * build a story from it, pass a copy (`structuredClone(bundledDataset)`). The one-script embed
 * carries only what its first render shows, in English (the rest: `bundledFor`).
 */
export const bundledDataset = bundled as unknown as Dataset;

/** The bundled story as complete as it is for a language (its base tag): the story and its parts put back. */
const complete = new Map<string, Dataset>();

const put = (tag: string, ...parts: (StoryText | undefined)[]): Dataset => {
  const texts = parts.filter((p) => p !== undefined);
  // English details go into the bundled story itself: elements showing it keep their layout and
  // their rows (nothing they drew has changed), and only what shows details draws again. Idle time
  // after the first render then holds no second render of the whole explainer.
  const d = tag === 'en' ? fillText(bundledDataset, ...texts) : withText(bundledDataset, ...texts);
  valid.add(d);
  complete.set(tag, d);
  return d;
};

/**
 * The bundled story for a reader of `lang`, as the elements should show it now: at once in
 * English (with the details text once it has come: `loadStoryDetails`), or, in a language the
 * script does not carry, a promise of it with its text and details, once `modules/story-<tag>.js`
 * is loaded (in English when that fails: the story is never held back for want of a translation).
 */
export function bundledFor(lang: string): Dataset | Promise<Dataset> {
  const tag = baseLang(lang);
  const text = Object.hasOwn(storyText, tag) ? storyText[tag] : undefined;
  const found = complete.get(text ? tag : 'en');
  if (found) return found;
  if (!text) return storyDetails?.value ? put('en', storyDetails.value.texts) : bundledDataset;
  return Promise.all([storyDetails?.load(), text.load()]).then(([details, words]) =>
    words ? put(tag, details?.texts, words.texts) : (complete.get('en') ?? put('en', details?.texts)),
  );
}

/** Whether `d` is the bundled story (in any of its states): only then are its details worth loading. */
export function isBundled(d: Dataset | undefined): boolean {
  return !!d && (d === bundledDataset || [...complete.values()].includes(d));
}

/** What the bundled story for `lang` is made of now: it changes when more of it has come. */
export function bundledKey(lang: string): string {
  return `${baseLang(lang)}${storyDetails?.value ? '+' : ''}`;
}

/**
 * Brings the bundled story's details (what only a click or paper shows) when the embed keeps them
 * apart: in idle time after the first render, or at once when a reader reaches for them. Elements
 * showing the bundled story take the complete one when it comes. Resolves when there is nothing more to wait for.
 */
export function loadStoryDetails(): Promise<unknown> | undefined {
  return storyDetails?.need()?.then((m) => {
    if (m) live.forEach((el) => el.requestUpdate());
  });
}
