import type { CodeWords, Place, ProblemWords, Reason } from './codes.js';
import { EN_CSV, EN_DATASET_PLACED } from './en-csv.js';
import { EN_FILES } from './en-files.js';
import { EN_JSON } from './en-json.js';
import { placeEn } from './en-place.js';
import { EN_SHEETS } from './en-sheets.js';
import { EN_TIMELINE } from './en-timeline.js';

/**
 * Every problem in English: what the command line prints, the widget shows and the tests pin. The
 * words are by area, each in a table of its own that its converter imports (en-dataset.ts, the
 * validator's, ships to readers' browsers with it; en-csv.ts, en-sheets.ts… with the live sheet's
 * module), so a bundle carries only the words of the codes it can raise. This table, every area's
 * together, is for what shows any problem: the command line and the studio.
 */

export { formatProblem, madeEn, n, placeEn, table } from './en-place.js';

/** Words the caller wrote, already in English: printed as they are. */
export const EN_GIVEN: CodeWords<'as-given'> = { 'as-given': (p) => p.text };

export const EN: ProblemWords = {
  place: placeEn,
  // Every code, from its area's table: TypeScript refuses this when a code is in none.
  codes: { ...EN_DATASET_PLACED, ...EN_JSON, ...EN_FILES, ...EN_CSV, ...EN_TIMELINE, ...EN_SHEETS, ...EN_GIVEN },
};

/** What is wrong, in English. */
export const messageEn = (p: Reason & Place): string => (EN.codes[p.code] as (params: unknown, place: Place) => string)(p.params, p);
