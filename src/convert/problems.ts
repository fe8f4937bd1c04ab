/**
 * Problems as values (src/problems/codes.ts): a code and its values, how bad, and where — in the
 * words of the file it came from (a spreadsheet's file, row and column; a JSON file's line and
 * column) and of the dataset (a JSON pointer). The command line prints them one a line; the studio
 * shows them in a table, in its page's language (src/problems/words.ts).
 */

import type { Dataset } from '../data/types.js';
import type { MadeUp, Place, Problem, ProblemCode, ProblemParams, Severity } from '../problems/codes.js';
import { madeEn, messageEn } from '../problems/en.js';

export type { Place, Problem, ProblemCode, Severity } from '../problems/codes.js';
export { describePlace, formatProblemIn, messageOf, type ProblemLang } from '../problems/words.js';
export { formatProblem, n } from '../problems/en.js';

/** What a converter gives: the dataset, when it could be made and is valid, and everything worth saying on the way. */
export interface Conversion {
  dataset?: Dataset;
  /** Errors (no dataset while there is one) and warnings, in the order found. */
  problems: Problem[];
}

type Where = Place & { path?: string };

/** A problem, its English words written from its code. */
export function problem<C extends ProblemCode>(severity: Severity, code: C, params: ProblemParams[C], place: Where = {}): Problem {
  const p = { ...place, severity, code, params } as Omit<Problem, 'message'>;
  return { ...p, message: messageEn(p as Problem) } as Problem;
}

export const error = <C extends ProblemCode>(code: C, params: ProblemParams[C], place: Where = {}) => problem('error', code, params, place);
export const warning = <C extends ProblemCode>(code: C, params: ProblemParams[C], place: Where = {}) =>
  problem('warning', code, params, place);

/** The same problem with other values or another place, its words written again. */
export function reworded(p: Problem, change: { params?: object } & Where): Problem {
  const { message: _old, ...rest } = p;
  const q = { ...rest, ...change, params: { ...p.params, ...change.params } } as Problem;
  return { ...q, message: messageEn(q) };
}

/** The place of a value no file has, made up here: what made it, and its English name. */
export const madeUp = (made: MadeUp): Place => ({ made, origin: madeEn(made) });

/** Words the caller wrote, already in its reader's language (the studio's own): printed as they are in every language. */
export const given = (severity: Severity, text: string, place: Where = {}): Problem => problem(severity, 'as-given', { text }, place);
