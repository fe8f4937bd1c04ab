import type { Place, Problem, ProblemWords, Reason } from './codes.js';
import { EN } from './en.js';
import { ES } from './es.js';

/**
 * A problem's words in a language: one table per language, keyed by code (en.ts, es.ts). Adding a
 * language: its table (TypeScript refuses one that misses a code) and a line here.
 */
export const PROBLEM_WORDS = { en: EN, es: ES } satisfies Record<string, ProblemWords>;
export type ProblemLang = keyof typeof PROBLEM_WORDS;

/** What is wrong, in `lang`: "must not be empty", "no puede estar vacío". */
export function messageOf(p: Reason & Place, lang: ProblemLang = 'en'): string {
  return (PROBLEM_WORDS[lang].codes[p.code] as (params: unknown, place: Place) => string)(p.params, p);
}

/** Where it is, in `lang`: "events.csv row 3, column date (B)", "events.csv fila 3, columna date (B)". */
export const describePlace = (p: Place, lang: ProblemLang = 'en'): string | undefined => PROBLEM_WORDS[lang].place(p);

/** One problem on one line, in `lang`: "events.csv row 3, column date (B): … [/events/1/date]". */
export const formatProblemIn =
  (lang: ProblemLang) =>
  (p: Problem): string => {
    const place = describePlace(p, lang);
    const path = p.path === undefined ? '' : ` [${p.path || '/'}]`;
    return `${place === undefined ? '' : `${place}: `}${messageOf(p, lang)}${path}`;
  };
