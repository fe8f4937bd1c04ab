/**
 * Problems as values (src/problems/codes.ts): a code and its values, how bad, and where — in the
 * words of the file it came from (a spreadsheet's file, row and column; a JSON file's line and
 * column) and of the dataset (a JSON pointer). The command line prints them one a line; the studio
 * shows them in a table, in its page's language (src/problems/words.ts).
 */

import type { Dataset } from '../data/types.js';
import type { CodeWords, MadeUp, Place, Problem, ProblemCode, ProblemParams, Severity } from '../problems/codes.js';
import { EN } from '../problems/en.js';
import { madeEn } from '../problems/en-place.js';

export type { Place, Problem, ProblemCode, Severity } from '../problems/codes.js';
export { describePlace, formatProblemIn, messageOf, type ProblemLang } from '../problems/words.js';
export { formatProblem, n } from '../problems/en-place.js';

/** What a converter gives: the dataset, when it could be made and is valid, and everything worth saying on the way. */
export interface Conversion<C extends ProblemCode = ProblemCode> {
  dataset?: Dataset;
  /** Errors (no dataset while there is one) and warnings, in the order found; of the codes C (those the converter raises). */
  problems: Problem<C>[];
}

type Where = Place & { path?: string };

/** How problems of the codes C are made, their English words written from the tables given to `raising`. */
export interface Raising<C extends ProblemCode> {
  problem<K extends C>(severity: Severity, code: K, params: ProblemParams[K], place?: Where): Problem<K>;
  error<K extends C>(code: K, params: ProblemParams[K], place?: Where): Problem<K>;
  warning<K extends C>(code: K, params: ProblemParams[K], place?: Where): Problem<K>;
  /** The same problem with other values or another place, its words written again. */
  reworded<K extends C>(p: Problem<K>, change: { params?: object } & Where): Problem<K>;
}

/**
 * Problems of the codes C, in the words of `tables` (C is the codes they have words for): each
 * converter makes its own from its area's English table (src/problems/en-csv.ts…), so its bundle
 * carries those words and no others, and TypeScript refuses a code the tables have no words for.
 * At a module's top level, mark the call @__PURE__, so that a bundle which imports the module but
 * raises nothing from it drops the call and the words.
 */
export function raising<C extends ProblemCode>(...tables: Array<Partial<CodeWords<C>>>): Raising<C> {
  const words = Object.assign({}, ...tables) as CodeWords<C>;
  const message = (p: Problem) => (words[p.code as C] as (params: unknown, place: Place) => string)(p.params, p);
  const problem = <K extends C>(severity: Severity, code: K, params: ProblemParams[K], place: Where = {}): Problem<K> => {
    const p = { ...place, severity, code, params } as Problem;
    return { ...p, message: message(p) } as Problem<K>;
  };
  return {
    problem,
    error: (code, params, place) => problem('error', code, params, place),
    warning: (code, params, place) => problem('warning', code, params, place),
    reworded(p, change) {
      const { message: _old, ...rest } = p;
      const q = { ...rest, ...change, params: { ...p.params, ...change.params } } as unknown as Problem;
      return { ...q, message: message(q) } as typeof p;
    },
  };
}

/**
 * Any code, in English, from every area's words (src/problems/en.ts): for what may raise any code
 * (the command line, the studio, tests). A converter raises through `raising(its area's table)`,
 * so that its bundle does not carry every code's words.
 */
export const problem = <C extends ProblemCode>(severity: Severity, code: C, params: ProblemParams[C], place: Where = {}): Problem =>
  raising(EN.codes).problem(severity, code, params, place) as Problem;
export const error = <C extends ProblemCode>(code: C, params: ProblemParams[C], place: Where = {}) => problem('error', code, params, place);
export const warning = <C extends ProblemCode>(code: C, params: ProblemParams[C], place: Where = {}) =>
  problem('warning', code, params, place);
/** The same problem with other values or another place, its English words written again. */
export const reworded = (p: Problem, change: { params?: object } & Where): Problem => raising(EN.codes).reworded(p, change);

/** The place of a value no file has, made up here: what made it, and its English name. */
export const madeUp = (made: MadeUp): Place => ({ made, origin: madeEn(made) });

const GIVEN = /* @__PURE__ */ raising<'as-given'>({ 'as-given': (p) => p.text });

/** Words the caller wrote, already in its reader's language (the studio's own): printed as they are in every language. */
export const given = (severity: Severity, text: string, place: Where = {}): Problem => GIVEN.problem(severity, 'as-given', { text }, place);
