import type { Strings } from '../i18n/en.js';
import type { StoryText } from './story-text.js';
import { OnDemand } from './on-demand.js';
import { STORY_LANGUAGES } from 'virtual:story-languages';

/**
 * The one-script embed's on-demand modules (see index.ts, which this file replaces in the embed
 * build): each is imported from beside the script, `dist/modules/<name>.js` or `dist/lang/<tag>.js`,
 * with `import()`: a module script needs no Trusted Types policy (a script element's `src` would),
 * is fetched once per page however many elements or copies of the script ask for it, and a failed
 * load is a rejected promise the feature turns into a message, not a page error.
 */
const script = document.currentScript;
/** Where the script came from; modules are beside it. */
const base = (script instanceof HTMLScriptElement && script.src) || document.baseURI;
const beside =
  <T>(path: string) =>
  () =>
    import(new URL(path, base).href) as Promise<T>;

export const validator = new OnDemand('modules/validate.js', beside<typeof import('../data/validate.js')>('modules/validate.js'));
export const csv = new OnDemand('modules/csv.js', beside<typeof import('../data/csv.js')>('modules/csv.js'));
export const print = new OnDemand('modules/print.js', beside<typeof import('./print.js')>('modules/print.js'));
export const details = new OnDemand('modules/details.js', beside<typeof import('./details.js')>('modules/details.js'));
export const live = new OnDemand('modules/live.js', beside<typeof import('./live.js')>('modules/live.js'));

/** dist/lang/<tag>.js registers its language itself (src/shared/lang-script.ts). */
export const importLanguage = (tag: string): Promise<{ default?: Strings }> => beside<{ default?: Strings }>(`lang/${tag}.js`)();

export const storyText: Record<string, OnDemand<{ texts: StoryText }>> = Object.fromEntries(
  STORY_LANGUAGES.map((tag) => [tag, new OnDemand(`modules/story-${tag}.js`, beside<{ texts: StoryText }>(`modules/story-${tag}.js`))]),
);
export const storyDetails: OnDemand<{ texts: StoryText }> | undefined = new OnDemand(
  'modules/story-details.js',
  beside<{ texts: StoryText }>('modules/story-details.js'),
);
