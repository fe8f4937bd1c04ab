import type { Strings } from '../i18n/en.js';
import type { ShippedLanguage } from '../i18n/languages.js';
import type { StoryText } from './story-text.js';
import { OnDemand } from './on-demand.js';

/**
 * The on-demand modules: what the first render of the bundled story does not need. Here (npm
 * builds, tests, the command line) each is a plain dynamic import, which a bundler splits off; the
 * one-script embed swaps this file for index.embed.ts, which imports the same modules from beside
 * the script (dist/modules/, dist/lang/). Both files export the same names and types.
 */

/** The dataset validator and its schema: needed only for data that is not the bundled story. */
export const validator = new OnDemand('modules/validate.js', () => import('../data/validate.js'));
/** The CSV tables of "Get the data". */
export const csv = new OnDemand('modules/csv.js', () => import('../data/csv.js'));
/** The views on paper (and on a server). */
export const print = new OnDemand('modules/print.js', () => import('./print.js'));
/** A live story: a spreadsheet's link in `src` (src/modules/live.ts). */
export const live = new OnDemand('modules/live.js', () => import('./live.js'));
/** What a click opens: an event's details card, a cell's evidence dialog. */
export const details = new OnDemand('modules/details.js', () => import('./details.js'));

/** Each shipped language's words, by tag (TypeScript holds the keys to SHIPPED_LANGUAGES). */
const LANGUAGE_IMPORTS: Record<Exclude<ShippedLanguage, 'en'>, () => Promise<{ default?: Strings }>> = {
  es: () => import('../i18n/es.js'),
  fr: () => import('../i18n/fr.js'),
  de: () => import('../i18n/de.js'),
  pt: () => import('../i18n/pt.js'),
  it: () => import('../i18n/it.js'),
  ar: () => import('../i18n/ar.js'),
};

/** An interface language's words (`tag` is one of SHIPPED_LANGUAGES, never the page's raw value). */
export const importLanguage = (tag: string): Promise<{ default?: Strings }> => LANGUAGE_IMPORTS[tag as 'es']();

/** The bundled story's text in languages the script does not carry (here the story is whole: none). */
export const storyText: Record<string, OnDemand<{ texts: StoryText }>> = {};
/** The bundled story's details, when the script carries the story without them (here: not). */
export const storyDetails: OnDemand<{ texts: StoryText }> | undefined = undefined;
